import type { QueryRunner } from 'typeorm';
import { isConnectionError } from './connection-errors';

/** Runs `work` in a transaction on the connection: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(
  connection: QueryRunner,
  work: () => Promise<T>,
): Promise<T> {
  await connection.startTransaction();
  try {
    const result = await work();
    await connection.commitTransaction();
    return result;
  } catch (error) {
    await rollback(connection);
    throw error;
  }
}

async function rollback(connection: QueryRunner): Promise<void> {
  if (!connection.isTransactionActive) return;
  try {
    await connection.rollbackTransaction();
  } catch (error) {
    // The connection is broken if ROLLBACK fails; the caller drops it and the lock goes with it.
    if (!isConnectionError(error)) throw error;
  }
}
