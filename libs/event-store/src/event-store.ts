import type { DataSource } from 'typeorm';
import { EventAppender, type AppendOptions, type AppendResult } from './append-events';
import { AppendSignal, type AppendListener } from './append-signal';
import { readAllEvents, type ReadAllBatch, type ReadAllOptions } from './catch-up-reader';
import { EventDecoder, type PersonalDataMode } from './event-decoder';
import type { GroupCommitOptions } from './group-commit';
import type { ChainVerification } from './hash-chain';
import { assertKeyLength } from './personal-data-cipher';
import type { NewEvent, RecordedEvent } from './recorded-event';
import { requestHash } from './request-hash';
import { pooledReads, queryRows, type SqlExecutor } from './sql-executor';
import {
  readEventsAt,
  readStreamAsEvents,
  readStreamEvents,
  readStreamsBeforeEvents,
  type ReadStreamOptions,
  type StreamSlice,
} from './stream-reader';
import { verifyStreamChain } from './stream-verifier';
import { SubjectKeys } from './subject-keys';
import { UpcasterRegistry, type Upcaster } from './upcasters';

export interface EventStoreOptions {
  /** A data source whose database has `eventStoreMigrations` applied. */
  readonly dataSource: DataSource;
  readonly upcasters?: readonly Upcaster[];
  /** Each event type's current schema version, stored with a new event that names none (else 1). */
  readonly schemaVersions?: Readonly<Record<string, number>>;
  /**
   * The 32-byte key that wraps data subjects' keys (config ENCRYPTION_MASTER_KEY, base64-decoded).
   * Without it, appending or decrypting personal values throws.
   */
  readonly masterKey?: Buffer;
  /** Tuning of group commit; the defaults suit the application. */
  readonly groupCommit?: GroupCommitOptions;
}

/** What processed_commands keeps of a command id: the request it answered and where it left the stream. */
export interface ProcessedCommand {
  readonly requestHash: Buffer;
  readonly streamVersion: number;
  readonly globalPositions: readonly number[];
}

/** The PostgreSQL event store: append, read, catch up, verify, erase subjects. */
export class EventStore {
  private readonly dataSource: DataSource;
  /** The default executor of reads. */
  private readonly reads: SqlExecutor;
  private readonly masterKey: Buffer | undefined;
  private readonly subjectKeys: SubjectKeys | undefined;
  private readonly decoder: EventDecoder;
  private readonly appender: EventAppender;
  private readonly schemaVersions: ReadonlyMap<string, number>;
  private readonly appended = new AppendSignal();

  constructor(options: EventStoreOptions) {
    if (options.masterKey) assertKeyLength(options.masterKey, 'the master key');
    this.dataSource = options.dataSource;
    this.reads = pooledReads(options.dataSource);
    this.masterKey = options.masterKey;
    this.subjectKeys = options.masterKey && new SubjectKeys(options.masterKey);
    this.decoder = new EventDecoder(new UpcasterRegistry(options.upcasters), this.subjectKeys);
    this.appender = new EventAppender(
      this.dataSource,
      this.subjectKeys,
      this.masterKey,
      options.groupCommit,
    );
    this.schemaVersions = new Map(Object.entries(options.schemaVersions ?? {}));
  }

