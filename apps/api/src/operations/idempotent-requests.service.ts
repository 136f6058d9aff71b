import { Injectable } from '@nestjs/common';
import { ProblemException } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { CommandKeys } from '../commands/command-keys.service';

/** A claim left unanswered this long (a crashed process) may be taken over by a repeat. */
const abandonedAfterSeconds = 300;

interface StoredRequest {
  request_hash: Buffer;
  response_status: number | null;
  response_body: unknown;
}

/**
 * Idempotency-Key for POSTs that are not event-store commands. The key is claimed per user before
 * the work runs and the answer stored after it: a repeat with the same request gets the stored
 * answer, a repeat while the first still runs gets 409, the same key with another request 422. A
 * failed request releases its key, so the client may retry it.
 */
@Injectable()
export class IdempotentRequests {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: CommandKeys,
  ) {}

  async run<T>(
    userId: string,
    key: string | undefined,
    request: unknown,
    work: () => Promise<T>,
  ): Promise<T> {
    if (key === undefined) return work();
    const hash = this.keys.requestHash('http', 'request', request);
    if (!(await this.claim(userId, key, hash))) return this.replay<T>(userId, key, hash);
    try {
      const answer = await work();
      await this.dataSource.query(
        `UPDATE idempotent_operations SET response_status = 200, response_body = $3
          WHERE user_id = $1 AND key = $2`,
        [userId, key, JSON.stringify(answer ?? null)],
      );
      return answer;
    } catch (error) {
      await this.dataSource.query(
        `DELETE FROM idempotent_operations WHERE user_id = $1 AND key = $2`,
        [userId, key],
      );
      throw error;
    }
  }

  private async claim(userId: string, key: string, hash: Buffer): Promise<boolean> {
    // A SELECT over the data-modifying CTE: TypeORM answers [rows, count] for a top-level UPDATE.
    const claimed = await this.dataSource.query<unknown[]>(
      `WITH fresh AS (
         INSERT INTO idempotent_operations (user_id, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, key) DO NOTHING RETURNING key),
       abandoned AS (
         UPDATE idempotent_operations SET created_at = now()
          WHERE user_id = $1 AND key = $2 AND request_hash = $3 AND response_status IS NULL
            AND created_at < now() - make_interval(secs => $4)
          RETURNING key)
       SELECT key FROM fresh UNION ALL SELECT key FROM abandoned`,
      [userId, key, hash, abandonedAfterSeconds],
    );
    return claimed.length > 0;
  }

  private async replay<T>(userId: string, key: string, hash: Buffer): Promise<T> {
    const [stored] = await this.dataSource.query<StoredRequest[]>(
      `SELECT request_hash, response_status, response_body FROM idempotent_operations
        WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    if (stored && !stored.request_hash.equals(hash)) {
      throw new ProblemException(
        422,
        'command/idempotency-key-reused',
        'This Idempotency-Key was already used for another request.',
        'Idempotency-Key',
      );
    }
    if (!stored || stored.response_status === null) {
      throw new ProblemException(
        409,
        'command/in-flight',
        'A request with this Idempotency-Key is still being processed; retry shortly.',
        'Idempotency-Key',
      );
    }
    return stored.response_body as T;
  }
}
