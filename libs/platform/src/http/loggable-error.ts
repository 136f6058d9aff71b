/**
 * What of an unexpected error goes to the log: its kind, message, stack, the database's error code
 * and the statement's text. A failed query's parameters and the driver's detail carry request
 * values (search terms, personal fields, keys), so they are left out.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const { query, driverError } = error as { query?: unknown; driverError?: unknown };
  const code = (driverError ?? error) as { code?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code.code === 'string' && { code: code.code }),
    ...(typeof query === 'string' && { query }),
    stack: error.stack,
  };
}
