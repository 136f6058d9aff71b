import { createHash } from 'node:crypto';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import { ZipFile } from 'yazl';

/** One file of a case file: where it goes in the archive, and how to open its bytes. */
export interface CaseFileEntry {
  readonly path: string;
  /** Opened only when the archive reaches it, so one entry at a time is read. */
  readonly open: () => Readable;
  /** Deflate text; pictures and PDFs are compressed already. */
  readonly compress: boolean;
  /** What the entry is, for the manifest: summary, timeline, custody-record, document. */
  readonly kind: string;
  readonly documentId?: string;
  /** The SHA-256 on the case's record, for a document. */
  readonly recordedSha256?: string;
  readonly note?: string;
}

interface Written {
  readonly entry: CaseFileEntry;
  readonly sha256: string;
  readonly size: number;
}

export const manifestColumns = [
  'path',
  'sha256',
  'size',
  'kind',
  'documentId',
  'recordedSha256',
  'note',
] as const;

/** The manifest's lines: each entry with the SHA-256 and size of the bytes the archive holds. */
export function manifestCsv(written: readonly Written[]): string {
  return stringify(
    written.map(({ entry, sha256, size }) => [
      entry.path,
      sha256,
      size,
      entry.kind,
      entry.documentId ?? '',
      entry.recordedSha256 ?? '',
      entry.note ?? '',
    ]),
    { header: true, columns: [...manifestColumns] },
  );
}

/** Passes bytes through, hashing and counting them; reports once the last one went by. */
function measuring(done: (sha256: string, size: number) => void): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      done(hash.digest('hex'), size);
      callback();
    },
  });
}

/**
 * Writes a case file as a ZIP to `output` as it goes: each entry is opened in turn, streamed
 * through a SHA-256 into the archive, and `manifest.csv` closes it with every entry's hash, so
 * the archive is never whole in memory and a court checks each file against the manifest. A
 * failing entry (bytes that no longer match the record) rejects, and the output is destroyed: a
 * cut download, never a complete-looking archive missing a file.
 */
export async function writeCaseFile(
  entries: readonly CaseFileEntry[],
  output: Writable,
  mtime: Date,
): Promise<void> {
  const zip = new ZipFile();
  const written: Promise<Written>[] = [];
  let failed: (error: Error) => void = () => undefined;
  const failure = new Promise<never>((_resolve, reject) => {
    failed = reject;
  });
  for (const entry of entries) {
    written.push(
      new Promise<Written>((resolve) => {
        zip.addReadStreamLazy(entry.path, { compress: entry.compress, mtime }, (callback) => {
          let source: Readable;
          try {
            source = entry.open();
          } catch (error) {
            // Thrown inside yazl's pump, where nothing would catch it.
            failed(error as Error);
            return;
          }
          const measure = measuring((sha256, size) => resolve({ entry, sha256, size }));
          // yazl does not listen for its sources' errors.
          source.on('error', (error) => {
            measure.destroy();
            failed(error);
          });
          callback(null, source.pipe(measure));
        });
      }),
    );
  }
  const sending = pipeline(zip.outputStream, output);
  // A reader who hangs up stops the archive: nothing waits on entries no one will read.
  sending.catch((error: Error) => failed(error));
  try {
    const all = await Promise.race([Promise.all(written), failure]);
    zip.addBuffer(Buffer.from(manifestCsv(all), 'utf8'), 'manifest.csv', { mtime });
    zip.end();
    await Promise.race([sending, failure]);
  } catch (error) {
    output.destroy(error as Error);
    throw error;
  }
}
