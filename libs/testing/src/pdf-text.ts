import { inflateSync } from 'node:zlib';

/**
 * The text shown on a PDF's pages (as pdfkit writes them): content streams inflated, hex strings
 * of the text operators decoded.
 */
export function shownText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  // Binary data may hold "endstream" by chance: take /Length bytes after each "stream" keyword.
  const streams = [...raw.matchAll(/\/Length (\d+)[^>]*>>\s*stream\r?\n/g)].map((match) => {
    const start = (match.index ?? 0) + match[0].length;
    const data = pdf.subarray(start, start + Number(match[1]));
    return inflateSync(data).toString('latin1');
  });
  return streams
    .flatMap((content) => [...content.matchAll(/<([0-9a-f]+)>/g)])
    .map((match) => Buffer.from(match[1] ?? '', 'hex').toString('latin1'))
    .join('');
}
