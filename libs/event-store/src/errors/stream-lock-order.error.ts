/**
 * An append was attempted after the transaction had already written something without holding the
 * stream's lock; its events could then sort before older events of the same stream for subscribers.
 * A programming error (500): lock every stream with `lockStreams` before the transaction's first write.
 */
export class StreamLockOrderError extends Error {
  constructor(readonly streamId: string) {
    super(`stream ${streamId} must be locked before the transaction's first write`);
    this.name = 'StreamLockOrderError';
  }
}
