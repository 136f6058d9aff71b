import { setTimeout as sleep } from 'node:timers/promises';
import type { DomainCommand, DomainEvent, StreamType } from '@greenchain/domain';
import {
  CommandIdReusedError,
  StreamVersionConflictError,
  type AppendOptions,
  type AppendResult,
  type BulkEntry,
  type NewEvent,
  type ProcessedCommand,
  type RecordedEvent,
  type StreamSlice,
} from '@greenchain/event-store';
import { storedEvent } from './stored-event';

export interface HandleCommandOptions<State> {
  /** The Idempotency-Key as a UUID: a repeat returns the first result without deciding again. */
  readonly commandId?: string;
  /** Defaults to the command id. */
  readonly correlationId?: string;
  /**
   * The client's If-Match: the command is refused (StreamVersionConflictError, 412) unless the stream
   * is at this version; such a command is never retried.
   */
  readonly expectedVersion?: number;
  /** Reload, decide and append again this many times after a version conflict; defaults to 0. */
  readonly maxRetries?: number;
  /**
   * May the sender do this to the record as loaded? Throws to refuse. Runs on every load (a retry
   * sees the record as it now is), before a repeat is answered or anything is decided.
   */
  readonly authorize?: (state: State) => void | Promise<void>;
  /** Set by a bulk writer (the demo world): recorded with each event, which then notifies no one. */
  readonly bulkEntry?: BulkEntry;
}

export interface HandledCommand<Event> {
  readonly streamId: string;
  /** The stream's version after the command (the new ETag), or its current one if nothing was decided. */
  readonly streamVersion: number;
  /** Positions a client can wait for in projections; empty if nothing was decided. */
  readonly globalPositions: readonly number[];
  readonly events: readonly Event[];
  /** True when the command id had been processed before and its first result is returned. */
  readonly replayed: boolean;
}

/** What handling a command needs from the event store (kept narrow so it is easy to follow and to fake). */
export interface CommandStore {
  readStream(streamId: string, options: { afterVersion: number }): Promise<StreamSlice>;
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  findProcessedCommand(commandId: string): Promise<ProcessedCommand | undefined>;
  readEventsAt(globalPositions: readonly number[]): Promise<RecordedEvent[]>;
  requestHash(request: unknown): Buffer;
}

interface Loaded<State> {
  readonly state: State;
  readonly version: number;
}

/**
 * The write path of every command, whoever sends it (the API, the deadline scan, the demo world):
 * load the record's stream once and fold it, let the sender check access on that state, decide,
 * and append with the loaded version as the expected one (personal values marked, unique keys
 * claimed). A repeated command id is answered with its first result: the append finds it in its
 * own statement, so a new command costs no look-up of its own; only when the decision is refused
 * or empty (a repeat's record may have moved on) is the id looked up before the refusal stands. A
 * DomainError from `decide` propagates untouched. Conflicts are retried only within `maxRetries`,
 * with jittered exponential backoff so that many writers on one stream spread out; a retry folds
 * only the events appended since the previous load.
 */
export async function handleCommand<
  Command extends DomainCommand,
  Event extends DomainEvent,
  State,
>(
  store: CommandStore,
  stream: StreamType<Command, Event, State>,
  id: string,
  command: Command,
  options: HandleCommandOptions<State> = {},
): Promise<HandledCommand<Event>> {
  const streamId = stream.streamId(id);
  const requestHash = commandRequestHash(store, streamId, command);
  const maxRetries = options.expectedVersion === undefined ? (options.maxRetries ?? 0) : 0;
  let loaded: Loaded<State> = { state: stream.decider.initialState(), version: 0 };
  for (let attempt = 0; ; attempt += 1) {
    loaded = await catchUp(store, stream, streamId, loaded);
    await options.authorize?.(loaded.state);
    try {
      return await decideAndAppend(store, stream, id, command, options, requestHash, loaded);
    } catch (error) {
      const replay = await findReplay<Event>(store, streamId, options, requestHash);
      if (replay) return replay;
      if (!(error instanceof StreamVersionConflictError) || attempt >= maxRetries) throw error;
      await sleep(backoffMs(attempt));
    }
  }
}

/**
 * A command is "the same" when it targets the same stream with the same type, data and business
 * time: a repeat that moves `occurredAt` is another fact, refused rather than answered as a replay.
 * The actor is left out because a command id is already scoped to its sender.
 */
function commandRequestHash(store: CommandStore, streamId: string, command: DomainCommand): Buffer {
  const { type, data, metadata } = command;
  return store.requestHash(['command', streamId, type, data, metadata.occurredAt]);
}

async function catchUp<Event extends DomainEvent, State>(
  store: CommandStore,
  stream: StreamType<never, Event, State>,
  streamId: string,
  loaded: Loaded<State>,
): Promise<Loaded<State>> {
  const slice = await store.readStream(streamId, { afterVersion: loaded.version });
  let state = loaded.state;
  // A stream holds only its decider's events, upcast to their latest schema on read.
  for (const event of slice.events) state = stream.decider.evolve(state, event as unknown as Event);
  return { state, version: slice.version };
}

async function decideAndAppend<Command extends DomainCommand, Event extends DomainEvent, State>(
  store: CommandStore,
  stream: StreamType<Command, Event, State>,
  id: string,
  command: Command,
  options: HandleCommandOptions<State>,
  requestHash: Buffer,
  { state, version }: Loaded<State>,
): Promise<HandledCommand<Event>> {
  const streamId = stream.streamId(id);
  if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
    throw new StreamVersionConflictError(streamId, options.expectedVersion, version);
  }
  const decided = stream.decider.decide(command, state);
  if (decided.length === 0) {
    const replay = await findReplay<Event>(store, streamId, options, requestHash);
    return (
      replay ?? {
        streamId,
        streamVersion: version,
        globalPositions: [],
        events: [],
        replayed: false,
      }
    );
  }
  const after = decided.reduce(stream.decider.evolve, state);
  const caseId = stream.narrativeCaseId(id, after);
  const result = await store.appendToStream(
    streamId,
    decided.map((event) => storedEvent(event, caseId, command.metadata, options.bulkEntry)),
    {
      streamType: stream.type,
      expectedVersion: version,
      commandId: options.commandId,
      correlationId: options.correlationId ?? options.commandId,
      requestHash,
      uniqueKeys: stream.uniqueKeys(decided),
    },
  );
  if (result.replayed) return replayedResult(store, streamId, result);
  return { streamId, ...result, events: decided };
}

async function findReplay<Event>(
  store: CommandStore,
  streamId: string,
  { commandId }: HandleCommandOptions<never>,
  requestHash: Buffer,
): Promise<HandledCommand<Event> | undefined> {
  if (commandId === undefined) return undefined;
  const processed = await store.findProcessedCommand(commandId);
  if (!processed) return undefined;
  if (!processed.requestHash.equals(requestHash)) throw new CommandIdReusedError(commandId);
  return replayedResult(store, streamId, processed);
}

async function replayedResult<Event>(
  store: CommandStore,
  streamId: string,
  processed: Pick<ProcessedCommand, 'streamVersion' | 'globalPositions'>,
): Promise<HandledCommand<Event>> {
  const events = await store.readEventsAt(processed.globalPositions);
  return {
    streamId,
    streamVersion: processed.streamVersion,
    globalPositions: processed.globalPositions,
    events: events as unknown as Event[],
    replayed: true,
  };
}

function backoffMs(attempt: number): number {
  return Math.random() * Math.min(200, 2 * 2 ** attempt);
}
