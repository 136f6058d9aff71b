/** The command id (Idempotency-Key) was already used with a different payload. The API maps it to 422. */
export class CommandIdReusedError extends Error {
  constructor(readonly commandId: string) {
    super(`command id ${commandId} was already used with a different payload`);
    this.name = 'CommandIdReusedError';
  }
}

/** Another transaction is processing the same command id right now. The API maps it to 409. */
export class CommandInFlightError extends Error {
  constructor(readonly commandId: string) {
    super(`command ${commandId} is being processed by another request`);
    this.name = 'CommandInFlightError';
  }
}
