import type { EventStore, RecordedEvent, SqlExecutor } from '@greenchain/event-store';
import { RecentFolds } from './recent-folds';
import { StreamSnapshots } from './stream-snapshots';

/** How to fold one kind of stream: the domain's initial state and evolve. */
export interface StreamFolder<State, Event> {
  readonly initial: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly toEvent: (recorded: RecordedEvent) => Event;
}

export interface FoldStep<State, Event> {
  readonly recorded: RecordedEvent;
  readonly event: Event;
  readonly before: State;
  readonly after: State;
}

export interface FoldedStream<State, Event> {
  readonly streamId: string;
  readonly steps: readonly FoldStep<State, Event>[];
  /** The state after the stream's last event in the batch. */
  readonly state: State;
  readonly version: number;
}

/** Where a stream's earlier events come from when no snapshot has them: the event store. */
export type StreamSource = Pick<EventStore, 'readStream' | 'readStreamsBefore'>;

/**
 * The state of each stream just before a batch's events, and the steps those events make. The log
 * is the state store: the state before position p is the fold of the stream's events below p
 * (within one stream, stream order is commit order: the store locks a stream before its first
 * write), read from `events` when no snapshot is kept. Snapshots only save that work, so rows
 * depend on the events alone, never on what the cache happens to hold. Events are read with
 * personal values redacted, as batches are, so no state holds a personal value.
 */
export class StreamStates {
  private readonly recentFolds = new RecentFolds();

  constructor(
    private readonly source: StreamSource,
    private readonly snapshots = new StreamSnapshots(),
  ) {}

  /** Folded streams are shared by every caller folding the same events: never mutate them. */
  fold<State, Event>(
    executor: SqlExecutor,
    folder: StreamFolder<State, Event>,
    events: readonly RecordedEvent[],
  ): Promise<FoldedStream<State, Event>[]> {
    const known = this.recentFolds.find<FoldedStream<State, Event>[]>(folder, events);
    if (known) return known;
    const folding = this.foldEach(executor, folder, events);
    this.recentFolds.remember(folder, events, folding);
    return folding;
  }

  /**
   * Each stream of the batch's events with every event of it up to the batch's last, redacted as
   * batches are: for read models that look back over a stream's whole history. A stream's events
   * in a batch are consecutive (stream order is commit order), so only the events before its first
   * one come from the log, all streams in one query; a stream the batch holds from its first event
   * costs no read at all (in a build, most of them).
   */
  async histories(
    executor: SqlExecutor,
    events: readonly RecordedEvent[],
  ): Promise<Map<string, readonly RecordedEvent[]>> {
    const inBatch = byStream(events);
    const before = new Map<string, number>();
    for (const [streamId, streamEvents] of inBatch) {
      const first = streamEvents[0]?.streamPosition ?? 1;
      // A gap (a caller's selection of events): the log up to the last one, the batch unused.
      if (!consecutive(streamEvents))
        before.set(streamId, (streamEvents.at(-1)?.streamPosition ?? 0) + 1);
      else if (first > 1) before.set(streamId, first);
    }
    const earlier = await this.source.readStreamsBefore(before, {
      executor,
      personalData: 'redact',
    });
    const histories = new Map<string, readonly RecordedEvent[]>();
    for (const [streamId, streamEvents] of inBatch) {
      const logged = earlier.get(streamId) ?? [];
      const fromBatch = consecutive(streamEvents) ? streamEvents : [];
      histories.set(streamId, logged.length === 0 ? fromBatch : [...logged, ...fromBatch]);
    }
    return histories;
  }

  private async foldEach<State, Event>(
    executor: SqlExecutor,
    folder: StreamFolder<State, Event>,
    events: readonly RecordedEvent[],
  ): Promise<FoldedStream<State, Event>[]> {
    const folded: FoldedStream<State, Event>[] = [];
    for (const [streamId, streamEvents] of byStream(events)) {
      folded.push(await this.foldStream(executor, folder, streamId, streamEvents));
    }
    return folded;
  }

  private async foldStream<State, Event>(
    executor: SqlExecutor,
    folder: StreamFolder<State, Event>,
    streamId: string,
    events: readonly RecordedEvent[],
  ): Promise<FoldedStream<State, Event>> {
    const steps: FoldStep<State, Event>[] = [];
    let version = -1;
    let state: State | undefined;
    for (const recorded of events) {
      const position = recorded.streamPosition;
      // The first event, or a gap (events of other types, a caller's selection): from the log.
      const before =
        state !== undefined && position - 1 === version
          ? state
          : await this.stateAt(executor, folder, streamId, position - 1);
      const event = folder.toEvent(recorded);
      const after = this.knownState<State>(streamId, position) ?? folder.evolve(before, event);
      this.snapshots.remember(streamId, { version: position, state: after });
      steps.push({ recorded, event, before, after });
      state = after;
      version = position;
    }
    return { streamId, steps, state: state ?? folder.initial(), version };
  }

  private knownState<State>(streamId: string, version: number): State | undefined {
    const snapshot = this.snapshots.atOrBefore(streamId, version);
    return snapshot?.version === version ? (snapshot.state as State) : undefined;
  }

  /** The fold of the stream's events 1..version: a snapshot, or the log from the nearest one. */
  private async stateAt<State, Event>(
    executor: SqlExecutor,
    folder: StreamFolder<State, Event>,
    streamId: string,
    version: number,
  ): Promise<State> {
    if (version === 0) return folder.initial();
    const nearest = this.snapshots.atOrBefore(streamId, version);
    if (nearest?.version === version) return nearest.state as State;
    let state = nearest ? (nearest.state as State) : folder.initial();
    let reached = nearest?.version ?? 0;
    const { events } = await this.source.readStream(streamId, {
      executor,
      personalData: 'redact',
      afterVersion: reached,
    });
    for (const recorded of events) {
      if (recorded.streamPosition > version) break;
      state = folder.evolve(state, folder.toEvent(recorded));
      reached = recorded.streamPosition;
      this.snapshots.remember(streamId, { version: reached, state });
    }
    if (reached !== version) {
      throw new Error(`stream ${streamId} has no event at position ${version} to fold up to`);
    }
    return state;
  }
}

/** The events of each stream, in the order given, streams in order of their first event. */
function byStream(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const stream = streams.get(event.streamId);
    if (stream) stream.push(event);
    else streams.set(event.streamId, [event]);
  }
  return streams;
}

function consecutive(events: readonly RecordedEvent[]): boolean {
  return events.every(
    (event, index) => index === 0 || event.streamPosition === events[index - 1]!.streamPosition + 1,
  );
}
