import { ProblemException } from '@greenchain/platform';
import { type Request } from 'express';

/** The largest import file: about 10,000 seizure rows. */
export const importLimitBytes = 2 * 1024 * 1024;

/**
 * The raw body of a text/csv request. No body parser reads text/csv, so the stream is still
 * unread here (after authentication): anything else is 415, a file over the limit 413.
 */
export async function readCsvBody(request: Request, limit = importLimitBytes): Promise<Buffer> {
  if (request.is('text/csv') !== 'text/csv') {
    throw new ProblemException(
      415,
      'request/unsupported-media-type',
      'An import is a CSV file sent as Content-Type: text/csv.',
      'Content-Type',
    );
  }
  const tooLarge = () =>
    new ProblemException(413, 'request/too-large', `The file is over ${limit} bytes.`, 'body');
  if (Number(request.header('content-length') ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
