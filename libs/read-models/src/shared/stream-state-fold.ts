import type { RecordedEvent } from '@greenchain/event-store';
import type { ProjectionContext, ProjectionTable } from '../runner/projection';
import { insertRows, updateAllBut } from './json-rows';

/**
 * The folded state of each stream, kept by a projection that derives its rows from the domain's own
 * evolve function (one implementation of "where the case stands"). Events are read with personal
 * values redacted, so the stored state holds no personal value either.
 */
export function streamStateTable(name: string): ProjectionTable {
  return {
    name,
    internal: true,
    columns: `stream_id text PRIMARY KEY, version bigint NOT NULL, state jsonb NOT NULL`,
  };
}

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
  /** Only events past the stored version: a replayed event yields no step (replay-safe). */
  readonly steps: readonly FoldStep<State, Event>[];
  readonly state: State;
  readonly version: number;
}

/**
 * Loads the states of the batch's streams in one query, folds the new events, stores the states in
 * one statement, and returns each applied step with the state before and after it. Stream order
 * equals commit order within one stream (the store locks a stream before its first write).
 */
export async function foldStreams<State, Event>(
  context: ProjectionContext,
  stateTable: string,
  folder: StreamFolder<State, Event>,
  events: readonly RecordedEvent[],
): Promise<FoldedStream<State, Event>[]> {
  const table = context.table(stateTable);
  const streamIds = [...new Set(events.map((event) => event.streamId))];
  const stored = (await context.executor.query(
    `SELECT stream_id, version, state FROM ${table} WHERE stream_id = ANY($1::text[])`,
    [streamIds],
  )) as { stream_id: string; version: string; state: State }[];
  const streams = new Map(
    stored.map((row) => [
      row.stream_id,
      { state: row.state, version: Number(row.version), steps: [] as FoldStep<State, Event>[] },
    ]),
  );
  for (const recorded of events) {
    const current = streams.get(recorded.streamId) ?? {
      state: folder.initial(),
      version: 0,
      steps: [],
    };
    streams.set(recorded.streamId, current);
    if (recorded.streamPosition <= current.version) continue;
    const event = folder.toEvent(recorded);
    const after = folder.evolve(current.state, event);
    current.steps.push({ recorded, event, before: current.state, after });
    current.state = after;
    current.version = recorded.streamPosition;
  }
  const folded = [...streams.entries()]
    .filter(([, current]) => current.steps.length > 0)
    .map(([streamId, current]) => ({ streamId, ...current }));
  const rows = folded.map((current) => ({
    stream_id: current.streamId,
    version: current.version,
    state: current.state,
  }));
  await insertRows(context.executor, table, rows, updateAllBut(rows, ['stream_id']));
  return folded;
}
