import { DatabaseError } from 'pg';
import type { DataSource } from 'typeorm';
import { appendAlone, type AppendCall, type AppendResult } from './append-call';
import { batchStatement } from './batch-statement';
import { CommandIdReusedError, CommandInFlightError } from './errors/idempotency.errors';
import { StreamVersionConflictError } from './errors/stream-version-conflict.error';
import { queryPooled } from './sql-executor';

/**
 * Batches in flight at once; appends that arrive while all are busy wait for the next one. One batch
 * would put the most appends in each commit, but then one backend at a time carries the whole load:
 * in paired runs at 16 writers on the two shared cores, one in flight reached 55-56% of pgbench, three
 * or four 68-90%, and eight no more than four.
 */
const maxBatchesInFlight = 4;
/** Bounds one transaction's size (and how long its stream locks are held). */
const maxBatchSize = 100;
/** A wave is split only into batches this large, which still run set-based (see batchStatement). */
const minSplitBatchSize = 8;

export interface GroupCommitOptions {
  /**
   * How many batches one wave of appends (those waiting at the same turn) is split into, so that as
   * many backends share the cores; each keeps at least 8 appends. Default 1: on the loaded two-core
   * machine two batches of 8 cost 25-30% more CPU per append than one of 16 and gave no more appends/s
   * (ADR 0002); on an idle machine two may pay, which the benchmark can try.
   */
  readonly batchesPerWave?: number;
}

interface Waiting {
  readonly call: AppendCall;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/** What the batch function says of each append; busy means its stream was locked elsewhere. */
type Outcome = 'appended' | 'replayed' | 'conflict' | 'reused' | 'in_flight' | 'busy';

interface OutcomeRow {
  outcome: Outcome;
  new_version: string | null;
  new_positions: string[] | null;
}

/**
 * Group commit: appends that arrive in the same event-loop turn, or while every batch is in flight, go
 * together in one batch function call (see batchStatement): one round trip and one WAL flush for all.
 * Each caller still gets exactly its own result or error. The batch never waits for a lock, so a hot
 * stream or a caller's open transaction holds up only the appends that need it: those come back busy
 * and run alone, outside the batch.
 */
export class GroupCommit {
  private readonly waiting: Waiting[] = [];
  private batchesInFlight = 0;
  private drainScheduled = false;
  private readonly batchesPerWave: number;

  constructor(
    private readonly dataSource: DataSource,
    options: GroupCommitOptions = {},
  ) {
    this.batchesPerWave = options.batchesPerWave ?? 1;
  }

  append(call: AppendCall): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ call, resolve, reject });
      this.scheduleDrain();
    });
  }

  /** Deferred to the next turn so callers released by the previous batch join the next one. */
  private scheduleDrain(): void {
    if (this.drainScheduled || this.batchesInFlight >= maxBatchesInFlight) return;
    this.drainScheduled = true;
    setImmediate(() => {
      this.drainScheduled = false;
      let parts = Math.min(
        maxBatchesInFlight - this.batchesInFlight,
        this.batchesPerWave,
        Math.max(1, Math.floor(this.waiting.length / minSplitBatchSize)),
      );
      for (; parts > 0; parts -= 1) {
        const size = Math.min(maxBatchSize, Math.ceil(this.waiting.length / parts));
        this.start(this.waiting.splice(0, size));
      }
      if (this.waiting.length > 0) this.scheduleDrain();
    });
  }

  private start(batch: readonly Waiting[]): void {
    this.batchesInFlight += 1;
    void this.commit(batch).finally(() => {
      this.batchesInFlight -= 1;
      if (this.waiting.length > 0) this.scheduleDrain();
    });
  }

  private async commit(batch: readonly Waiting[]): Promise<void> {
    const appends = batch.map(({ call }) => ({
      ...call,
      requestHash: call.requestHash?.toString('hex') ?? null,
    }));
    let rows: OutcomeRow[];
    try {
      rows = await queryPooled<OutcomeRow>(this.dataSource, batchStatement(appends), [
        JSON.stringify(appends),
      ]);
    } catch (error) {
      // The server refused the statement, so the whole batch rolled back (e.g. one malformed event
      // id): each append then runs alone and only the faulty one fails. Any other error (a lost
      // connection) leaves the commit unknown, so every caller gets it, as it would alone.
      if (error instanceof DatabaseError) for (const waiting of batch) this.runAlone(waiting);
      else for (const waiting of batch) waiting.reject(error);
      return;
    }
    batch.forEach((waiting, index) => {
      const row = rows[index];
      if (!row) waiting.reject(new Error('the batch function returned too few rows'));
      else if (row.outcome === 'busy') this.runAlone(waiting);
      else settle(waiting, row.outcome, row);
    });
  }

  /** Not awaited: an append waiting for its stream lock must not hold up the next batch. */
  private runAlone({ call, resolve, reject }: Waiting): void {
    appendAlone(call, this.dataSource).then(resolve, reject);
  }
}

function settle(
  { call, resolve, reject }: Waiting,
  outcome: Exclude<Outcome, 'busy'>,
  row: OutcomeRow,
): void {
  const version = Number(row.new_version);
  const commandId = call.commandId ?? '';
  switch (outcome) {
    case 'appended':
    case 'replayed':
      resolve({
        streamVersion: version,
        globalPositions: (row.new_positions ?? []).map(Number),
        replayed: outcome === 'replayed',
      });
      return;
    case 'conflict':
      reject(new StreamVersionConflictError(call.streamId, call.expectedVersion, version));
      return;
    case 'reused':
      reject(new CommandIdReusedError(commandId));
      return;
    case 'in_flight':
      reject(new CommandInFlightError(commandId));
  }
}
