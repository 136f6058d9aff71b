import {
  initialCheckpoint,
  type Checkpoint,
  type EventStore,
  type RecordedEvent,
} from '@greenchain/event-store';
import type { QueryRunner } from 'typeorm';
import type { StreamStates } from '../shared/stream-state-fold';
import { saveBatchCheckpoint } from './batch-checkpoint';
import { isConnectionError } from './connection-errors';
import { inTransaction } from './in-transaction';
import type { Projection } from './projection';
import type { SharedBatchReads } from './shared-batch-reads';
import { checkpointId, projectionContext } from './projection-tables';

/** Another runner moved the checkpoint during this batch: roll back, it is that runner's work. */
class CheckpointMovedError extends Error {}

/** The projection threw on an event of the batch (not a connection failure). */
export class ProjectionEventError extends Error {
  constructor(
    readonly event: RecordedEvent,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export interface BatchSource {
  readonly store: EventStore;
  readonly sharedReads?: SharedBatchReads;
  readonly streamStates: StreamStates;
  /** False: commit without waiting for the WAL flush (see ProjectionRunnerOptions). */
  readonly durableCommits?: boolean;
}

export interface BatchTarget {
  readonly projection: Projection;
  readonly generation: number;
  /** The active generation's batches move the position projection_status reports. */
  readonly isActive: boolean;
  readonly limit: number;
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

/**
 * One transaction on the leader's connection: read after the checkpoint with the commit-safe
 * query, apply, compare-and-set the checkpoint. A crash anywhere leaves the whole batch or none of
 * it. Returns the number of events read (relevant to the projection or not).
 */
export async function applyBatch(
  connection: QueryRunner,
  source: BatchSource,
  { projection, generation, isActive, limit }: BatchTarget,
): Promise<number> {
  const subscription = checkpointId(projection, generation);
  return inTransaction(connection, async () => {
    // Row lock first: a second runner on this subscription (a lost lock, a manual run) waits
    // here and then reads the moved checkpoint. saveCheckpoint's compare-and-set cannot be relied
    // on alone: through TypeORM an UPDATE answers [rows, count], never an empty list.
    const after = await lockCheckpoint(connection, subscription, source.durableCommits === false);
    const { events, checkpoint } = source.sharedReads
      ? await source.sharedReads.read(after, limit, connection)
      : await source.store.readAll({ after, limit, executor: connection });
    if (events.length === 0) return 0;
    const relevant = events.filter((event) => projection.eventTypes.has(event.type));
    if (relevant.length > 0) {
      try {
        await projection.apply(
          relevant,
          projectionContext(projection, connection, generation, source.streamStates),
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
      statusOf: isActive ? projection.name : undefined,
    });
    if (!saved) {
      throw new CheckpointMovedError(`checkpoint ${subscription} moved by another runner`);
    }
    return events.length;
  });
}

/** Stops the projection at the failing event until someone resumes it. */
export async function recordFailure(
  connection: QueryRunner,
  name: string,
  { event, message }: ProjectionEventError,
): Promise<void> {
  await connection.query(
    `UPDATE projection_status
        SET status = 'failed', failed_position = $2, failed_event_id = $3,
            failed_event_type = $4, error = $5, updated_at = now()
      WHERE name = $1`,
    [name, event.globalPosition, event.eventId, event.type, message],
  );
}
