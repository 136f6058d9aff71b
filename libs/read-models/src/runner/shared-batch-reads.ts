import type { Checkpoint, EventStore, ReadAllBatch, SqlExecutor } from '@greenchain/event-store';

/**
 * Batches kept. Runners of one process building or catching up together drift apart by the
 * difference in their write costs (case-timeline, a row per event, trails the others by about ten
 * batches of 4,000 in the benchmark's build), and one that falls out of this window reads and
 * decodes every batch again on its own. A decoded batch of 4,000 events is about 4 MB, so at most
 * about 100 MB, held only while batches are that large.
 */
const defaultCapacity = 24;

/**
 * One read of the log for every runner of a process that asks for the same batch. A commit-safe
 * batch (only transactions below the snapshot's xmin) never changes once read: every transaction
 * it could include has finished and any later one sorts after it. So a batch read in one runner's
 * transaction is the right answer for another runner at the same checkpoint with the same limit,
 * at most shorter than a fresh read would be (see read).
 * Runners building or catching up several projections then decode each event once, not once each.
 */
export class SharedBatchReads {
  private readonly batches = new Map<string, Promise<ReadAllBatch>>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = defaultCapacity,
  ) {}

  read(after: Checkpoint, limit: number, executor: SqlExecutor): Promise<ReadAllBatch> {
    const key = `${after.transactionId}:${after.globalPosition}:${limit}`;
    const known = this.batches.get(key);
    // Another runner's failed read (its connection lost) is no reason for this one to fail.
    if (known) return known.catch(() => this.store.readAll({ after, limit, executor }));
    const reading = this.store.readAll({ after, limit, executor });
    this.batches.set(key, reading);
    // A failed read (a lost connection, a rolled-back transaction) must not be served again.
    reading.then(
      (batch) => {
        // A full batch is what any later read at this checkpoint returns. A shorter one is only
        // what had committed when it was read: served later, it would hold a runner that arrives
        // after it as far behind as the reader was (each of its next batches again the stale one
        // another runner read before), so it is shared only while in flight.
        if (batch.events.length < limit) this.batches.delete(key);
      },
      () => this.batches.delete(key),
    );
    while (this.batches.size > this.capacity) {
      const oldest = this.batches.keys().next().value;
      if (oldest === undefined) break;
      this.batches.delete(oldest);
    }
    return reading;
  }
}
