import type { RecordedEvent } from '@greenchain/event-store';

/** Folds kept: runners of one process drift a few batches apart (see SharedBatchReads). */
const defaultCapacity = 32;

interface KeptFold {
  readonly folder: unknown;
  readonly events: readonly RecordedEvent[];
  readonly result: Promise<unknown>;
}

/**
 * The latest folds, so that runners folding the same events with the same folder (the five case
 * projections all fold every case event of a batch) fold them once. A fold depends on its events
 * alone, and SharedBatchReads hands every runner of a process the same event objects, so the same
 * objects in the same order are the same fold. A failed fold (its reader's connection lost) is
 * forgotten, for the next runner to fold again.
 */
export class RecentFolds {
  private readonly kept: KeptFold[] = [];

  constructor(private readonly capacity = defaultCapacity) {}

  find<Result>(folder: unknown, events: readonly RecordedEvent[]): Promise<Result> | undefined {
    const fold = this.kept.find(
      (candidate) => candidate.folder === folder && sameEvents(candidate.events, events),
    );
    return fold?.result as Promise<Result> | undefined;
  }

  remember(folder: unknown, events: readonly RecordedEvent[], result: Promise<unknown>): void {
    const fold = { folder, events, result };
    this.kept.push(fold);
    if (this.kept.length > this.capacity) this.kept.shift();
    result.catch(() => {
      const index = this.kept.indexOf(fold);
      if (index >= 0) this.kept.splice(index, 1);
    });
  }
}

function sameEvents(a: readonly RecordedEvent[], b: readonly RecordedEvent[]): boolean {
  return a.length === b.length && a.every((event, index) => event === b[index]);
}
