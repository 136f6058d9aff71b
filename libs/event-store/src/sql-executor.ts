import { DatabaseError, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * What the store needs to run SQL: a TypeORM `DataSource` (each call borrows and returns a pooled
 * connection, so an expected error never destroys one) or a `QueryRunner` holding the caller's transaction.
 */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function queryRows<Row>(
  executor: SqlExecutor,
  sql: string,
  parameters: unknown[] = [],
): Promise<Row[]> {
  return (await executor.query(sql, parameters)) as Row[];
}

interface PostgresPoolDriver {
  /** `release(error)` makes the pool discard the connection instead of reusing it. */
  obtainMasterConnection(): Promise<[PoolClient, (error?: Error) => void]>;
}

/**
 * Runs one statement on a pooled connection of the data source's PostgreSQL driver, returning the
 * connection with release() even on error (so an expected conflict keeps it). Used on the append hot
 * path, where TypeORM's per-query wrapping costs client CPU on a machine whose cores the server shares.
 * Statements stay unnamed: PGlite is one session, so a named statement would clash across connections.
 */
export async function queryPooled<Row extends object>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const driver = dataSource.driver as unknown as PostgresPoolDriver;
  const [client, release] = await driver.obtainMasterConnection();
  // A checked-out pg client has no 'error' listener of the pool's: without ours, a connection lost
  // mid-query (a database restart) is an unhandled 'error' event that kills the process.
  let lost: Error | undefined;
  const onError = (error: Error) => (lost = error);
  client.on('error', onError);
  try {
    return (await client.query<Row>(sql, parameters)).rows;
  } catch (error) {
    if (!isStatementError(error)) lost ??= error as Error;
    throw error;
  } finally {
    client.off('error', onError);
    release(lost);
  }
}

/**
 * The data source as an executor of reads (SELECTs only: TypeORM answers writes in another shape)
 * on pooled connections, without TypeORM's per-query wrapping: every command reads its stream.
 */
export function pooledReads(dataSource: DataSource): SqlExecutor {
  return { query: (sql, parameters = []) => queryPooled(dataSource, sql, parameters) };
}

/** PostgreSQL refused the statement but kept the session (a FATAL or PANIC error ends it). */
function isStatementError(error: unknown): boolean {
  return error instanceof DatabaseError && error.severity !== 'FATAL' && error.severity !== 'PANIC';
}
