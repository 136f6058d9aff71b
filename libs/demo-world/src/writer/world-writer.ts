import { handleCommand, storedEvent } from '@greenchain/case-commands';
import { caseStream, evidenceStream } from '@greenchain/domain';
import { StreamVersionConflictError, type EventStore } from '@greenchain/event-store';
import { Random } from '../random';
import type { GeneratedCase } from '../world/plan-case';
import { decideStreams, type DecidedStream } from './decide-streams';
import { runConcurrently } from './run-concurrently';

/**
 * commands: one handleCommand per command, exactly the API's path (load, fold, decide, append).
 * fast: each stream decided in memory by the same deciders, then appended whole in one call; many
 * streams in flight, which the event store's group commit turns into batched transactions.
 */
export type WriteMode = 'commands' | 'fast';

/**
 * Every fact of the demo world is marked as entered in bulk: a world of cases closed years ago must
 * not page its offices nor fill the job queue (docs/events.md#what-is-notified).
 */
const bulkEntry = 'demo-world';

export interface WorldWriterOptions {
  readonly store: EventStore;
  readonly mode: WriteMode;
  /** Cases written at once. */
  readonly concurrency: number;
  /** Called after each case, with the events it added (0 when it was there already). */
  readonly onCase?: (generated: GeneratedCase, eventsAdded: number) => void;
  /** Checked between cases: lets a shutting-down process stop seeding cleanly. */
  readonly shouldStop?: () => boolean;
  /**
   * Which of these streams exist already, asked once per slice of cases in fast mode so that a
   * second run skips them without an append each (command ids would still refuse doubles).
   */
  readonly existingStreams?: (streamIds: readonly string[]) => Promise<ReadonlySet<string>>;
}

export interface WriteSummary {
  readonly cases: number;
  /** Cases with at least one event added by this run. */
  readonly casesAdded: number;
  readonly eventsAdded: number;
}

async function writeByCommand(
  generated: GeneratedCase,
  options: WorldWriterOptions,
): Promise<number> {
  let added = 0;
  for (const planned of generated.commands) {
    const { commandId } = planned;
    const result =
      planned.streamType === 'case'
        ? await handleCommand(options.store, caseStream, planned.id, planned.command, {
            commandId,
            bulkEntry,
          })
        : await handleCommand(options.store, evidenceStream, planned.id, planned.command, {
            commandId,
            bulkEntry,
          });
    if (!result.replayed) added += result.events.length;
  }
  return added;
}

/**
 * One append per stream, keyed by a command id drawn from the stream id: a second run replays it.
 * A stream that exists under other commands (written in commands mode) is left as it is.
 */
async function appendStream(
  stream: DecidedStream,
  caseId: string,
  options: WorldWriterOptions,
): Promise<number> {
  if (stream.events.length === 0) return 0;
  const commandId = Random.of('demo-world-append', stream.streamId).uuid();
  // An exhibit's free text is its case's narrative, as a case's own is.
  const events = stream.events.map(({ event, metadata }) =>
    storedEvent(event, caseId, metadata, bulkEntry),
  );
  const uniqueKeys =
    stream.streamType === 'case'
      ? caseStream.uniqueKeys(stream.events.map(({ event }) => event))
      : [];
  try {
    const result = await options.store.appendToStream(stream.streamId, events, {
      streamType: stream.streamType,
      expectedVersion: 'no-stream',
      commandId,
      correlationId: commandId,
      uniqueKeys,
    });
    return result.replayed ? 0 : events.length;
  } catch (error) {
    if (error instanceof StreamVersionConflictError) return 0;
    throw error;
  }
}

async function writeFast(
  generated: GeneratedCase,
  options: WorldWriterOptions,
  existing: ReadonlySet<string>,
): Promise<number> {
  if (generated.commands.every((planned) => existing.has(planned.streamId))) return 0;
  const streams = decideStreams(generated.commands).filter(
    (stream) => !existing.has(stream.streamId),
  );
  const added = await Promise.all(
    streams.map((stream) => appendStream(stream, generated.caseId, options)),
  );
  return added.reduce((sum, count) => sum + count, 0);
}

/** Cases taken from the world at a time, to ask which of their streams exist in one query. */
const sliceSize = 1000;

function* slices<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let slice: T[] = [];
  for (const item of items) {
    slice.push(item);
    if (slice.length === size) {
      yield slice;
      slice = [];
    }
  }
  if (slice.length > 0) yield slice;
}

/** Writes the world's cases through the deciders and the event store; safe to run again. */
export async function writeWorld(
  world: Iterable<GeneratedCase>,
  options: WorldWriterOptions,
): Promise<WriteSummary> {
  const summary = { cases: 0, casesAdded: 0, eventsAdded: 0 };
  const record = (generated: GeneratedCase, added: number) => {
    summary.cases += 1;
    if (added > 0) summary.casesAdded += 1;
    summary.eventsAdded += added;
    options.onCase?.(generated, added);
  };
  if (options.mode === 'commands') {
    await runConcurrently(
      world[Symbol.iterator](),
      options.concurrency,
      async (generated) => record(generated, await writeByCommand(generated, options)),
      options.shouldStop,
    );
    return summary;
  }
  for (const slice of slices(world, sliceSize)) {
    if (options.shouldStop?.()) break;
    const streamIds = [
      ...new Set(
        slice.flatMap((generated) => generated.commands.map((planned) => planned.streamId)),
      ),
    ];
    const existing = (await options.existingStreams?.(streamIds)) ?? new Set<string>();
    await runConcurrently(
      slice.values(),
      options.concurrency,
      async (generated) => record(generated, await writeFast(generated, options, existing)),
      options.shouldStop,
    );
  }
  return summary;
}
