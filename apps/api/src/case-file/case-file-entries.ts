import { Readable } from 'node:stream';
import { type DocumentSummary } from '@greenchain/contracts';
import { type CaseFileEntry } from './case-file-archive';

const extensions: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/**
 * A file's place in the archive: under its id, so two files of one name never collide, then its
 * name reduced to characters every unzip tool keeps (a withheld name gives the id alone).
 */
export function documentPath(summary: DocumentSummary): string {
  const extension = extensions[summary.detectedType] ?? 'bin';
  const name =
    typeof summary.fileName === 'string'
      ? summary.fileName.replace(/[^\w.-]+/g, '_').slice(0, 100)
      : `document.${extension}`;
  return `documents/${summary.documentId}-${name}`;
}

/** An entry whose bytes are already in memory (a custody record, the timeline). */
export function bufferEntry(
  path: string,
  kind: string,
  bytes: Buffer,
  compress: boolean,
): CaseFileEntry {
  return { path, kind, compress, open: () => Readable.from([bytes]) };
}
