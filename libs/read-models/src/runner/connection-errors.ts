/** SQLSTATE classes that mean the session is gone or unusable, not that the batch is wrong. */
const connectionStates = /^(08|57P|53)/;
const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);
const connectionMessages =
  /Connection terminated|connection error|Client was closed|not queryable|Query runner already released|terminating connection/i;

/**
 * True for failures of the connection or server (restart, network): the runner reconnects and
 * retries them forever instead of marking the projection failed on an event that is fine.
 */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const withCodes = error as Error & { code?: unknown; driverError?: unknown };
  const codes = [withCodes.code, (withCodes.driverError as { code?: unknown } | undefined)?.code];
  if (codes.some((code) => typeof code === 'string' && connectionCodes.has(code))) return true;
  if (codes.some((code) => typeof code === 'string' && connectionStates.test(code))) return true;
  return connectionMessages.test(error.message);
}
