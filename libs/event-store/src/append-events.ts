import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { canonicalJson } from './canonical-json';
import { mapAppendError } from './errors/map-database-error';
import { eventDigest } from './hash-chain';
import { encryptPersonalValues, markedSubjectIds } from './personal-data-cipher';
import type { NewEvent } from './recorded-event';
import { queryPooled, queryRows } from './sql-executor';
import { lockStreams } from './stream-locks';
import type { SubjectKeys } from './subject-keys';

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
  /** Append inside this transaction (READ COMMITTED); without it the append is one statement on its own. */
  readonly queryRunner?: QueryRunner;
}

export interface AppendResult {
  /** The stream's version after the append (the new ETag). */
  readonly streamVersion: number;
  /** Global positions of the appended events, in stream order. */
  readonly globalPositions: readonly number[];
  /** True when the command id had already been processed and nothing was appended. */
  readonly replayed: boolean;
}

interface AppendRow {
  new_version: string;
  positions: string[];
  replayed: boolean;
}

const appendSql = `SELECT new_version, positions, replayed
  FROM append_events($1, $2, $3, $4, $5, $6, $7, $8)`;

/** Turns events into one `append_events` call: personal values encrypted, digests computed here. */
export class EventAppender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subjectKeys: SubjectKeys | undefined,
  ) {}

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
    const requestHash = commandId
      ? (options.requestHash ?? defaultRequestHash(streamId, events))
      : null;
    const parameters = [
      streamId,
      options.streamType,
      expectedVersion,
      JSON.stringify(payload),
      uuidOrNull(options.correlationId),
      uuidOrNull(options.causationId),
      commandId,
      requestHash,
    ];
    try {
      const [row] = options.queryRunner
        ? await queryRows<AppendRow>(options.queryRunner, appendSql, parameters)
        : await queryPooled<AppendRow>(this.dataSource, appendSql, parameters);
      if (!row) throw new Error('append_events returned no row');
      return {
        streamVersion: Number(row.new_version),
        globalPositions: row.positions.map(Number),
        replayed: row.replayed,
      };
    } catch (error) {
      throw mapAppendError(error, { streamId, expectedVersion, commandId });
    }
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

function toPayload(streamId: string, options: AppendOptions, position: number, event: NewEvent) {
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

function defaultRequestHash(streamId: string, events: readonly NewEvent[]): Buffer {
  const body = canonicalJson([streamId, events.map((event) => [event.type, event.data])]);
  return createHash('sha256').update(body).digest();
}
