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
