import { Injectable } from '@nestjs/common';
import { type SqlExecutor } from '@greenchain/event-store';
import { ProblemException } from '@greenchain/platform';
import { DataSource } from 'typeorm';

/** A stored blob's catalogue row: which backend holds its bytes, and where. */
export interface CataloguedBlob {
  readonly backend: 'postgres' | 's3';
  readonly location: string;
  readonly chunk_count: number;
  readonly shredded: boolean;
}

/** An upload of bytes once shredded: they are not taken back in under the hash they had. */
export const contentErased = () =>
  new ProblemException(
    422,
    'document/content-erased',
    'These bytes were shredded when a person was erased; they are not stored again.',
    'file',
  );

/**
 * The catalogue of blobs in PostgreSQL (`document_blobs`, `document_blob_shreds`), whatever
 * backend holds the bytes: every backend reads and records hashes, sizes and shreds the same way.
 */
@Injectable()
export class DocumentBlobCatalogue {
  constructor(private readonly dataSource: DataSource) {}

  async find(sha256: string): Promise<CataloguedBlob | undefined> {
    const rows = await this.dataSource.query<CataloguedBlob[]>(
      `SELECT b.backend, b.location, b.chunk_count, s.sha256 IS NOT NULL AS shredded
         FROM document_blobs b LEFT JOIN document_blob_shreds s ON s.sha256 = b.sha256
        WHERE b.sha256 = $1`,
      [Buffer.from(sha256, 'hex')],
    );
    return rows[0];
  }

  async shreddedAmong(sha256s: readonly string[]): Promise<ReadonlySet<string>> {
    const rows = await this.dataSource.query<{ sha256: Buffer }[]>(
      'SELECT sha256 FROM document_blob_shreds WHERE sha256 = ANY($1)',
      [sha256s.map((sha256) => Buffer.from(sha256, 'hex'))],
    );
    return new Set(rows.map((row) => row.sha256.toString('hex')));
  }

  /**
   * Records the shreds of these blobs on `executor` (the erasure's transaction); answers how many
   * were newly shredded and where the given backend kept every one of them.
   */
  async recordShreds(
    sha256s: readonly string[],
    subjectId: string,
    backend: CataloguedBlob['backend'],
    executor: SqlExecutor,
  ): Promise<{ shredded: number; locations: string[] }> {
    const digests = sha256s.map((sha256) => Buffer.from(sha256, 'hex'));
    const [counted] = (await executor.query(
      `WITH shredded AS (
         INSERT INTO document_blob_shreds (sha256, subject_id)
         SELECT sha256, $2 FROM document_blobs WHERE sha256 = ANY($1)
         ON CONFLICT (sha256) DO NOTHING
         RETURNING sha256)
       SELECT count(*)::int AS shredded FROM shredded`,
      [digests, subjectId],
    )) as { shredded: number }[];
    const rows = (await executor.query(
      'SELECT location FROM document_blobs WHERE sha256 = ANY($1) AND backend = $2',
      [digests, backend],
    )) as { location: string }[];
    return { shredded: counted?.shredded ?? 0, locations: rows.map((row) => row.location) };
  }
}
