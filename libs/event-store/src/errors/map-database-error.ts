import { QueryFailedError } from 'typeorm';
import { CommandIdReusedError, CommandInFlightError } from './idempotency.errors';
import { StreamLockOrderError } from './stream-lock-order.error';
import { StreamVersionConflictError } from './stream-version-conflict.error';

interface AppendContext {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly commandId: string | null;
}

/** Turns the SQLSTATE codes raised by `append_events` into the store's typed errors. */
export function mapAppendError(error: unknown, context: AppendContext): unknown {
  const driverError = error instanceof QueryFailedError ? driverErrorOf(error as Error) : undefined;
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

function driverErrorOf(error: Error): { code?: string; detail?: string } {
  return (error as QueryFailedError).driverError as { code?: string; detail?: string };
}
