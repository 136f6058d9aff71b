import { performance } from 'node:perf_hooks';
import {
  initialCheckpoint,
  loadCheckpoint,
  type Checkpoint,
  type EventStore,
  type RecordedEvent,
} from '@greenchain/event-store';
import type { DataSource, QueryRunner } from 'typeorm';
import { StreamStates } from '../shared/stream-state-fold';
import { saveBatchCheckpoint } from './batch-checkpoint';
import { isConnectionError } from './connection-errors';
import type { Projection } from './projection';
import { loadStatus, loadStatusForPoll, type ProjectionStatusRecord } from './projection-status';
import type { SharedBatchReads } from './shared-batch-reads';
import {
  checkpointId,
  createGenerationTables,
  dropGenerationTables,
  projectionContext,
  switchViews,
} from './projection-tables';

export interface RunnerLogger {
  log(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface ProjectionRunnerOptions {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly projection: Projection;
  /** Events read per transaction; defaults to 1,000. */
  readonly batchSize?: number;
  /** Polling is the truth; wake() only shortens the wait. Defaults to 250 ms. */
  readonly pollIntervalMs?: number;
  /**
   * The wait after a batch that applied events but was not full, doubling on each empty poll up to
   * pollIntervalMs: under steady writes the runner comes back soon with a few more events, idle it
   * polls slowly, and a full batch (more waiting) is followed at once. Defaults to 25 ms.
   */
  readonly busyPollIntervalMs?: number;
  /**
   * False commits batches with synchronous_commit off: no wait for the WAL flush. Safe for read
   * models, whose rows and checkpoint commit together: a server crash loses both and the batch is
   * applied again. Not for a subscription whose commit lets a side effect happen. Defaults to true.
   */
  readonly durableCommits?: boolean;
  /** Wait before reconnecting after a connection failure; defaults to 1,000 ms. */
  readonly reconnectDelayMs?: number;
  readonly logger?: RunnerLogger;
  /** Shared by the runners of one process, so that each batch of the log is read and decoded once. */
  readonly sharedReads?: SharedBatchReads;
  /**
   * Shared by the runners of one process, so that each stream is folded once for every projection
   * that folds it; defaults to the runner's own.
   */
  readonly streamStates?: StreamStates;
}

/** Advisory lock namespace of projection leaders (the key is hashtext of the projection name). */
const leaderLockNamespace = 0x67630001;

/** Another runner moved the checkpoint during this batch: roll back, it is that runner's work. */
class CheckpointMovedError extends Error {}

class ProjectionEventError extends Error {
  constructor(
    readonly event: RecordedEvent,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * The subscription's checkpoint, its row locked for the transaction. Under READ COMMITTED a locking
 * read that waited for another transaction returns the row as that transaction committed it.
 * `asyncCommit` turns synchronous_commit off for the transaction in the same round trip (set_config
 * runs once per returned row: with no checkpoint yet, a statement of its own does it).
 */
async function lockCheckpoint(
  connection: QueryRunner,
  subscription: string,
  asyncCommit: boolean,
): Promise<Checkpoint> {
  const setting = asyncCommit ? `, set_config('synchronous_commit', 'off', true)` : '';
  const [row] = (await connection.query(
    `SELECT transaction_id, global_position${setting}
       FROM checkpoints WHERE subscription_id = $1 FOR UPDATE`,
    [subscription],
  )) as { transaction_id: string; global_position: string }[];
  if (row)
    return { transactionId: row.transaction_id, globalPosition: Number(row.global_position) };
  if (asyncCommit) await connection.query(`SET LOCAL synchronous_commit = off`);
  return initialCheckpoint;
}

const consoleLogger: RunnerLogger = {
  log: () => undefined,
  error: (message, error) => console.error(message, error),
};

/**
 * Keeps one projection up to date. The leader holds a session advisory lock on its own connection
 * and runs every batch on that connection in one transaction: read after the checkpoint with the
 * commit-safe query, apply, compare-and-set the checkpoint. A crash anywhere leaves either the whole
 * batch or none of it. A failing event is isolated by retrying one event at a time, then recorded
 * (status failed) and the projection stops until resumed; connection failures only reconnect.
 */
export class ProjectionRunner {
  private readonly projection: Projection;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly busyPollIntervalMs: number;
  private nextWaitMs: number;
  private readonly reconnectDelayMs: number;
  private readonly logger: RunnerLogger;
  private readonly streamStates: StreamStates;
  private connection: QueryRunner | undefined;
  private leader = false;
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  /** The generation whose tables this connection has made sure of, so a rebuild checks once. */
  private preparedGeneration: number | undefined;
  /** Events left to read one at a time after a batch failed, to find the failing one. */
  private isolating = 0;
  /** The status polled before a batch that found events, reused for the next batches (see poll). */
  private busyStatus: { status: ProjectionStatusRecord; polledAt: number } | undefined;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.projection = options.projection;
    this.batchSize = options.batchSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.busyPollIntervalMs = Math.min(options.busyPollIntervalMs ?? 25, this.pollIntervalMs);
    this.nextWaitMs = this.pollIntervalMs;
    this.reconnectDelayMs = options.reconnectDelayMs ?? 1000;
    this.logger = options.logger ?? consoleLogger;
    this.streamStates = options.streamStates ?? new StreamStates(options.store);
  }

  get name(): string {
    return this.projection.name;
  }

  get isLeader(): boolean {
    return this.leader;
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop();
  }

  /** Ends the loop after the current batch and releases the lock with the connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
    this.running = undefined;
    // catchUp() without start() also holds the lock and its connection.
    await this.dropConnection();
  }

  /**
   * Ends the wait before the next poll (called on a Redis wake-up message), and restarts the backoff
   * from the busy interval: the woken event may not be readable yet (an older transaction still
   * open), and a runner idle for long would otherwise wait its full poll interval before looking again.
   */
  wake(): void {
    this.nextWaitMs = this.busyPollIntervalMs;
    this.wakeUp?.();
  }

  /**
   * Runs batches until the active generation (and a rebuild, if one is pending) is caught up. For
   * tests and tools; the same steps the loop runs. Returns false when it is not the leader.
   */
  async catchUp(): Promise<boolean> {
    if (!(await this.ensureLeader())) return false;
    while ((await this.step()) > 0);
    return true;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        const leader = await this.ensureLeader();
        const applied = leader ? await this.step() : 0;
        // A full batch, or one event of an isolation walk: more is waiting, go on at once.
        if (applied > 0 && (applied >= this.batchSize || this.isolating > 0)) continue;
        if (applied > 0) this.nextWaitMs = this.busyPollIntervalMs;
        await this.sleep(this.nextWaitMs);
        if (applied === 0) this.nextWaitMs = Math.min(this.nextWaitMs * 2, this.pollIntervalMs);
      } catch (error) {
        this.logger.error(`projection ${this.name}: ${(error as Error).message}`, error);
        await this.dropConnection();
        await this.sleep(this.reconnectDelayMs);
      }
    }
    await this.dropConnection();
  }

  private async ensureLeader(): Promise<boolean> {
    if (this.leader && this.connection && !this.connection.isReleased) return true;
    await this.dropConnection();
    const connection = this.options.dataSource.createQueryRunner();
    await connection.connect();
    this.connection = connection;
    const [row] = (await connection.query(
      `SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS locked`,
      [leaderLockNamespace, this.name],
    )) as { locked: boolean }[];
    this.leader = row?.locked === true;
    if (!this.leader) {
      await this.dropConnection();
      return false;
    }
    await this.prepare(connection);
    this.logger.log(`projection ${this.name}: leader`);
    return true;
  }

  /** First start: generation 1, its tables and views; a new version: a rebuild into new tables. */
  private async prepare(connection: QueryRunner): Promise<void> {
    const status = await loadStatus(connection, this.name);
    if (!status) {
      await connection.startTransaction();
      try {
        await createGenerationTables(connection, this.projection, 1);
        await switchViews(connection, this.projection, 1);
        await connection.query(
          `INSERT INTO projection_status (name, status, version, generation)
           VALUES ($1, 'active', $2, 1) ON CONFLICT (name) DO NOTHING`,
          [this.name, this.projection.version],
        );
        await connection.commitTransaction();
      } catch (error) {
        await this.rollback(connection);
        throw error;
      }
      return;
    }
    if (status.version !== this.projection.version && status.buildingGeneration === null) {
      await connection.query(
        `UPDATE projection_status
            SET building_generation = generation + 1, building_version = $2,
                status = 'rebuilding', updated_at = now()
          WHERE name = $1`,
        [this.name, this.projection.version],
      );
    }
  }

  /** One round: a batch of the active generation and one of a pending rebuild. */
  private async step(): Promise<number> {
    const connection = this.requireConnection();
    const polledAt = performance.now();
    const polled = await this.poll(connection, polledAt);
    if (!polled || polled.status.status === 'failed') return 0;
    const { status } = polled;
    let applied = 0;
    // The active tables have the old shape while a new version is being built: leave them frozen.
    if (status.version === this.projection.version && polled.activePending) {
      applied += await this.guardedBatch(connection, status, status.generation);
      const fresh = this.busyStatus?.status !== status;
      if (applied === 0 || status.buildingGeneration !== null) this.busyStatus = undefined;
      else if (fresh) this.busyStatus = { status, polledAt };
    }
    if (status.buildingGeneration !== null) {
      if (status.buildingVersion !== this.projection.version) return applied;
      if (this.preparedGeneration !== status.buildingGeneration) {
        await createGenerationTables(connection, this.projection, status.buildingGeneration);
        this.preparedGeneration = status.buildingGeneration;
      }
      const built = await this.guardedBatch(connection, status, status.buildingGeneration);
      if (built === 0 && (await this.buildHasCaughtUp(connection, status))) {
        await this.switchToBuilt(connection, status, status.buildingGeneration);
      }
      applied += built;
    }
    return applied;
  }

  /**
   * The status and whether the active generation has events to read. While batches keep finding
   * events, a status polled less than a poll interval ago serves without asking again (one round
   * trip fewer a batch): only this leader changes generations or marks a failure, and a rebuild
   * request is seen at most a poll interval later. The next empty batch ends it.
   */
  private async poll(
    connection: QueryRunner,
    now: number,
  ): Promise<{ status: ProjectionStatusRecord; activePending: boolean } | undefined> {
    const busy = this.busyStatus;
    if (busy && now - busy.polledAt < this.pollIntervalMs) {
      return { status: busy.status, activePending: true };
    }
    this.busyStatus = undefined;
    return loadStatusForPoll(connection, this.name);
  }

  private async guardedBatch(
    connection: QueryRunner,
    status: ProjectionStatusRecord,
    generation: number,
  ): Promise<number> {
    try {
      const applied = await this.batch(connection, status, generation);
      if (this.isolating > 0) this.isolating = Math.max(0, this.isolating - applied);
      return applied;
    } catch (error) {
      if (!(error instanceof ProjectionEventError)) throw error;
      if (this.isolating === 0) {
        // The batch failed somewhere: read one event at a time to find which one.
        this.isolating = this.batchSize;
        return this.guardedBatch(connection, status, generation);
      }
      await this.markFailed(connection, error);
      this.isolating = 0;
      return 0;
    }
  }

  private async batch(
    connection: QueryRunner,
    status: ProjectionStatusRecord,
    generation: number,
  ): Promise<number> {
    const subscription = checkpointId(this.projection, generation);
    await connection.startTransaction();
    try {
      // Row lock first: a second runner on this subscription (a lost lock, a manual run) waits
      // here and then reads the moved checkpoint. saveCheckpoint's compare-and-set cannot be relied
      // on alone: through TypeORM an UPDATE answers [rows, count], never an empty list.
      const after = await lockCheckpoint(
        connection,
        subscription,
        this.options.durableCommits === false,
      );
      const limit = this.isolating > 0 ? 1 : this.batchSize;
      const { events, checkpoint } = this.options.sharedReads
        ? await this.options.sharedReads.read(after, limit, connection)
        : await this.options.store.readAll({ after, limit, executor: connection });
      if (events.length === 0) {
        await connection.commitTransaction();
        return 0;
      }
      const relevant = events.filter((event) => this.projection.eventTypes.has(event.type));
      if (relevant.length > 0) {
        try {
          await this.projection.apply(
            relevant,
            projectionContext(this.projection, connection, generation, this.streamStates),
          );
        } catch (error) {
          if (isConnectionError(error)) throw error;
          const [first] = relevant;
          if (!first) throw error;
          // Outside isolation the batch has many events; the runner then retries one at a time.
          throw new ProjectionEventError(first, error);
        }
      }
      const saved = await saveBatchCheckpoint(connection, {
        subscription,
        expected: after,
        next: checkpoint,
        statusOf: generation === status.generation ? this.name : undefined,
      });
      if (!saved) {
        throw new CheckpointMovedError(`checkpoint ${subscription} moved by another runner`);
      }
      await connection.commitTransaction();
      return events.length;
    } catch (error) {
      await this.rollback(connection);
      throw error;
    }
  }

  /**
   * An empty batch may only mean an older transaction still hides newer events: switch when the new
   * generation is at least where the active one is, so readers never see the model go back in time.
   */
  private async buildHasCaughtUp(
    connection: QueryRunner,
    status: ProjectionStatusRecord,
  ): Promise<boolean> {
    if (status.buildingGeneration === null) return false;
    const built = await loadCheckpoint(
      connection,
      checkpointId(this.projection, status.buildingGeneration),
    );
    const active = await loadCheckpoint(
      connection,
      checkpointId(this.projection, status.generation),
    );
    // A frozen active generation (new version) is not applied any more: only the log's head counts.
    if (status.version !== this.projection.version) return true;
    const [row] = (await connection.query(
      `SELECT ($1::xid8, $2::bigint) >= ($3::xid8, $4::bigint) AS done`,
      [built.transactionId, built.globalPosition, active.transactionId, active.globalPosition],
    )) as { done: boolean }[];
    return row?.done === true;
  }

  /** One transaction: views to the new tables, the old generation dropped, status active. */
  private async switchToBuilt(
    connection: QueryRunner,
    status: ProjectionStatusRecord,
    generation: number,
  ): Promise<void> {
    await connection.startTransaction();
    try {
      const [built] = (await connection.query(
        `SELECT global_position FROM checkpoints WHERE subscription_id = $1`,
        [checkpointId(this.projection, generation)],
      )) as { global_position: string }[];
      await switchViews(connection, this.projection, generation);
      await dropGenerationTables(connection, this.projection, status.generation);
      await connection.query(`DELETE FROM checkpoints WHERE subscription_id = $1`, [
        checkpointId(this.projection, status.generation),
      ]);
      await connection.query(
        `UPDATE projection_status
            SET status = 'active', version = building_version, generation = building_generation,
                building_generation = NULL, building_version = NULL, last_position = $2,
                updated_at = now()
          WHERE name = $1 AND building_generation = $3`,
        [this.name, Number(built?.global_position ?? 0), generation],
      );
      await connection.commitTransaction();
      this.logger.log(`projection ${this.name}: switched to generation ${generation}`);
    } catch (error) {
      await this.rollback(connection);
      throw error;
    }
  }

  private async markFailed(connection: QueryRunner, failure: ProjectionEventError): Promise<void> {
    const { event } = failure;
    this.logger.error(
      `projection ${this.name} failed at event ${event.globalPosition} (${event.type})`,
      failure.cause,
    );
    await connection.query(
      `UPDATE projection_status
          SET status = 'failed', failed_position = $2, failed_event_id = $3,
              failed_event_type = $4, error = $5, updated_at = now()
        WHERE name = $1`,
      [this.name, event.globalPosition, event.eventId, event.type, failure.message],
    );
  }

  private requireConnection(): QueryRunner {
    if (!this.connection) throw new Error(`projection ${this.name} has no connection`);
    return this.connection;
  }

  private async rollback(connection: QueryRunner): Promise<void> {
    if (!connection.isTransactionActive) return;
    try {
      await connection.rollbackTransaction();
    } catch (error) {
      // The connection is broken if ROLLBACK fails; the caller drops it and the lock goes with it.
      if (!isConnectionError(error)) throw error;
    }
  }

  private async dropConnection(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    this.leader = false;
    this.preparedGeneration = undefined;
    this.busyStatus = undefined;
    if (!connection || connection.isReleased) return;
    try {
      // The session lock must not outlive leadership on a pooled connection.
      // Only this projection's key: in embedded mode every connection shares one session.
      await connection.query(`SELECT pg_advisory_unlock($1::int, hashtext($2))`, [
        leaderLockNamespace,
        this.name,
      ]);
    } catch (error) {
      if (!isConnectionError(error)) this.logger.error('unlock failed', error);
    }
    await connection.release().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
