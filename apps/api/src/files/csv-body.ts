import { ProblemException } from '@greenchain/platform';
import { type Request } from 'express';
import { text } from 'express';

/** The largest import file: about 10,000 seizure rows. */
export const importLimitBytes = 2 * 1024 * 1024;

/**
 * Reads text/csv bodies of the import route before guards and interceptors run, so the
 * Idempotency-Key check compares the file itself; a file over the limit is 413 from the parser.
 */
export const csvBodyParser = text({ type: 'text/csv', limit: importLimitBytes });

/** The CSV file of an import request; any other content type is 415. */
export function csvBody(request: Request): Buffer {
  if (request.is('text/csv') !== 'text/csv') {
    throw new ProblemException(
      415,
      'request/unsupported-media-type',
      'An import is a CSV file sent as Content-Type: text/csv.',
      'Content-Type',
    );
  }
  const body: unknown = request.body;
  return Buffer.from(typeof body === 'string' ? body : '', 'utf8');
}
