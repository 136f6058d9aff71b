/**
 * The stream was not at the expected version. The API maps it to 409, or to 412 when the expected
 * version came from the client's `If-Match`; `currentVersion` becomes the new `ETag`.
 */
export class StreamVersionConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`stream ${streamId} is at version ${currentVersion}, expected ${expectedVersion}`);
    this.name = 'StreamVersionConflictError';
  }
}
