import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Decider, DomainCommand, DomainEvent } from '@greenchain/domain';
import type { AppendOptions, AppendResult } from './append-events';
import { canonicalJson } from './canonical-json';
import { CommandIdReusedError } from './errors/idempotency.errors';
import { StreamVersionConflictError } from './errors/stream-version-conflict.error';
import type { NewEvent, RecordedEvent } from './recorded-event';
import type { StreamSlice } from './stream-reader';
import type { UniqueKey } from './unique-keys/unique-key';

export interface HandleCommandOptions {
  readonly streamType: string;
  /** The Idempotency-Key: a repeat returns the first result without deciding again. */
  readonly commandId?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /**
   * The client's If-Match: the command is refused (StreamVersionConflictError, 412) unless the stream
   * is at this version; such a command is never retried.
   */
  readonly expectedVersion?: number;
  /** Reload, decide and append again this many times after a version conflict; defaults to 0. */
  readonly maxRetries?: number;
  /** Marks personal values of decided events with `personal()` before they are stored. */
  readonly toStoredEvent?: (event: DomainEvent) => NewEvent;
  /** What makes a repeat "the same command"; defaults to commandRequestHash (the API keys it). */
  readonly requestHash?: Buffer;
  /** Keys the stream claims with the append (see AppendOptions.uniqueKeys). */
  readonly uniqueKeys?: readonly UniqueKey[];
}

export interface HandleCommandResult<Event> {
  /** The stream's version after the command (the new ETag), or its current one if nothing was decided. */
  readonly streamVersion: number;
  /** Positions a client can wait for in projections; empty if nothing was decided. */
  readonly globalPositions: readonly number[];
  readonly events: readonly Event[];
  /** True when the command id had been processed before and its first result is returned. */
  readonly replayed: boolean;
}

/** What handleCommand needs from the store (kept narrow so it is easy to follow and to fake). */
export interface CommandStore {
  readStream(streamId: string, options: { afterVersion: number }): Promise<StreamSlice>;
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  findProcessedCommand(commandId: string): Promise<ProcessedCommand | undefined>;
  readEventsAt(globalPositions: readonly number[]): Promise<RecordedEvent[]>;
}

export interface ProcessedCommand {
  readonly requestHash: Buffer;
  readonly streamVersion: number;
  readonly globalPositions: readonly number[];
}

/**
 * Load → fold → decide → append with the loaded version as the expected one. A DomainError from
 * `decide` propagates untouched. Conflicts are retried only within `maxRetries`, with jittered
 * exponential backoff so that many writers on one stream spread out instead of retrying in lockstep;
 * a retry folds only the events appended since the previous attempt's load.
 */
export async function handleCommand<
  Command extends DomainCommand,
  Event extends DomainEvent,
  State,
>(
  store: CommandStore,
  decider: Decider<Command, Event, State>,
  streamId: string,
  command: Command,
  options: HandleCommandOptions,
): Promise<HandleCommandResult<Event>> {
  const requestHash = options.requestHash ?? commandRequestHash(streamId, command);
  const replay = await findReplay<Event>(store, options.commandId, requestHash);
  if (replay) return replay;
  const maxRetries = options.expectedVersion === undefined ? (options.maxRetries ?? 0) : 0;
  let folded: Folded<State> = { state: decider.initialState(), version: 0 };
  for (let attempt = 0; ; attempt += 1) {
    folded = await catchUp(store, decider, streamId, folded);
    try {
      return await decideAndAppend(store, decider, streamId, command, options, requestHash, folded);
    } catch (error) {
      if (!(error instanceof StreamVersionConflictError) || attempt >= maxRetries) throw error;
      await sleep(backoffMs(attempt));
    }
  }
}

interface Folded<State> {
  readonly state: State;
  readonly version: number;
}

async function catchUp<Event, State>(
  store: CommandStore,
  decider: Decider<never, Event, State>,
  streamId: string,
  folded: Folded<State>,
): Promise<Folded<State>> {
  const slice = await store.readStream(streamId, { afterVersion: folded.version });
  let state = folded.state;
  for (const event of slice.events) state = decider.evolve(state, event as unknown as Event);
  return { state, version: slice.version };
}

async function decideAndAppend<Command extends DomainCommand, Event extends DomainEvent, State>(
  store: CommandStore,
  decider: Decider<Command, Event, State>,
  streamId: string,
  command: Command,
  options: HandleCommandOptions,
  requestHash: Buffer,
  { state, version }: Folded<State>,
): Promise<HandleCommandResult<Event>> {
  if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
    throw new StreamVersionConflictError(streamId, options.expectedVersion, version);
  }
  const decided = decider.decide(command, state);
  if (decided.length === 0) {
    return { streamVersion: version, globalPositions: [], events: [], replayed: false };
  }
  const toStored = options.toStoredEvent ?? ((event: DomainEvent) => event);
  const metadata = { actor: command.metadata.actor, occurredAt: command.metadata.occurredAt };
  const result = await store.appendToStream(
    streamId,
    decided.map((event) => ({ ...toStored(event), metadata })),
    {
      streamType: options.streamType,
      expectedVersion: version,
      commandId: options.commandId,
      correlationId: options.correlationId,
      causationId: options.causationId,
      requestHash,
      uniqueKeys: options.uniqueKeys,
    },
  );
  if (result.replayed) return replayedResult(store, result);
  return { ...result, events: decided };
}

async function findReplay<Event>(
  store: CommandStore,
  commandId: string | undefined,
  requestHash: Buffer,
): Promise<HandleCommandResult<Event> | undefined> {
  if (commandId === undefined) return undefined;
  const processed = await store.findProcessedCommand(commandId);
  if (!processed) return undefined;
  if (!processed.requestHash.equals(requestHash)) throw new CommandIdReusedError(commandId);
  return replayedResult(store, processed);
}

async function replayedResult<Event>(
  store: CommandStore,
  processed: Pick<ProcessedCommand, 'streamVersion' | 'globalPositions'>,
): Promise<HandleCommandResult<Event>> {
  const events = await store.readEventsAt(processed.globalPositions);
  return {
    streamVersion: processed.streamVersion,
    globalPositions: processed.globalPositions,
    events: events as unknown as Event[],
    replayed: true,
  };
}

/** A command is "the same" when it targets the same stream with the same type and data. */
export function commandRequestHash(streamId: string, command: DomainCommand): Buffer {
  const body = canonicalJson(['command', streamId, command.type, command.data]);
  return createHash('sha256').update(body).digest();
}

function backoffMs(attempt: number): number {
  return Math.random() * Math.min(200, 2 * 2 ** attempt);
}
