import { type Readable } from 'node:stream';
import { ProblemException } from '@greenchain/platform';

/** The size of a stored chunk: large enough for few round trips, small enough to hold in memory. */
export const chunkBytes = 256 * 1024;

/** A file over DOCUMENT_MAX_BYTES, refused naming what carried its size. */
export const tooLarge = (maxBytes: number, field: string) =>
  new ProblemException(
    413,
    'document/too-large',
    `The file is larger than ${maxBytes} bytes.`,
    field,
  );

/**
 * The source regrouped into chunks of `chunkBytes` (the last one shorter), with a running count
 * that refuses the stream as soon as it passes `maxBytes`, so an oversized upload is never read to
 * its end nor stored.
 */
export async function* chunksOf(source: Readable, maxBytes: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  for await (const piece of source as AsyncIterable<Buffer>) {
    total += piece.length;
    if (total > maxBytes) {
      throw tooLarge(maxBytes, 'file');
    }
    pending.push(piece);
    pendingBytes += piece.length;
    while (pendingBytes >= chunkBytes) {
      const joined = Buffer.concat(pending, pendingBytes);
      yield joined.subarray(0, chunkBytes);
      pending = [joined.subarray(chunkBytes)];
      pendingBytes -= chunkBytes;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}
