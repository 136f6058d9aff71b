import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  allMigrations,
  blobKey,
  DocumentObjects,
  ProblemException,
  stagingKey,
} from '@greenchain/platform';
import {
  createTestDatabase,
  startS3TestServer,
  type S3TestServer,
  type TestDatabase,
} from '@greenchain/testing';
import { type DataSource } from 'typeorm';
import { sweepInterruptedObjects } from '../../../../worker/src/jobs/interrupted-object-uploads';
import { sweepInterruptedUploads } from '../../../../worker/src/jobs/interrupted-uploads';
import { DocumentBlobCatalogue } from './document-blob-catalogue';
import { type DocumentStorage } from './document-storage';
import { PostgresDocumentStorage } from './postgres-document-storage';
import { S3DocumentStorage } from './s3-document-storage';

const maxBytes = 8 * 1024 * 1024;
const jpegHead = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
/** A file of its own (content addressing would merge equal ones), starting like a JPEG. */
const file = (size = 600_000) => Buffer.concat([jpegHead, randomBytes(size - jpegHead.length)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The type check of the API, reduced to what these tests need: JPEG or refused. */
const jpegOnly = (head: Buffer) =>
  head.subarray(0, 3).equals(jpegHead.subarray(0, 3))
    ? Promise.resolve('image/jpeg')
    : Promise.reject(new ProblemException(415, 'document/type-not-allowed', 'not a JPEG', 'file'));
/** The bytes in pieces of uneven sizes, as a network delivers them. */
const streamed = (bytes: Buffer) => {
  const pieces: Buffer[] = [];
  for (let at = 0, step = 1; at < bytes.length; at += step, step = (step * 7) % 70_001) {
    pieces.push(bytes.subarray(at, at + step));
  }
  return Readable.from(pieces);
};
const readAll = async (storage: DocumentStorage, digest: string) => {
  const pieces: Buffer[] = [];
  for await (const piece of storage.read(digest)) pieces.push(piece);
  return Buffer.concat(pieces);
};
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

/** What differs between backends: how a test reaches behind the storage to break or inspect it. */
interface Backend {
  readonly storage: DocumentStorage;
  /** Changes one stored byte of the blob. */
  tamper(digest: string): Promise<void>;
  /** Removes the blob's bytes behind the storage's back. */
  lose(digest: string): Promise<void>;
  /** Leaves what a process killed mid-upload leaves. */
  interruptUpload(): Promise<void>;
  /** Sweeps interrupted uploads as the worker would at `now`, with a grace of 24 hours. */
  sweep(now: Date): Promise<number>;
  /** Uploads in progress or interrupted: chunks or objects not (yet) under a hash. */
  uploadsLeft(): Promise<number>;
  close(): Promise<void>;
}

async function postgresBackend(dataSource: DataSource): Promise<Backend> {
  const catalogue = new DocumentBlobCatalogue(dataSource);
  const orphans = `SELECT count(DISTINCT upload_id)::int AS n FROM document_chunks c
    WHERE NOT EXISTS (SELECT 1 FROM document_blobs b WHERE b.location = c.upload_id::text)`;
  return Promise.resolve({
    storage: new PostgresDocumentStorage(dataSource, catalogue),
    async tamper(digest) {
      await dataSource.query(
        `UPDATE document_chunks SET bytes = overlay(bytes PLACING '\\x00'::bytea FROM 5000 FOR 1)
          WHERE upload_id = (SELECT location::uuid FROM document_blobs WHERE sha256 = $1) AND seq = 0`,
        [Buffer.from(digest, 'hex')],
      );
    },
    async lose(digest) {
      await dataSource.query(
        'DELETE FROM document_chunks WHERE upload_id = (SELECT location::uuid FROM document_blobs WHERE sha256 = $1)',
        [Buffer.from(digest, 'hex')],
      );
    },
    async interruptUpload() {
      await dataSource.query(
        'INSERT INTO document_chunks (upload_id, seq, bytes) VALUES ($1, 0, $2)',
        [randomUUID(), file(1_000)],
      );
    },
    sweep: (now) => sweepInterruptedUploads(dataSource, 24, now),
    uploadsLeft: async () => (await dataSource.query<{ n: number }[]>(orphans))[0]?.n ?? 0,
    close: () => Promise.resolve(),
  });
}

async function s3Backend(dataSource: DataSource): Promise<Backend> {
  const server: S3TestServer = await startS3TestServer();
  const objects = new DocumentObjects(server.config);
  const inspector = new DocumentObjects(server.config);
  const storage = new S3DocumentStorage(dataSource, new DocumentBlobCatalogue(dataSource), objects);
  const countUnder = async (prefix: string) => {
    let count = 0;
    for await (const listed of inspector.list(prefix)) count += listed.key.length > 0 ? 1 : 0;
    return count;
  };
  const stored = async (digest: string) => {
    const pieces: Buffer[] = [];
    for await (const piece of (await inspector.get(blobKey(digest))) ?? []) {
      pieces.push(Buffer.from(piece));
    }
    return Buffer.concat(pieces);
  };
  return {
    storage,
    async tamper(digest) {
      const bytes = await stored(digest);
      bytes.writeUInt8(bytes.readUInt8(4999) ^ 0xff, 4999);
      await inspector.put(blobKey(digest), Readable.from([bytes]));
    },
    lose: (digest) => inspector.delete(blobKey(digest)),
    interruptUpload: () => inspector.put(stagingKey(randomUUID()), Readable.from([file(1_000)])),
    sweep: (now) => sweepInterruptedObjects(inspector, 24, now),
    uploadsLeft: () => countUnder('uploads/'),
    async close() {
      storage.onApplicationShutdown();
      inspector.close();
      await server.stop();
    },
  };
}

describe.each([
  ['PostgreSQL', postgresBackend],
  ['an S3-compatible store (s3rver)', s3Backend],
] as const)('the document storage contract, on %s', (_name, start) => {
  let database: TestDatabase;
  let backend: Backend;
  let storage: DocumentStorage;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: allMigrations, label: 'document_storage' });
    backend = await start(database.dataSource);
    storage = backend.storage;
  }, 60_000);
  afterAll(async () => {
    await backend?.close();
    await database?.drop();
  });

  it('stores a stream under its SHA-256 and gives the same bytes back, intact', async () => {
    const bytes = file();
    const blob = await storage.store(streamed(bytes), maxBytes, jpegOnly);

    expect(blob).toEqual({ sha256: sha256(bytes), size: bytes.length, detectedType: 'image/jpeg' });
    expect((await readAll(storage, blob.sha256)).equals(bytes)).toBe(true);
    expect(await storage.condition(blob.sha256)).toBe('intact');
    expect(await backend.uploadsLeft()).toBe(0);
  });

  it('streams a file larger than one 5 MiB part through', async () => {
    const bytes = file(6 * 1024 * 1024 + 123);
    const blob = await storage.store(streamed(bytes), maxBytes, jpegOnly);

    expect(blob.sha256).toBe(sha256(bytes));
    expect(sha256(await readAll(storage, blob.sha256))).toBe(sha256(bytes));
    expect(await storage.condition(blob.sha256)).toBe('intact');
  });

  it('keeps the same bytes once, however often they are stored', async () => {
    const bytes = file();
    const first = await storage.store(streamed(bytes), maxBytes, jpegOnly);
    const again = await storage.store(streamed(bytes), maxBytes, jpegOnly);

    expect(again).toEqual(first);
    const [row] = await database.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM document_blobs WHERE sha256 = $1',
      [Buffer.from(first.sha256, 'hex')],
    );
    expect(row?.n).toBe(1);
    expect(await backend.uploadsLeft()).toBe(0);
  });

  it.each([
    ['a refused type', Buffer.from('%PDF-1.7 not a photograph'), 'document/type-not-allowed'],
    ['a file over the limit', file(maxBytes + 1), 'document/too-large'],
    ['an empty file', Buffer.alloc(0), 'document/empty'],
  ])('refuses %s and keeps nothing of it', async (_what, bytes, code) => {
    const blobsBefore = await database.dataSource.query<unknown[]>(
      'SELECT sha256 FROM document_blobs',
    );

    await expect(storage.store(streamed(bytes), maxBytes, jpegOnly)).rejects.toMatchObject({
      code,
    });

    expect(await database.dataSource.query<unknown[]>('SELECT sha256 FROM document_blobs')).toEqual(
      blobsBefore,
    );
    expect(await backend.uploadsLeft()).toBe(0);
  });

  it('finds a changed byte and a lost file, and the reader gets bytes that do not hash', async () => {
    const changed = await storage.store(streamed(file()), maxBytes, jpegOnly);
    const lost = await storage.store(streamed(file()), maxBytes, jpegOnly);

    await backend.tamper(changed.sha256);
    await backend.lose(lost.sha256);

    expect(await storage.condition(changed.sha256)).toBe('altered');
    expect(sha256(await readAll(storage, changed.sha256))).not.toBe(changed.sha256);
    expect(await storage.condition(lost.sha256)).toBe('missing');
    expect(await storage.condition(sha256(file(100)))).toBe('missing');
  });

  it('shreds bytes on erasure, keeps their hash on record and never takes them back', async () => {
    const bytes = file();
    const kept = await storage.store(streamed(file()), maxBytes, jpegOnly);
    const blob = await storage.store(streamed(bytes), maxBytes, jpegOnly);

    expect(await storage.shred([blob.sha256], 'party-1', database.dataSource)).toBe(1);
    expect(await storage.shred([blob.sha256], 'party-1', database.dataSource)).toBe(0);

    expect(await storage.condition(blob.sha256)).toBe('shredded');
    expect((await readAll(storage, blob.sha256)).length).toBe(0);
    expect(await storage.shreddedAmong([blob.sha256, kept.sha256])).toEqual(new Set([blob.sha256]));
    await backend.lose(blob.sha256);
    expect(await storage.condition(blob.sha256)).toBe('shredded');
    await expect(storage.store(streamed(bytes), maxBytes, jpegOnly)).rejects.toMatchObject({
      code: 'document/content-erased',
    });
    expect(await storage.condition(kept.sha256)).toBe('intact');
  });

  it('sweeps what an interrupted upload left once past the grace period, and no stored file', async () => {
    const blob = await storage.store(streamed(file()), maxBytes, jpegOnly);
    await backend.interruptUpload();

    expect(await backend.sweep(new Date())).toBe(0);
    expect(await backend.uploadsLeft()).toBe(1);
    expect(await backend.sweep(hoursFromNow(25))).toBeGreaterThan(0);
    expect(await backend.uploadsLeft()).toBe(0);
    expect(await storage.condition(blob.sha256)).toBe('intact');
  });
});
