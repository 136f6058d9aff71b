/** A stream's folded state after its events up to `version` (stream position). */
export interface StreamSnapshot {
  readonly version: number;
  readonly state: unknown;
}

/** Streams whose recent states are kept; the worker's PROJECTION_FOLD_CACHE_STREAMS. */
export const defaultSnapshotStreams = 20_000;

/**
 * Versions kept per stream: enough for runners of one process that are a few batches apart on the
 * same stream to find the state before their batch and reuse the states after its events.
 */
const versionsPerStream = 16;

/**
 * Recent folded states of the most recently used streams, shared by every runner of a process.
 * A snapshot at version v is the fold of the stream's events 1..v, which never change, so it is the
 * same whichever runner computed it; states are immutable values (the domain's evolve returns new
 * objects) and must never be mutated. Least recently used streams are dropped beyond `capacity`.
 */
export class StreamSnapshots {
  private readonly streams = new Map<string, StreamSnapshot[]>();
  /** The most recently used stream: a fold remembers each of a stream's events in turn. */
  private latest: string | undefined;

  constructor(readonly capacity = defaultSnapshotStreams) {}

  /**
   * The snapshot at `version` if kept, else the latest kept below it. Only `remember` marks a stream
   * used: a fold remembers what it looked up.
   */
  atOrBefore(streamId: string, version: number): StreamSnapshot | undefined {
    const snapshots = this.streams.get(streamId);
    if (!snapshots) return undefined;
    for (let index = snapshots.length - 1; index >= 0; index -= 1) {
      const snapshot = snapshots[index];
      if (snapshot && snapshot.version <= version) return snapshot;
    }
    return undefined;
  }

  remember(streamId: string, snapshot: StreamSnapshot): void {
    const snapshots = this.streams.get(streamId) ?? [];
    let index = snapshots.length;
    while (index > 0 && (snapshots[index - 1]?.version ?? 0) > snapshot.version) index -= 1;
    if (snapshots[index - 1]?.version !== snapshot.version) {
      snapshots.splice(index, 0, snapshot);
      if (snapshots.length > versionsPerStream) snapshots.shift();
    }
    this.touch(streamId, snapshots);
    this.evict();
  }

  get size(): number {
    return this.streams.size;
  }

  /** A Map iterates in insertion order: re-inserting makes the stream the most recently used. */
  private touch(streamId: string, snapshots: StreamSnapshot[]): void {
    if (streamId === this.latest && this.streams.has(streamId)) return;
    this.streams.delete(streamId);
    this.streams.set(streamId, snapshots);
    this.latest = streamId;
  }

  private evict(): void {
    while (this.streams.size > this.capacity) {
      const oldest = this.streams.keys().next().value;
      if (oldest === undefined) return;
      this.streams.delete(oldest);
    }
  }
}
