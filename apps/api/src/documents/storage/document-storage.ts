import { type Readable } from 'node:stream';
import { type SqlExecutor } from '@greenchain/event-store';

/** A blob as stored: addressed by the SHA-256 of its bytes. */
export interface StoredBlob {
  /** Hex SHA-256 of the bytes written. */
  readonly sha256: string;
  readonly size: number;
  /** The media type found in the first bytes (see DocumentTypes). */
  readonly detectedType: string;
}

/** Whether a blob's bytes still hash to its address. */
export type BlobCondition = 'intact' | 'altered' | 'missing' | 'shredded';

/**
 * Checks what a stream starts with before anything is written: it answers the detected media type,
 * or throws (a refused type) so that nothing is stored.
 */
export type HeadCheck = (head: Buffer) => Promise<string>;

/**
 * Where the bytes of attached files live. One interface for every backend, so the API, the
 * integrity check and erasure never know which one holds them; the catalogue of blobs (hash, size,
 * where, shredded) is always in PostgreSQL, beside the events that record the files.
 */
export interface DocumentStorage {
  /**
   * Streams `source` into storage without holding it whole in memory, refusing it past `maxBytes`
   * (nothing is kept then). A blob already stored under the same hash is reused.
   */
  store(source: Readable, maxBytes: number, checkHead: HeadCheck): Promise<StoredBlob>;
  /** The bytes, chunk by chunk, as stored (not checked: see condition). */
  read(sha256: string): AsyncIterable<Buffer>;
  /** Recomputes the hash of the stored bytes. */
  condition(sha256: string): Promise<BlobCondition>;
  /** Which of these blobs were shredded. */
  shreddedAmong(sha256s: readonly string[]): Promise<ReadonlySet<string>>;
  /** Destroys the bytes of these blobs for an erased subject; their hashes stay on record. */
  shred(sha256s: readonly string[], subjectId: string, executor: SqlExecutor): Promise<number>;
}

export const DOCUMENT_STORAGE = Symbol('DOCUMENT_STORAGE');
