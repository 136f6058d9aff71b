import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { zipEntries } from '@greenchain/testing';
import { parse } from 'csv-parse/sync';
import { writeCaseFile, type CaseFileEntry } from './case-file-archive';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const mtime = new Date('2024-06-01T00:00:00.000Z');

function entry(path: string, bytes: Buffer, compress: boolean): CaseFileEntry {
  // Given in pieces, as storage gives a file in chunks.
  const pieces = [bytes.subarray(0, 7), bytes.subarray(7)];
  return { path, kind: 'document', compress, open: () => Readable.from(pieces) };
}

async function archived(entries: readonly CaseFileEntry[]): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeCaseFile(entries, output, mtime);
  return Buffer.concat(chunks);
}

describe('writeCaseFile', () => {
  it('archives every entry as given and closes with a manifest of their SHA-256 and sizes', async () => {
    const photograph = Buffer.from('not really a photograph, but bytes all the same');
    const timeline = Buffer.from(JSON.stringify([{ type: 'SeizureRecorded' }]));
    const entries = await zipEntries(
      await archived([
        { ...entry('documents/d-1-photo.jpg', photograph, false), recordedSha256: 'ab' },
        entry('timeline.json', timeline, true),
      ]),
    );
    expect([...entries.keys()]).toEqual([
      'documents/d-1-photo.jpg',
      'timeline.json',
      'manifest.csv',
    ]);
    expect(entries.get('documents/d-1-photo.jpg')).toEqual(photograph);
    expect(entries.get('timeline.json')).toEqual(timeline);
    expect(parse(entries.get('manifest.csv') ?? '', { columns: true })).toEqual([
      expect.objectContaining({
        path: 'documents/d-1-photo.jpg',
        sha256: sha256(photograph),
        size: String(photograph.length),
        recordedSha256: 'ab',
      }),
      expect.objectContaining({ path: 'timeline.json', sha256: sha256(timeline) }),
    ]);
  });

  it('destroys the output and rejects when an entry fails midway, never closing a complete-looking archive', async () => {
    const output = new PassThrough();
    output.resume();
    const failing: CaseFileEntry = {
      path: 'documents/d-2-altered.jpg',
      kind: 'document',
      compress: false,
      // The bytes read from storage no longer hash to the record: the stream fails after a chunk.
      open: () => {
        const source = new PassThrough();
        source.write(Buffer.from('first chunk'));
        setImmediate(() => source.destroy(new Error('altered')));
        return source;
      },
    };
    await expect(writeCaseFile([failing], output, mtime)).rejects.toThrow('altered');
    expect(output.destroyed).toBe(true);
  });
});
