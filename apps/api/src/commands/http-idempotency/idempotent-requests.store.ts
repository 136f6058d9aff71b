import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long a key is remembered; a retry after that is a new request. */
const retentionHours = 24;
/** More than one, so forgetting outpaces remembering. */
const expiredPerCompletion = 10;
/** A claim this old with no response belongs to a request that died: the next retry takes it. */
const abandonedAfterSeconds = 60;

export type Claim =
  | { readonly state: 'claimed' }
  | { readonly state: 'in-flight' }
  | { readonly state: 'reused' }
  | { readonly state: 'done'; readonly salt: Buffer; readonly response: Buffer };

interface StoredRow {
  request_hash: Buffer;
  salt: Buffer;
  response: Buffer | null;
}

/** The idempotent_requests table: claim a key, then record its response or give the claim up. */
@Injectable()
export class IdempotentRequestsStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims the key for this request, or says what became of an earlier one with the same key. */
  async claim(keyHash: Buffer, requestHash: Buffer, salt: Buffer): Promise<Claim> {
    const claimed = await this.dataSource.query<unknown[]>(
      `INSERT INTO idempotent_requests AS existing (key_hash, request_hash, salt)
       VALUES ($1, $2, $3)
       ON CONFLICT (key_hash) DO UPDATE
          SET request_hash = excluded.request_hash, salt = excluded.salt, response = NULL,
              created_at = now(), completed_at = NULL
        WHERE existing.created_at < now() - make_interval(hours => $4)
           OR (existing.completed_at IS NULL
               AND existing.created_at < now() - make_interval(secs => $5))
       RETURNING 1`,
      [keyHash, requestHash, salt, retentionHours, abandonedAfterSeconds],
    );
    if (claimed.length > 0) return { state: 'claimed' };
    const [row] = await this.dataSource.query<StoredRow[]>(
      `SELECT request_hash, salt, response FROM idempotent_requests WHERE key_hash = $1`,
      [keyHash],
    );
    // Gone between the two statements: its request failed and gave the claim up; retry shortly.
    if (row === undefined) return { state: 'in-flight' };
    if (!row.request_hash.equals(requestHash)) return { state: 'reused' };
    if (row.response === null) return { state: 'in-flight' };
    return { state: 'done', salt: row.salt, response: row.response };
  }

  /** Records the response; each completion also forgets a few expired keys, so the table stays small. */
  async complete(keyHash: Buffer, response: Buffer): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotent_requests SET response = $2, completed_at = now() WHERE key_hash = $1`,
      [keyHash, response],
    );
    await this.dataSource.query(
      `DELETE FROM idempotent_requests WHERE key_hash IN (
         SELECT key_hash FROM idempotent_requests
          WHERE created_at < now() - make_interval(hours => $1)
          ORDER BY created_at LIMIT $2)`,
      [retentionHours, expiredPerCompletion],
    );
  }

  /** A failed request leaves nothing to replay: the same key may try again. */
  async release(keyHash: Buffer): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotent_requests WHERE key_hash = $1 AND completed_at IS NULL`,
      [keyHash],
    );
  }
}
