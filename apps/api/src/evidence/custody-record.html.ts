import { type DocumentSummary } from '@greenchain/contracts';
import { type IntegrityResponse } from '../records/integrity.response';
import { type TimelineEntryResponse } from '../records/timeline-entry.response';
import { custodyRecordFile, type CustodyRecordPrinting } from './custody-record-printing';
import { type EvidenceDetailResponse } from './evidence-detail.response';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Everything printed comes from users; none of it may become markup. */
export function escapeHtml(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function row(entry: TimelineEntryResponse): string {
  const actor = entry.actor;
  return `<tr><td>${entry.position}</td><td>${escapeHtml(entry.type)}</td><td>${escapeHtml(
    entry.occurredAt ?? '',
  )}</td><td>${escapeHtml(entry.recordedAt)}</td><td>${escapeHtml(
    actor ? `${actor.role}, ${actor.agency} (${actor.country})` : '',
  )}</td><td><code>${escapeHtml(entry.data)}</code></td></tr>`;
}

function fileRow(file: DocumentSummary): string {
  const { name, type, size, sha256, shredded } = custodyRecordFile(file);
  return `<tr><td>${escapeHtml(name)}</td><td>${escapeHtml(type)}</td><td>${escapeHtml(
    size,
  )}</td><td><code>${escapeHtml(sha256)}</code> ${escapeHtml(shredded)}</td></tr>`;
}

function filesSection(files: readonly DocumentSummary[]): string {
  if (files.length === 0) return '<h2>Files</h2>\n<p>No file is attached to this exhibit.</p>';
  return `<h2>Files</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Size</th><th>SHA-256</th></tr></thead><tbody>${files
    .map(fileRow)
    .join('')}</tbody></table>`;
}

/**
 * A printable chain-of-custody record. The head hash printed at the foot lets anyone holding the
 * paper check later that no fact of the exhibit's stream was altered since it was printed.
 */
export function renderCustodyRecord(
  detail: EvidenceDetailResponse,
  integrity: IntegrityResponse,
  files: readonly DocumentSummary[],
  printed: CustodyRecordPrinting,
): string {
  const { by: printedBy, at: printedAt } = printed;
  const custody = detail.custody
    .map(
      (link, index) =>
        `<tr><td>${index + 1}</td><td>${escapeHtml(link.holderId)}</td><td>${escapeHtml(link.since)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Chain of custody ${escapeHtml(detail.id)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px;font-size:12px;vertical-align:top}code{white-space:pre-wrap;word-break:break-all}@media print{body{margin:0}}</style>
</head><body>
<h1>Chain of custody record</h1>
<p>Exhibit <strong>${escapeHtml(detail.id)}</strong> of case <strong>${escapeHtml(detail.caseId)}</strong>; status ${escapeHtml(detail.status)}; version ${detail.version}.</p>
<h2>Custodians</h2>
<table><thead><tr><th>#</th><th>Custodian</th><th>Since</th></tr></thead><tbody>${custody}</tbody></table>
<h2>Facts</h2>
<table><thead><tr><th>#</th><th>Fact</th><th>Business time</th><th>Recorded</th><th>By</th><th>Data</th></tr></thead><tbody>${detail.timeline.map(row).join('')}</tbody></table>
${filesSection(files)}
<h2>Integrity</h2>
<p>Hash chain ${integrity.valid ? 'verified' : `BROKEN at position ${integrity.brokenAt ?? '?'}: ${escapeHtml(integrity.reason ?? '')}`} at ${escapeHtml(integrity.verifiedAt)}.</p>
<p>Head hash (SHA-256): <code id="head-hash">${escapeHtml(integrity.headHash ?? '')}</code></p>
<p>Printed ${escapeHtml(printedAt)} by ${escapeHtml(printedBy.displayName)} (${escapeHtml(printedBy.role)}, ${escapeHtml(printedBy.agency ?? '')}).</p>
</body></html>`;
}
