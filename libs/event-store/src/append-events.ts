import { randomUUID } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { appendAlone, type AppendCall, type AppendResult, type EventPayload } from './append-call';
import { eventDigest } from './hash-chain';
import { encryptPersonalValues, markedSubjectIds } from './personal-data-cipher';
import type { NewEvent } from './recorded-event';
import { GroupCommit, type GroupCommitOptions } from './group-commit';
import { requestHash } from './request-hash';
import { lockStreams } from './stream-locks';
import type { SubjectKeys } from './subject-keys';
import { appendClaiming } from './unique-keys/append-claiming';
import type { UniqueKey } from './unique-keys/unique-key';

/** The version the stream must be at: a number, or 'no-stream' (same as 0) to create it. */
export type ExpectedVersion = number | 'no-stream';

export interface AppendOptions {
  /** Recorded on the stream and its events, e.g. 'case'. */
  readonly streamType: string;
  /** Mandatory optimistic-concurrency guard; a mismatch throws StreamVersionConflictError. */
  readonly expectedVersion: ExpectedVersion;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** The command's idempotency key (a UUID): a repeated append with it returns the first result. */
  readonly commandId?: string;
  /**
   * What makes a repeat "the same command"; defaults to a hash of the stream id and the events' types
   * and data. A repeat with another hash throws CommandIdReusedError.
   */
  readonly requestHash?: Buffer;
  /**
   * Append inside this transaction (READ COMMITTED), on its own. Without it the append joins the next
   * group commit: one statement and one transaction shared with concurrent appends.
   */
  readonly queryRunner?: QueryRunner;
  /**
   * Keys only this stream may hold (a case reference): claimed in the append's own transaction, so
   * both commit or neither. A key another stream holds throws UniqueKeyTakenError. Not with queryRunner.
   */
  readonly uniqueKeys?: readonly UniqueKey[];
}

export type { AppendResult } from './append-call';

/**
 * Turns events into an append call (personal values encrypted, digests computed here) and runs it:
 * inside the caller's transaction on its own, otherwise through group commit.
 */
export class EventAppender {
  private readonly groupCommit: GroupCommit;

  constructor(
    private readonly dataSource: DataSource,
    private readonly subjectKeys: SubjectKeys | undefined,
    /** Keys the default request hash (see requestHash); the store's master key. */
    private readonly requestKey: Buffer | undefined,
    groupCommit: GroupCommitOptions = {},
  ) {
    this.groupCommit = new GroupCommit(dataSource, groupCommit);
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('an append needs at least one event');
    const expectedVersion = versionNumber(options.expectedVersion);
    const stored = await this.encrypt(streamId, events, options.queryRunner);
    const payload = stored.map((event, index) =>
      toPayload(streamId, options, expectedVersion + index + 1, event),
    );
    const commandId = uuidOrNull(options.commandId);
    const call: AppendCall = {
      streamId,
      streamType: options.streamType,
      expectedVersion,
      events: payload,
      correlationId: uuidOrNull(options.correlationId),
      causationId: uuidOrNull(options.causationId),
      commandId,
      requestHash: commandId
        ? (options.requestHash ?? this.defaultRequestHash(streamId, events))
        : null,
    };
    if (options.queryRunner) return appendAlone(call, this.dataSource, options.queryRunner);
    if (options.uniqueKeys?.length)
      return appendClaiming(call, options.uniqueKeys, this.dataSource);
    return this.groupCommit.append(call);
  }

  /** A raw append is "the same" when it writes the same events to the same stream. */
  private defaultRequestHash(streamId: string, events: readonly NewEvent[]): Buffer {
    return requestHash(
      [streamId, events.map((event) => [event.type, event.data])],
      this.requestKey,
    );
  }

  /**
   * Keys are written before the append; inside a caller's transaction the stream lock is taken first
   * so that write does not precede the lock (see lockStreams).
   */
  private async encrypt(
    streamId: string,
    events: readonly NewEvent[],
    transaction: QueryRunner | undefined,
  ): Promise<readonly NewEvent[]> {
    const subjectIds = new Set<string>();
    for (const event of events) markedSubjectIds(event.data, subjectIds);
    if (subjectIds.size === 0) return events;
    if (!this.subjectKeys) throw new Error('appending personal data needs the master key');
    if (transaction) await lockStreams(transaction, [streamId]);
    const keys = await this.subjectKeys.provide(
      transaction ?? this.dataSource,
      [...subjectIds].sort(),
    );
    return events.map((event) => ({ ...event, data: encryptPersonalValues(event.data, keys) }));
  }
}

export function versionNumber(expected: ExpectedVersion): number {
  if (expected === 'no-stream') return 0;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`expected version must be 'no-stream' or a whole number >= 0`);
  }
  return expected;
}

function toPayload(
  streamId: string,
  options: AppendOptions,
  position: number,
  event: NewEvent,
): EventPayload {
  const eventId = uuidOrNull(event.eventId) ?? randomUUID();
  const schemaVersion = event.schemaVersion ?? 1;
  const metadata = event.metadata ?? {};
  const digest = eventDigest({
    streamId,
    streamType: options.streamType,
    streamPosition: position,
    eventId,
    eventType: event.type,
    schemaVersion,
    data: event.data,
    metadata,
    correlationId: uuidOrNull(options.correlationId),
    causationId: uuidOrNull(options.causationId),
    commandId: uuidOrNull(options.commandId),
  });
  return {
    id: eventId,
    type: event.type,
    schemaVersion,
    data: event.data,
    metadata,
    digest: digest.toString('hex'),
  };
}

/** PostgreSQL prints uuids in lower case; hashing them the same way keeps digests reproducible. */
function uuidOrNull(id: string | undefined): string | null {
  return id === undefined ? null : id.toLowerCase();
}
