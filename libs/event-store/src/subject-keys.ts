import { SubjectErasedError } from './errors/subject-erased.error';
import { newSubjectKey, unwrapSubjectKey, wrapSubjectKey } from './personal-data-cipher';
import { queryRows, type SqlExecutor } from './sql-executor';

/** Bounds the retries of provide(); the second pass always suffices. */
const maxProvidePasses = 3;

interface SubjectKeyRow {
  subject_id: string;
  wrapped_key: Buffer | null;
}

/**
 * Data subjects' keys, wrapped by the master key in `subject_keys`. Keys are not cached between calls:
 * once a subject is erased, no process may keep decrypting its data.
 */
export class SubjectKeys {
  constructor(private readonly masterKey: Buffer) {}

  /** Unwrapped keys by subject id; null for erased or unknown subjects. */
  async load(
    executor: SqlExecutor,
    subjectIds: Iterable<string>,
  ): Promise<Map<string, Buffer | null>> {
    const ids = [...subjectIds];
    const keys = new Map<string, Buffer | null>(ids.map((id) => [id, null]));
    if (ids.length === 0) return keys;
    const rows = await queryRows<SubjectKeyRow>(
      executor,
      `SELECT subject_id, wrapped_key FROM subject_keys WHERE subject_id = ANY($1::text[])`,
      [ids],
    );
    for (const row of rows) {
      keys.set(row.subject_id, row.wrapped_key && this.unwrap(row.subject_id, row.wrapped_key));
    }
    return keys;
  }

  /**
   * Keys for new personal data, created for first-seen subjects, in one round trip (this runs before
   * the append, which cannot carry it: the digest it chains covers the ciphertext). Run it outside the
   * append's transaction: it writes, and the append must take its stream lock before the first write.
   */
  async provide(executor: SqlExecutor, subjectIds: Iterable<string>): Promise<Map<string, Buffer>> {
    const usable = new Map<string, Buffer>();
    let missing = [...subjectIds];
    // A key another transaction commits while our statement runs is neither inserted by us nor in our
    // snapshot; the next statement sees it (keys are never deleted, so a second pass finds them all).
    for (let pass = 0; missing.length > 0; pass += 1) {
      if (pass === maxProvidePasses)
        throw new Error(`no key found for subjects ${missing.join(', ')}`);
      for (const row of await this.createOrFind(executor, missing)) {
        if (!row.wrapped_key) throw new SubjectErasedError(row.subject_id);
        usable.set(row.subject_id, this.unwrap(row.subject_id, row.wrapped_key));
      }
      missing = missing.filter((id) => !usable.has(id));
    }
    return usable;
  }

  private createOrFind(executor: SqlExecutor, ids: readonly string[]): Promise<SubjectKeyRow[]> {
    return queryRows<SubjectKeyRow>(
      executor,
      `WITH created AS (
         INSERT INTO subject_keys (subject_id, wrapped_key)
         SELECT * FROM unnest($1::text[], $2::bytea[]) ON CONFLICT (subject_id) DO NOTHING
         RETURNING subject_id, wrapped_key
       )
       SELECT subject_id, wrapped_key FROM created
       UNION ALL
       SELECT subject_id, wrapped_key FROM subject_keys WHERE subject_id = ANY($1::text[])`,
      [ids, ids.map((id) => wrapSubjectKey(this.masterKey, id, newSubjectKey()))],
    );
  }

  /** Which of these subjects have been erased. */
  async erased(executor: SqlExecutor, subjectIds: Iterable<string>): Promise<Set<string>> {
    const rows = await queryRows<{ subject_id: string }>(
      executor,
      `SELECT subject_id FROM subject_keys
        WHERE subject_id = ANY($1::text[]) AND erased_at IS NOT NULL`,
      [[...subjectIds]],
    );
    return new Set(rows.map((row) => row.subject_id));
  }

  /**
   * Crypto-shredding: destroys the subject's key so its stored personal values can never be read
   * again; a subject never seen gets a tombstone so no personal data can be stored for it later.
   */
  async erase(executor: SqlExecutor, subjectId: string): Promise<void> {
    await executor.query(
      `INSERT INTO subject_keys (subject_id, wrapped_key, erased_at) VALUES ($1, NULL, now())
       ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, erased_at = now()
       WHERE subject_keys.erased_at IS NULL`,
      [subjectId],
    );
  }

  private unwrap(subjectId: string, wrapped: Buffer): Buffer {
    return unwrapSubjectKey(this.masterKey, subjectId, wrapped);
  }
}
