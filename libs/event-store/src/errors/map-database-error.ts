import { QueryFailedError } from 'typeorm';
import { CommandIdReusedError, CommandInFlightError } from './idempotency.errors';
import { StreamLockOrderError } from './stream-lock-order.error';
import { StreamVersionConflictError } from './stream-version-conflict.error';

interface AppendContext {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly commandId: string | null;
}

/**
 * Turns the SQLSTATE codes raised by `append_events` into the store's typed errors, whether the
 * append ran through TypeORM (QueryFailedError) or on a pooled pg connection (DatabaseError).
 */
export function mapAppendError(error: unknown, context: AppendContext): unknown {
  const driverError = databaseErrorOf(error);
  switch (driverError?.code) {
    case 'GCV01':
      return new StreamVersionConflictError(
        context.streamId,
        context.expectedVersion,
        Number(driverError.detail),
      );
    case 'GCI01':
      return new CommandIdReusedError(context.commandId ?? '');
    case 'GCI02':
      return new CommandInFlightError(context.commandId ?? '');
    case 'GCL01':
      return new StreamLockOrderError(context.streamId);
    default:
      return error;
  }
}

interface DatabaseError {
  readonly code?: string;
  readonly detail?: string;
}

function databaseErrorOf(error: unknown): DatabaseError | undefined {
  const cause: unknown =
    error instanceof QueryFailedError
      ? (error as Error & { driverError: unknown }).driverError
      : error;
  return cause instanceof Error ? (cause as DatabaseError) : undefined;
}
