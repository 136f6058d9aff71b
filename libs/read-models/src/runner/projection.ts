import type { RecordedEvent, SqlExecutor } from '@greenchain/event-store';
import type { FoldedStream, StreamFolder } from '../shared/stream-state-fold';

/** One table of a projection; the runner creates a copy of it per generation. */
export interface ProjectionTable {
  /** The logical name: readers query the view of that name, which shows the active generation. */
  readonly name: string;
  /** Column definitions and constraints, the body of CREATE TABLE. */
  readonly columns: string;
  /**
   * Column lists to index, e.g. `country, seized_on`, or a whole index body from `USING` on (a GIN
   * index, a partial one). Add new ones at the end: an index is named by its place in the list.
   */
  readonly indexes?: readonly string[];
  /** Working state of the projection itself, never read by anyone else: no view. */
  readonly internal?: boolean;
}

/** What a projection writes through: the batch's transaction and its tables' physical names. */
export interface ProjectionContext {
  readonly executor: SqlExecutor;
  /** The physical table of the generation being written, for a logical table name. */
  table(name: string): string;
  /**
   * Each stream's events of the batch folded onto its state before them, with the state before and
   * after each event (see StreamStates): a projection keeps no state of its own.
   */
  fold<State, Event>(
    folder: StreamFolder<State, Event>,
    events: readonly RecordedEvent[],
  ): Promise<FoldedStream<State, Event>[]>;
  /**
   * Each stream of these events with every event of it up to the last one given, personal values
   * redacted: for a read model whose rows depend on the whole history, not on the state before the
   * batch (facts recorded out of date order). All streams in at most one read of the log.
   */
  histories(events: readonly RecordedEvent[]): Promise<Map<string, readonly RecordedEvent[]>>;
}

/**
 * A read model fed from the event log. `apply` receives the batch's events of the types it handles,
 * in commit order, and must write set-based and replay-safe: applying the same events again leaves
 * the same rows (the runner's checkpoint makes that rare, not impossible after a manual reset).
 */
export interface Projection {
  readonly name: string;
  /** Bump it when the tables or handlers change: the runner rebuilds into new tables and switches. */
  readonly version: number;
  readonly tables: readonly ProjectionTable[];
  readonly eventTypes: ReadonlySet<string>;
  apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void>;
}
