import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { allMigrations } from '@greenchain/platform';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { sweepInterruptedUploads } from './interrupted-uploads';

const now = new Date();
const graceHours = 24;
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

describe('sweeping the chunks of interrupted uploads', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: allMigrations, label: 'upload_sweep' });
  }, 60_000);
  afterAll(() => database?.drop());

  /** Chunks of one upload, as the storage writes them, each written the given hours ago. */
  async function chunks(uploadId: string, ages: readonly number[]): Promise<Buffer[]> {
    const written: Buffer[] = [];
    for (const [seq, age] of ages.entries()) {
      const bytes = randomBytes(1_000);
      written.push(bytes);
      await database.dataSource.query(
        'INSERT INTO document_chunks (upload_id, seq, bytes, written_at) VALUES ($1, $2, $3, $4)',
        [uploadId, seq, bytes, hoursAgo(age)],
      );
    }
    return written;
  }

  /** An upload that became a blob: its chunks and the catalogue row naming them. */
  async function storedFile(uploadId: string, ages: readonly number[]): Promise<string> {
    const bytes = Buffer.concat(await chunks(uploadId, ages));
    const digest = createHash('sha256').update(bytes).digest();
    await database.dataSource.query(
      `INSERT INTO document_blobs (sha256, size, backend, location, chunk_count)
       VALUES ($1, $2, 'postgres', $3, $4)`,
      [digest, bytes.length, uploadId, ages.length],
    );
    return digest.toString('hex');
  }

  /** The stored bytes of a blob, re-hashed from its chunks in order. */
  async function storedHash(uploadId: string): Promise<string> {
    const rows = await database.dataSource.query<{ bytes: Buffer }[]>(
      'SELECT bytes FROM document_chunks WHERE upload_id = $1 ORDER BY seq',
      [uploadId],
    );
    const hash = createHash('sha256');
    for (const { bytes } of rows) hash.update(bytes);
    return hash.digest('hex');
  }

  const uploadsLeft = async () =>
    new Set(
      (
        await database.dataSource.query<{ upload_id: string }[]>(
          'SELECT DISTINCT upload_id FROM document_chunks',
        )
      ).map((row) => row.upload_id),
    );

  it('removes an interrupted upload past the grace period, and never a stored file', async () => {
    const stored = randomUUID();
    const storedDigest = await storedFile(stored, [24 * 30, 24 * 30, 24 * 30]);
    const abandoned = randomUUID();
    await chunks(abandoned, [25, 25]);
    const recent = randomUUID();
    await chunks(recent, [1, 1]);
    // Still streaming: its first chunk is old, its last one is not.
    const streaming = randomUUID();
    await chunks(streaming, [30, 0.1]);

    expect(await sweepInterruptedUploads(database.dataSource, graceHours, now)).toBe(2);

    expect(await uploadsLeft()).toEqual(new Set([stored, recent, streaming]));
    expect(await storedHash(stored)).toBe(storedDigest);
    expect(await sweepInterruptedUploads(database.dataSource, graceHours, now)).toBe(0);
  });

  it('keeps going until every abandoned upload is gone, however many there are', async () => {
    const before = await uploadsLeft();
    for (let upload = 0; upload < 250; upload += 1) await chunks(randomUUID(), [48]);

    expect(await sweepInterruptedUploads(database.dataSource, graceHours, now)).toBe(250);
    expect(await uploadsLeft()).toEqual(before);
  });
});