  /**
   * Appends events in one round trip: stream lock, version check, hash chain, idempotency.
   * @throws StreamVersionConflictError (409/412), CommandIdReusedError (422), CommandInFlightError (409),
   *   SubjectErasedError (422), StreamLockOrderError (a bug: lock streams before the first write).
   */
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const versioned = events.map((event) => ({
      ...event,
      schemaVersion: event.schemaVersion ?? this.schemaVersions.get(event.type) ?? 1,
    }));
    const appending = this.appender.append(streamId, versioned, options);
    return appending.then((result) => {
      if (!result.replayed) this.appended.notify();
      return result;
    });
  }

  /**
   * Calls `listener` after appends through this store that added events (at most once per
   * event-loop turn). An append inside a caller's transaction is announced before that transaction
   * commits: a listener that finds nothing yet should look again shortly (see PollingLoop.wake).
   * Returns the function that unsubscribes.
   */
  onAppended(listener: AppendListener): () => void {
    return this.appended.subscribe(listener);
  }

  /** A stream (or its tail), upcast, personal values decrypted unless `personalData: 'redact'`. */
  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StreamSlice> {
    return readStreamEvents(options.executor ?? this.reads, this.decoder, streamId, {
      mode: options.personalData ?? 'decrypt',
      afterVersion: options.afterVersion ?? 0,
    });
  }

  /**
   * A whole stream in one read, its personal values decrypted only if `modeFor` asks for it on the
   * stream as it reads redacted (a reader's right to them depends on the record they belong to).
   */
  readStreamAs(
    streamId: string,
    modeFor: (redacted: StreamSlice) => PersonalDataMode,
  ): Promise<StreamSlice & { readonly personalData: PersonalDataMode }> {
    return readStreamAsEvents(this.dataSource, this.decoder, streamId, modeFor);
  }

  /**
   * Several streams' events, each stream's below the position given for it (exclusive), in one
   * query; upcast, personal values decrypted unless `personalData: 'redact'`.
   */
  readStreamsBefore(
    before: ReadonlyMap<string, number>,
    options: Omit<ReadStreamOptions, 'afterVersion'> = {},
  ): Promise<Map<string, RecordedEvent[]>> {
    return readStreamsBeforeEvents(
      options.executor ?? this.reads,
      this.decoder,
      before,
      options.personalData ?? 'decrypt',
    );
  }

  /** The next batch for a subscriber, in commit-safe (transaction id, global position) order. */
  readAll(options: ReadAllOptions = {}): Promise<ReadAllBatch> {
    return readAllEvents(options.executor ?? this.reads, this.decoder, options);
  }

  /** Events by global position, decrypted and upcast. */
  readEventsAt(globalPositions: readonly number[]): Promise<RecordedEvent[]> {
    return readEventsAt(this.reads, this.decoder, globalPositions, 'decrypt');
  }

  /** Recomputes the stream's hash chain; reports the first broken position if any. */
  verifyStream(
    streamId: string,
    executor: SqlExecutor = this.dataSource,
  ): Promise<ChainVerification> {
    return verifyStreamChain(executor, streamId);
  }

  /** What makes a repeat of a command id the same request (see requestHash), keyed by the master key. */
  requestHash(request: unknown): Buffer {
    return requestHash(request, this.masterKey);
  }

  /** The stored result of an idempotency key, if that command was processed. */
  async findProcessedCommand(commandId: string): Promise<ProcessedCommand | undefined> {
    const [row] = await queryRows<{
      request_hash: Buffer;
      stream_version: string;
      global_positions: string[];
    }>(
      this.reads,
      `SELECT request_hash, stream_version, global_positions FROM processed_commands
        WHERE command_id = $1`,
      [commandId.toLowerCase()],
    );
    return (
      row && {
        requestHash: row.request_hash,
        streamVersion: Number(row.stream_version),
        globalPositions: row.global_positions.map(Number),
      }
    );
  }

  /** Which of these data subjects have been erased. */
  erasedSubjects(subjectIds: Iterable<string>): Promise<Set<string>> {
    if (!this.subjectKeys) throw new Error('knowing erased data subjects needs the master key');
    return this.subjectKeys.erased(this.dataSource, subjectIds);
  }

  /**
   * Crypto-shredding: destroys the subject's key. Stored events keep their ciphertext (and their
   * hashes); reads return `erasedValue` in place of the subject's personal values from now on.
   * With `executor`, inside the caller's transaction (so it commits with what else it records).
   */
  async eraseSubject(subjectId: string, executor: SqlExecutor = this.dataSource): Promise<void> {
    if (!this.subjectKeys) throw new Error('erasing a data subject needs the master key');
    await this.subjectKeys.erase(executor, subjectId);
  }
}
