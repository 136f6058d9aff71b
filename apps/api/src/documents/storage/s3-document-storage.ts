import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { type OnApplicationShutdown } from '@nestjs/common';
import { type SqlExecutor } from '@greenchain/event-store';
import { blobKey, type DocumentObjects, ProblemException, stagingKey } from '@greenchain/platform';
import { type DataSource } from 'typeorm';
import { chunksOf } from './chunked-source';
import { contentErased, type DocumentBlobCatalogue } from './document-blob-catalogue';
import {
  type BlobCondition,
  type DocumentStorage,
  type HeadCheck,
  type StoredBlob,
} from './document-storage';

/**
 * Blobs in an S3-compatible object store (DOCUMENT_STORAGE=s3). A file streams, hashed on the way,
 * to an object under its upload's random id (the hash is known only at its end), is copied to the
 * key its SHA-256 names, and the upload's object is deleted; the catalogue row in PostgreSQL says
 * it is there. Bytes already stored under the same hash are reused.
 */
export class S3DocumentStorage implements DocumentStorage, OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalogue: DocumentBlobCatalogue,
    private readonly objects: DocumentObjects,
  ) {}

  onApplicationShutdown(): void {
    this.objects.close();
  }

  async store(source: Readable, maxBytes: number, checkHead: HeadCheck): Promise<StoredBlob> {
    const staging = stagingKey(randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    let detectedType: string | undefined;
    let refusal: unknown;
    async function* checked(): AsyncGenerator<Buffer> {
      try {
        for await (const chunk of chunksOf(source, maxBytes)) {
          // The first chunk holds the whole head any type detection reads: refuse before sending.
          detectedType ??= await checkHead(chunk);
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      } catch (error) {
        refusal = error;
        throw error;
      }
    }
    try {
      const body = Readable.from(checked(), { objectMode: false });
      // A refusal mid-stream aborts the multipart upload; if the abort fails too, the refusal is
      // still what the sender is told.
      await this.objects.put(staging, body).catch((error: unknown) => {
        throw refusal ?? error;
      });
      if (detectedType === undefined) {
        throw new ProblemException(422, 'document/empty', 'The file is empty.', 'file');
      }
      const sha256 = hash.digest('hex');
      await this.keep(staging, sha256, size);
      return { sha256, size, detectedType };
    } finally {
      // Refused, failed or copied: the upload's own object goes in every case.
      await this.objects.delete(staging);
    }
  }

  async *read(sha256: string): AsyncGenerator<Buffer> {
    const blob = await this.catalogue.find(sha256);
    if (!blob || blob.shredded || blob.backend !== 's3') return;
    const body = await this.objects.get(blob.location);
    // A missing object ends the stream empty, which the caller's hash check reports.
    if (!body) return;
    for await (const piece of body) yield Buffer.from(piece);
  }

  async condition(sha256: string): Promise<BlobCondition> {
    const blob = await this.catalogue.find(sha256);
    if (!blob || blob.backend !== 's3') return 'missing';
    if (blob.shredded) return 'shredded';
    const body = await this.objects.get(blob.location);
    if (!body) return 'missing';
    const hash = createHash('sha256');
    for await (const piece of body) hash.update(piece);
    return hash.digest('hex') === sha256 ? 'intact' : 'altered';
  }

  shreddedAmong(sha256s: readonly string[]): Promise<ReadonlySet<string>> {
    return this.catalogue.shreddedAmong(sha256s);
  }

  /**
   * Records the shreds in the erasure's transaction, then deletes the objects. They go before that
   * transaction commits: an erasure that then fails leaves the files `missing` rather than a
   * person's photograph kept; its retry records the shreds.
   */
  async shred(sha256s: readonly string[], subjectId: string, executor: SqlExecutor) {
    if (sha256s.length === 0) return 0;
    const { shredded, locations } = await this.catalogue.recordShreds(
      sha256s,
      subjectId,
      's3',
      executor,
    );
    for (const location of locations) await this.objects.delete(location);
    return shredded;
  }

  /** The uploaded bytes under their hash, unless stored already (or shredded: refused). */
  private async keep(staging: string, sha256: string, size: number): Promise<void> {
    const existing = await this.catalogue.find(sha256);
    if (existing?.shredded) throw contentErased();
    if (existing) return;
    const key = blobKey(sha256);
    await this.objects.copy(staging, key);
    await this.dataSource.query(
      `INSERT INTO document_blobs (sha256, size, backend, location, chunk_count)
       VALUES ($1, $2, 's3', $3, 0)
       ON CONFLICT (sha256) DO NOTHING`,
      [Buffer.from(sha256, 'hex'), size, key],
    );
  }
}
