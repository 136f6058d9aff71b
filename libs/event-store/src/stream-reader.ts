import type { EventDecoder, PersonalDataMode } from './event-decoder';
import { eventColumns, type EventRow, type RecordedEvent } from './recorded-event';
import { queryRows, type SqlExecutor } from './sql-executor';

export interface ReadStreamOptions {
  /** Read inside this transaction; defaults to the store's data source. */
  readonly executor?: SqlExecutor;
  /** Defaults to 'decrypt' (aggregates need the values); 'redact' hides them. */
  readonly personalData?: PersonalDataMode;
  /** Only the events after this version (a caller that already folded the ones before). */
  readonly afterVersion?: number;
}

export interface StreamSlice {
  /** The stream's version: its last event's position, 0 when the stream does not exist. */
  readonly version: number;
  readonly events: readonly RecordedEvent[];
}

export async function readStreamEvents(
  executor: SqlExecutor,
  decoder: EventDecoder,
  streamId: string,
  options: { readonly mode: PersonalDataMode; readonly afterVersion: number },
): Promise<StreamSlice> {
  const rows = await queryRows<EventRow>(
    executor,
    `SELECT ${eventColumns} FROM events WHERE stream_id = $1 AND stream_position > $2
      ORDER BY stream_position`,
    [streamId, options.afterVersion],
  );
  const events = await decoder.decode(executor, rows, options.mode);
  return { version: events.at(-1)?.streamPosition ?? options.afterVersion, events };
}

/**
 * A stream read once and decoded with personal values redacted, then decoded again from the same
 * rows with them decrypted if `modeFor`, judging the redacted slice, asks for it: whether a reader
 * may see a stream's personal values can depend on what the stream itself says.
 */
export async function readStreamAsEvents(
  executor: SqlExecutor,
  decoder: EventDecoder,
  streamId: string,
  modeFor: (redacted: StreamSlice) => PersonalDataMode,
): Promise<StreamSlice & { readonly personalData: PersonalDataMode }> {
  const rows = await queryRows<EventRow>(
    executor,
    `SELECT ${eventColumns} FROM events WHERE stream_id = $1 ORDER BY stream_position`,
    [streamId],
  );
  const redacted = await decoder.decode(executor, rows, 'redact');
  const slice = { version: redacted.at(-1)?.streamPosition ?? 0, events: redacted };
  const personalData = modeFor(slice);
  if (personalData === 'redact') return { ...slice, personalData };
  return { ...slice, events: await decoder.decode(executor, rows, personalData), personalData };
}

/**
 * The events of several streams, each below its own stream position, in one query: for a reader
 * that needs many streams' earlier events at once (one round trip instead of one per stream).
 * Returns each stream's events in stream order; a stream with none is absent.
 */
export async function readStreamsBeforeEvents(
  executor: SqlExecutor,
  decoder: EventDecoder,
  before: ReadonlyMap<string, number>,
  mode: PersonalDataMode,
): Promise<Map<string, RecordedEvent[]>> {
  const byStream = new Map<string, RecordedEvent[]>();
  if (before.size === 0) return byStream;
  const rows = await queryRows<EventRow>(
    executor,
    `SELECT ${eventColumns}
       FROM unnest($1::text[], $2::bigint[]) AS bound(stream_id, before)
       JOIN events USING (stream_id)
      WHERE stream_position < bound.before
      ORDER BY stream_id, stream_position`,
    [[...before.keys()], [...before.values()]],
  );
  for (const event of await decoder.decode(executor, rows, mode)) {
    const stream = byStream.get(event.streamId);
    if (stream) stream.push(event);
    else byStream.set(event.streamId, [event]);
  }
  return byStream;
}

/** Events by global position, in the given order (used to return a replayed command's events). */
export async function readEventsAt(
  executor: SqlExecutor,
  decoder: EventDecoder,
  globalPositions: readonly number[],
  mode: PersonalDataMode,
): Promise<RecordedEvent[]> {
  const rows = await queryRows<EventRow>(
    executor,
    `SELECT ${eventColumns} FROM events WHERE global_position = ANY($1::bigint[])
      ORDER BY global_position`,
    [globalPositions],
  );
  return decoder.decode(executor, rows, mode);
}
