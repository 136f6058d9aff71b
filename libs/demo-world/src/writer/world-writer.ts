import {
  caseDecider,
  caseReferenceKeys,
  evidenceDecider,
  type DomainEvent,
} from '@greenchain/domain';
import {
  StreamVersionConflictError,
  type EventStore,
  type HandleCommandOptions,
  type NewEvent,
} from '@greenchain/event-store';
import { Random } from '../random';
import type { GeneratedCase } from '../world/plan-case';
import type { PlannedCommand } from '../world/story';
import { decideStreams, type DecidedStream } from './decide-streams';
import { runConcurrently } from './run-concurrently';

/**
 * commands: one handleCommand per command, exactly the API's path (load, fold, decide, append).
 * fast: each stream decided in memory by the same deciders, then appended whole in one call; many
 * streams in flight, which the event store's group commit turns into batched transactions.
 */
export type WriteMode = 'commands' | 'fast';

export interface WorldWriterOptions {
  readonly store: EventStore;
  readonly mode: WriteMode;
  /**
   * Marks personal values before they are stored, as the API does (markPersonalFields); `caseId` is
   * the case of the stream (an exhibit's case for an evidence stream).
   */
  readonly toStoredEvent: (event: DomainEvent, caseId: string) => NewEvent;
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

function commandOptions(
  planned: PlannedCommand,
  caseId: string,
  options: WorldWriterOptions,
): HandleCommandOptions {
  const { command } = planned;
  return {
    streamType: planned.streamType,
    commandId: planned.commandId,
    correlationId: planned.commandId,
    toStoredEvent: (event) => options.toStoredEvent(event, caseId),
    uniqueKeys: command.type === 'RecordSeizure' ? caseReferenceKeys(command.data) : [],
  };
}

async function writeByCommand(
  generated: GeneratedCase,
  options: WorldWriterOptions,
): Promise<number> {
  let added = 0;
  for (const planned of generated.commands) {
    const result =
      planned.streamType === 'case'
        ? await options.store.handleCommand(
            caseDecider,
            planned.streamId,
            planned.command,
            commandOptions(planned, generated.caseId, options),
          )
        : await options.store.handleCommand(
            evidenceDecider,
            planned.streamId,
            planned.command,
            commandOptions(planned, generated.caseId, options),
          );
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
  const events = stream.events.map(({ event, metadata }) => ({
    ...options.toStoredEvent(event, caseId),
    metadata: { actor: metadata.actor, occurredAt: metadata.occurredAt },
  }));
  try {
    const result = await options.store.appendToStream(stream.streamId, events, {
      streamType: stream.streamType,
      expectedVersion: 'no-stream',
      commandId,
      correlationId: commandId,
      uniqueKeys: stream.streamType === 'case' ? caseReferenceKeys(stream.state.seizure) : [],
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
