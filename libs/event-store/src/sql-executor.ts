import type { PoolClient } from 'pg';
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
  obtainMasterConnection(): Promise<[PoolClient, () => void]>;
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
  try {
    return (await client.query<Row>(sql, parameters)).rows;
  } finally {
    release();
  }
}
