import { performance } from 'node:perf_hooks';
import type { EventStore } from '@greenchain/event-store';
import type { DataSource, QueryRunner } from 'typeorm';
import { PollingLoop } from '../shared/polling-loop';
import { StreamStates } from '../shared/stream-state-fold';
import { LeaderLease } from './leader-lease';
import type { Projection } from './projection';
import {
  applyBatch,
  ProjectionEventError,
  recordFailure,
  type BatchSource,
} from './projection-batch';
import { buildHasCaughtUp, prepareGenerations, switchToBuilt } from './projection-generations';
import { loadStatusForPoll, type ProjectionStatusRecord } from './projection-status';
import { createGenerationTables } from './projection-tables';
import { consoleLogger, type RunnerLogger } from './runner-logger';
import type { SharedBatchReads } from './shared-batch-reads';

export type { RunnerLogger } from './runner-logger';

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
  /** Told after a round that committed events to the projection (e.g. to wake what reads its rows). */
  readonly onApplied?: () => void;
  /** Shared by the runners of one process, so that each batch of the log is read and decoded once. */
  readonly sharedReads?: SharedBatchReads;
  /**
   * Shared by the runners of one process, so that each stream is folded once for every projection
   * that folds it; defaults to the runner's own.
   */
  readonly streamStates?: StreamStates;
}

/**
 * Keeps one projection up to date: whoever holds the leader lease runs batches of the active
 * generation and of a pending rebuild, one transaction each (see applyBatch). A failing event is
 * isolated by retrying one event at a time, then recorded (status failed) and the projection stops
 * until resumed; connection failures only reconnect.
 */
export class ProjectionRunner {
  private readonly projection: Projection;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly logger: RunnerLogger;
  private readonly source: BatchSource;
  private readonly lease: LeaderLease;
  private readonly loop: PollingLoop;
  /** The generation whose tables this connection has made sure of, so a rebuild checks once. */
  private preparedGeneration: number | undefined;
  /** Events left to read one at a time after a batch failed, to find the failing one. */
  private isolating = 0;
  /** The status polled before a batch that found events, reused for the next batches (see poll). */
  private busyStatus: { status: ProjectionStatusRecord; polledAt: number } | undefined;

  constructor(options: ProjectionRunnerOptions) {
    this.projection = options.projection;
    this.batchSize = options.batchSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.logger = options.logger ?? consoleLogger;
    this.source = {
      store: options.store,
      sharedReads: options.sharedReads,
      streamStates: options.streamStates ?? new StreamStates(options.store),
      durableCommits: options.durableCommits,
    };
    this.lease = new LeaderLease(options.dataSource, this.name, this.logger);
    this.loop = new PollingLoop({
      step: async () => {
        const applied = (await this.ensureLeader()) ? await this.step() : 0;
        if (applied > 0) options.onApplied?.();
        return applied;
      },
      intervalMs: this.pollIntervalMs,
      busyIntervalMs: options.busyPollIntervalMs ?? 25,
      // A full batch, or one event of an isolation walk: more is waiting, go on at once.
      hasMore: (applied) => applied >= this.batchSize || this.isolating > 0,
      onError: async (error) => {
        this.logger.error(`projection ${this.name}: ${(error as Error).message}`, error);
        await this.dropConnection();
      },
      errorDelayMs: options.reconnectDelayMs ?? 1000,
    });
  }

  get name(): string {
    return this.projection.name;
  }

  get isLeader(): boolean {
    return this.lease.isHeld;
  }

  start(): void {
    this.loop.start();
  }

  /** Ends the loop after the current batch and releases the lock with the connection. */
  async stop(): Promise<void> {
    await this.loop.stop();
    // catchUp() without start() also holds the lock and its connection.
    await this.dropConnection();
  }

  /**
   * Ends the wait before the next poll (called on a Redis wake-up message): the woken event may not
   * be readable yet (an older transaction still open), so the backoff starts again from the busy
   * interval.
   */
  wake(): void {
    this.loop.wake();
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

  private async ensureLeader(): Promise<boolean> {
    const lease = await this.lease.acquire();
    if (!lease) {
      await this.dropConnection();
      return false;
    }
    if (!lease.fresh) return true;
    this.forgetConnectionState();
    await prepareGenerations(lease.connection, this.projection);
    this.logger.log(`projection ${this.name}: leader`);
    return true;
  }

  /** One round: a batch of the active generation and one of a pending rebuild. */
  private async step(): Promise<number> {
    const connection = this.lease.connection;
    if (!connection) throw new Error(`projection ${this.name} has no connection`);
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
    if (status.buildingGeneration !== null) applied += await this.buildStep(connection, status);
    return applied;
  }

  /** A batch of the generation being built, and the switch to it once it has caught up. */
  private async buildStep(
    connection: QueryRunner,
    status: ProjectionStatusRecord,
  ): Promise<number> {
    const generation = status.buildingGeneration;
    if (generation === null || status.buildingVersion !== this.projection.version) return 0;
    if (this.preparedGeneration !== generation) {
      await createGenerationTables(connection, this.projection, generation);
      this.preparedGeneration = generation;
    }
    const built = await this.guardedBatch(connection, status, generation);
    if (built === 0 && (await buildHasCaughtUp(connection, this.projection, status))) {
      await switchToBuilt(connection, this.projection, status, generation);
      this.logger.log(`projection ${this.name}: switched to generation ${generation}`);
    }
    return built;
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
      const applied = await applyBatch(connection, this.source, {
        projection: this.projection,
        generation,
        isActive: generation === status.generation,
        limit: this.isolating > 0 ? 1 : this.batchSize,
      });
      if (this.isolating > 0) this.isolating = Math.max(0, this.isolating - applied);
      return applied;
    } catch (error) {
      if (!(error instanceof ProjectionEventError)) throw error;
      if (this.isolating === 0) {
        // The batch failed somewhere: read one event at a time to find which one.
        this.isolating = this.batchSize;
        return this.guardedBatch(connection, status, generation);
      }
      this.logger.error(
        `projection ${this.name} failed at event ${error.event.globalPosition} (${error.event.type})`,
        error.cause,
      );
      await recordFailure(connection, this.name, error);
      this.isolating = 0;
      return 0;
    }
  }

  private forgetConnectionState(): void {
    this.preparedGeneration = undefined;
    this.busyStatus = undefined;
  }

  private async dropConnection(): Promise<void> {
    this.forgetConnectionState();
    await this.lease.release();
  }
}
