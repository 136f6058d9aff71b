import { type DocumentSummary } from '@greenchain/contracts';
import { type IntegrityResponse } from '../records/integrity.response';
import { type TimelineEntryResponse } from '../records/timeline-entry.response';
import { custodyRecordFile, type CustodyRecordPrinting } from './custody-record-printing';
import { type EvidenceDetailResponse } from './evidence-detail.response';

const margin = 50;
const body = 'Helvetica';
const bold = 'Helvetica-Bold';
/** Hashes and ids in a fixed-width face, so a reader compares them character by character. */
const fixed = 'Courier';

function actorOf(entry: TimelineEntryResponse): string {
  const actor = entry.actor;
  return actor ? `${actor.role}, ${actor.agency} (${actor.country})` : 'system';
}

function integrityLine(integrity: IntegrityResponse): string {
  return integrity.valid
    ? `Hash chain verified: every fact present, unaltered and linked (version ${integrity.version ?? '?'}), at ${integrity.verifiedAt}.`
    : `Hash chain BROKEN at position ${integrity.brokenAt ?? '?'}: ${integrity.reason ?? 'unknown'} (checked ${integrity.verifiedAt}).`;
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.8).font(bold).fontSize(13).text(text).moveDown(0.3);
}

function facts(doc: PDFKit.PDFDocument, timeline: readonly TimelineEntryResponse[]): void {
  for (const entry of timeline) {
    doc.font(bold).fontSize(10).text(`${entry.position}. ${entry.type}`);
    doc
      .font(body)
      .fontSize(9)
      .text(
        `Business time ${entry.occurredAt ?? '-'}; recorded ${entry.recordedAt}; by ${actorOf(entry)}.`,
      );
    doc.font(fixed).fontSize(8).text(JSON.stringify(entry.data)).moveDown(0.4);
  }
}

function attachedFiles(doc: PDFKit.PDFDocument, files: readonly DocumentSummary[]): void {
  if (files.length === 0) doc.font(body).fontSize(10).text('No file is attached to this exhibit.');
  for (const file of files) {
    const { name, type, size, sha256, shredded } = custodyRecordFile(file);
    doc.font(bold).fontSize(10).text(name);
    doc
      .font(body)
      .fontSize(9)
      .text(`${type}, ${size}${shredded ? `; ${shredded}` : ''}`);
    doc.font(fixed).fontSize(8).text(`SHA-256 ${sha256}`).moveDown(0.4);
  }
}

/** Page numbers go on last, once the page count is known; the footer sits in the bottom margin. */
function footers(doc: PDFKit.PDFDocument, exhibitId: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(body)
      .fontSize(8)
      .text(
        `Chain of custody, exhibit ${exhibitId}: page ${index + 1} of ${count}`,
        margin,
        doc.page.height - margin / 2 - 8,
        { width: doc.page.width - 2 * margin, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The chain-of-custody record as a PDF on A4, the same facts as the HTML record. The head hash is
 * printed in full, and also kept in the document's metadata, so anyone holding the paper or the
 * file can check later that no fact of the exhibit's stream changed since it was printed. Nothing
 * varies but the inputs: the document dates are the printing time, so the same record printed at
 * the same moment gives the same bytes.
 */
export async function renderCustodyRecordPdf(
  detail: EvidenceDetailResponse,
  integrity: IntegrityResponse,
  files: readonly DocumentSummary[],
  printed: CustodyRecordPrinting,
): Promise<Buffer> {
  const { by: printedBy, at: printedAt } = printed;
  const printedDate = new Date(printedAt);
  const headHash = integrity.headHash ?? '';
  // Loaded at the first PDF, with its fonts: most processes never print one (ADR 0014).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    info: {
      Title: `Chain of custody record ${detail.id}`,
      Subject: `Exhibit ${detail.id} of case ${detail.caseId}`,
      Author: `${printedBy.displayName} (${printedBy.role})`,
      Keywords: `sha256-head-hash:${headHash}`,
      CreationDate: printedDate,
      ModDate: printedDate,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(bold).fontSize(18).text('Chain of custody record');
  doc
    .moveDown(0.5)
    .font(body)
    .fontSize(10)
    .text(`Exhibit ${detail.id} of case ${detail.caseId}`)
    .text(`Status ${detail.status}; stream ${detail.streamId} at version ${detail.version}.`);
  heading(doc, 'Custodians');
  detail.custody.forEach((link, index) =>
    doc
      .font(body)
      .fontSize(10)
      .text(`${index + 1}. ${link.holderId}, since ${link.since}`),
  );
  heading(doc, 'Facts');
  facts(doc, detail.timeline);
  heading(doc, 'Files');
  attachedFiles(doc, files);
  heading(doc, 'Integrity');
  doc.font(body).fontSize(10).text(integrityLine(integrity));
  doc.moveDown(0.3).text('Head hash (SHA-256):');
  doc.font(fixed).fontSize(9).text(headHash);
  doc
    .moveDown(0.5)
    .font(body)
    .fontSize(10)
    .text(
      `Printed ${printedAt} by ${printedBy.displayName} (${printedBy.role}, ${printedBy.agency ?? ''}).`,
    );
  footers(doc, detail.id);
  doc.end();
  return done;
}
