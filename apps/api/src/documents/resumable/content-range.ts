import { ProblemException } from '@greenchain/platform';

/** The bytes a chunk carries: from `start` up to, not including, `end`, of a file of `size`. */
export interface ChunkRange {
  readonly start: number;
  readonly end: number;
  readonly size: number;
}

const refused = (detail: string) =>
  new ProblemException(400, 'upload/invalid-content-range', detail, 'Content-Range');

/**
 * Reads `Content-Range: bytes <first>-<last>/<size>` (RFC 9110, inclusive positions) of a chunk,
 * refusing anything else, an empty or reversed range, or one past the file's size.
 */
export function chunkRange(header: string | undefined): ChunkRange {
  const match = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/.exec(header ?? '');
  if (!match) throw refused('Send Content-Range: bytes <first>-<last>/<size> with each chunk.');
  const [first, last, size] = [match[1], match[2], match[3]].map(Number) as [
    number,
    number,
    number,
  ];
  if (last < first) throw refused('The last byte of the range comes before its first.');
  if (last >= size) throw refused('The range goes past the size of the file.');
  return { start: first, end: last + 1, size };
}
