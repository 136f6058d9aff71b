import { createHash, randomUUID } from 'node:crypto';
import { type Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { type SqlExecutor } from '@greenchain/event-store';
import { ProblemException } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { chunksOf } from './chunked-source';
import { contentErased, DocumentBlobCatalogue } from './document-blob-catalogue';
import {
  type BlobCondition,
  type DocumentStorage,
  type HeadCheck,
  type StoredBlob,
} from './document-storage';

/**
 * Blobs in PostgreSQL (the default): chunks of 256 KiB under the upload that wrote them, then one
 * catalogue row under the SHA-256 once the stream has ended. Everything is in the application's
 * database, so the embedded mode and a database backup hold the files with their events.
 */
@Injectable()
export class PostgresDocumentStorage implements DocumentStorage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: DocumentBlobCatalogue,
  ) {}

  async store(source: Readable, maxBytes: number, checkHead: HeadCheck): Promise<StoredBlob> {
    const uploadId = randomUUID();
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    let detectedType: string | undefined;
    try {
      for await (const chunk of chunksOf(source, maxBytes)) {
        // The first chunk holds the whole head any type detection reads: refuse before writing.
        detectedType ??= await checkHead(chunk);
        hash.update(chunk);
        size += chunk.length;
        await this.dataSource.query(
          'INSERT INTO document_chunks (upload_id, seq, bytes) VALUES ($1, $2, $3)',
          [uploadId, seq, chunk],
        );
        seq += 1;
      }
    } catch (error) {
      await this.discard(uploadId);
      throw error;
    }
    if (detectedType === undefined) {
      throw new ProblemException(422, 'document/empty', 'The file is empty.', 'file');
    }
    const digest = hash.digest();
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO document_blobs (sha256, size, backend, location, chunk_count)
       VALUES ($1, $2, 'postgres', $3, $4)
       ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
      [digest, size, uploadId, seq],
    );
    if (inserted.length === 0) await this.reuse(digest, uploadId);
    return { sha256: digest.toString('hex'), size, detectedType };
  }

  async *read(sha256: string): AsyncGenerator<Buffer> {
    const blob = await this.catalogue.find(sha256);
    if (!blob || blob.shredded || blob.backend !== 'postgres') return;
    for (let seq = 0; seq < blob.chunk_count; seq += 1) {
      const rows = await this.dataSource.query<{ bytes: Buffer }[]>(
        'SELECT bytes FROM document_chunks WHERE upload_id = $1 AND seq = $2',
        [blob.location, seq],
      );
      const chunk = rows[0]?.bytes;
      // A missing chunk ends the stream short, which the caller's hash check reports.
      if (!chunk) return;
      yield chunk;
    }
  }

  async condition(sha256: string): Promise<BlobCondition> {
    const blob = await this.catalogue.find(sha256);
    if (!blob || blob.backend !== 'postgres') return 'missing';
    if (blob.shredded) return 'shredded';
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of this.read(sha256)) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    // A blob is never empty: no byte at all means its chunks are gone, not changed.
    if (bytes === 0) return 'missing';
    return hash.digest('hex') === sha256 ? 'intact' : 'altered';
  }

  shreddedAmong(sha256s: readonly string[]): Promise<ReadonlySet<string>> {
    return this.catalogue.shreddedAmong(sha256s);
  }

  async shred(sha256s: readonly string[], subjectId: string, executor: SqlExecutor) {
    if (sha256s.length === 0) return 0;
    const digests = sha256s.map((sha256) => Buffer.from(sha256, 'hex'));
    const rows = (await executor.query(
      `WITH shredded AS (
         INSERT INTO document_blob_shreds (sha256, subject_id)
         SELECT sha256, $2 FROM document_blobs WHERE sha256 = ANY($1)
         ON CONFLICT (sha256) DO NOTHING
         RETURNING sha256
       ), gone AS (
         DELETE FROM document_chunks
          WHERE upload_id IN (SELECT location::uuid FROM document_blobs
                               WHERE sha256 = ANY($1) AND backend = 'postgres')
         RETURNING 1
       )
       SELECT count(*)::int AS shredded FROM shredded`,
      [digests, subjectId],
    )) as { shredded: number }[];
    return rows[0]?.shredded ?? 0;
  }

  /**
   * The same bytes are stored already: this upload's chunks go. Bytes shredded on an erasure are
   * not taken back in under the hash they had.
   */
  private async reuse(digest: Buffer, uploadId: string): Promise<void> {
    await this.discard(uploadId);
    const existing = await this.catalogue.find(digest.toString('hex'));
    if (existing?.shredded) throw contentErased();
  }

  private async discard(uploadId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM document_chunks WHERE upload_id = $1', [uploadId]);
  }
}
