import { type DocumentSummary, type SessionUser } from '@greenchain/contracts';
import { shownText } from '@greenchain/testing';
import { type IntegrityResponse } from '../records/integrity.response';
import { type TimelineEntryResponse } from '../records/timeline-entry.response';
import { renderCustodyRecordPdf } from './custody-record.pdf';
import { type EvidenceDetailResponse } from './evidence-detail.response';

const headHash = 'ab'.repeat(32);

const fact = (position: number): TimelineEntryResponse => ({
  position,
  globalPosition: position,
  type: position === 1 ? 'EvidenceRegistered' : 'CustodyTransferred',
  data: { note: `transfer ${position}`, place: 'Mombasa exhibit store' },
  actor: { userId: 'u-1', role: 'customs', agency: 'KRA', country: 'KE' },
  occurredAt: '2024-03-05',
  recordedAt: '2024-03-05T10:00:00.000Z',
});

const detail = (facts: number): EvidenceDetailResponse => ({
  id: 'e-1',
  streamId: 'evidence-e-1',
  version: facts,
  status: 'held',
  caseId: 'c-1',
  custody: [{ holderId: 'H-1', since: '2024-03-05' }],
  state: {},
  timeline: Array.from({ length: facts }, (_, index) => fact(index + 1)),
});

const verified: IntegrityResponse = {
  streamId: 'evidence-e-1',
  valid: true,
  version: 2,
  headHash,
  verifiedAt: '2024-06-01T00:00:00.000Z',
};

const printer = { displayName: 'Officer', role: 'customs', agency: 'KRA' } as SessionUser;
const printed = { by: printer, at: '2024-06-01T00:00:01.000Z' };

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length;

describe('renderCustodyRecordPdf', () => {
  it('prints an A4 PDF showing the verification result and the full head hash', async () => {
    const pdf = await renderCustodyRecordPdf(detail(2), verified, [], printed);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pageCount(pdf)).toBe(1);
    const text = shownText(pdf);
    expect(text).toContain(headHash);
    expect(text).toContain('Hash chain verified');
    expect(text).toContain('CustodyTransferred');
    expect(text).toContain('page 1 of 1');
  });

  it('lists the files of the exhibit with their type, size and full SHA-256', async () => {
    const photograph: DocumentSummary = {
      documentId: 'd-1',
      fileName: 'seal-intact.jpg',
      declaredType: 'image/jpeg',
      detectedType: 'image/jpeg',
      size: 20_480,
      sha256: 'cd'.repeat(32),
      attachedTo: { kind: 'exhibit', evidenceId: 'e-1' },
      personalData: 'none',
      occurredAt: '2024-03-05',
      recordedAt: '2024-03-05T10:00:00.000Z',
      recordedBy: { userId: 'u-1', role: 'customs', agency: 'KRA' },
      shredded: false,
    };
    const withheld = {
      ...photograph,
      fileName: { redacted: true } as const,
      sha256: 'ef'.repeat(32),
    };
    const text = shownText(
      await renderCustodyRecordPdf(detail(2), verified, [photograph, withheld], printed),
    );
    expect(text).toContain('seal-intact.jpg');
    expect(text).toContain('image/jpeg, 20480 bytes');
    expect(text).toContain(`SHA-256 ${'cd'.repeat(32)}`);
    expect(text).toContain('(name withheld)');
    expect(text).toContain(`SHA-256 ${'ef'.repeat(32)}`);
  });

  it('says when no file is attached', async () => {
    const text = shownText(await renderCustodyRecordPdf(detail(2), verified, [], printed));
    expect(text).toContain('No file is attached to this exhibit.');
  });

  it('says where a broken chain breaks', async () => {
    const broken = { ...verified, valid: false, brokenAt: 2, reason: 'hash mismatch' };
    const text = shownText(await renderCustodyRecordPdf(detail(2), broken, [], printed));
    expect(text).toContain('Hash chain BROKEN at position 2: hash mismatch');
  });

  it('runs onto more pages, each numbered, and gives the same bytes for the same record', async () => {
    const long = await renderCustodyRecordPdf(detail(60), verified, [], printed);
    const pages = pageCount(long) ?? 0;
    expect(pages).toBeGreaterThan(1);
    expect(shownText(long)).toContain(`page ${pages} of ${pages}`);
    expect(long.toString('latin1')).toContain(`/Count ${pages}`);
    const again = await renderCustodyRecordPdf(detail(60), verified, [], printed);
    expect(again.equals(long)).toBe(true);
  });
});
