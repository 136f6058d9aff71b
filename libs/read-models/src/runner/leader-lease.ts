import type { DataSource, QueryRunner } from 'typeorm';
import { isConnectionError } from './connection-errors';
import type { RunnerLogger } from './runner-logger';

/** Advisory lock namespace of projection leaders (the key is hashtext of the projection name). */
const leaderLockNamespace = 0x67630001;

/**
 * Leadership of one projection: a session advisory lock held on a connection of its own, which
 * the leader runs every batch on. Losing the connection loses the lock, so no second leader can
 * apply batches while this one believes it leads.
 */
export class LeaderLease {
  private held: QueryRunner | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly name: string,
    private readonly logger: RunnerLogger,
  ) {}

  /** The lease's connection while the lock is held on it. */
  get connection(): QueryRunner | undefined {
    return this.held && !this.held.isReleased ? this.held : undefined;
  }

  get isHeld(): boolean {
    return this.held !== undefined;
  }

  /** Takes the lock on a new connection unless it is held already; undefined when another leads. */
  async acquire(): Promise<{ connection: QueryRunner; fresh: boolean } | undefined> {
    const current = this.connection;
    if (current) return { connection: current, fresh: false };
    await this.release();
    const connection = this.dataSource.createQueryRunner();
    let locked = false;
    try {
      await connection.connect();
      const [row] = (await connection.query(
        `SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS locked`,
        [leaderLockNamespace, this.name],
      )) as { locked: boolean }[];
      locked = row?.locked === true;
    } finally {
      if (!locked) await connection.release().catch(() => undefined);
    }
    if (!locked) return undefined;
    this.held = connection;
    return { connection, fresh: true };
  }

  /** Unlocks and returns the connection to the pool. */
  async release(): Promise<void> {
    const connection = this.held;
    this.held = undefined;
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
}
