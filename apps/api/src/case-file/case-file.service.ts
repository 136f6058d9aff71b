import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { evidenceStream } from '@greenchain/domain';
import { type Response } from 'express';
import { DataSource } from 'typeorm';
import { abilityFor } from '../authorization/ability.factory';
import { CaseReader } from '../cases/case-reader.service';
import { DocumentDownloads } from '../documents/document-downloads.service';
import { DocumentReader, type ReadableDocument } from '../documents/document-reader.service';
import { EvidenceReader } from '../evidence/evidence-reader.service';
import { EvidenceRecords } from '../evidence/evidence-records.service';
import { writeCaseFile, type CaseFileEntry } from './case-file-archive';
import { bufferEntry, documentPath } from './case-file-entries';
import { caseSummaryPdf } from './case-summary.pdf';

const evidencePrefix = evidenceStream.streamId('');

/** Personal-data reads for a case file are logged under this purpose. */
const purpose = 'case-file';

/**
 * A case's file for a court, as one ZIP streamed to the reader: the case summary (PDF), the
 * timeline, the custody record of each exhibit, and every file the reader may see, with a
 * manifest of their SHA-256. Everything in it is cut to the reader's view of the case, exactly as
 * the case's own routes would show it, and the personal-data reads it makes are logged.
 */
@Injectable()
export class CaseFiles {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseReader,
    private readonly evidence: EvidenceReader,
    private readonly evidenceRecords: EvidenceRecords,
    private readonly documents: DocumentReader,
    private readonly downloads: DocumentDownloads,
  ) {}

  async send(caseId: string, user: SessionUser, response: Response): Promise<void> {
    const detail = await this.cases.detail(caseId, user, undefined, purpose);
    const files = await this.documents.all(caseId, user, purpose);
    // Every refusal (altered bytes, a picture whose location cannot be removed) before a byte is sent.
    for (const file of files) {
      await this.downloads.assertIntact(file.summary);
      this.downloads.stripsLocation(file);
    }
    const printed = { by: user, at: new Date().toISOString() };
    const custody: CaseFileEntry[] = [];
    for (const evidenceId of await this.exhibitIds(caseId, user)) {
      const record = await this.evidence.custodyRecord(evidenceId, user, 'pdf');
      custody.push(
        bufferEntry(`custody-records/${evidenceId}.pdf`, 'custody-record', record as Buffer, false),
      );
    }
    const reference = (detail.state as { seizure?: { reference?: string } }).seizure?.reference;
    const fileName = `case-file-${(reference ?? caseId).replace(/[^\w.-]+/g, '_')}.zip`;
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    const entries: CaseFileEntry[] = [
      {
        path: 'case-summary.pdf',
        kind: 'summary',
        compress: false,
        open: () => caseSummaryPdf(detail, printed),
      },
      bufferEntry(
        'timeline.json',
        'timeline',
        Buffer.from(JSON.stringify(detail.timeline, null, 2), 'utf8'),
        true,
      ),
      ...custody,
      ...files.map((file) => this.documentEntry(file)),
    ];
    try {
      await writeCaseFile(entries, response, new Date(printed.at));
    } catch {
      // The archive has started: the cut connection tells the reader it is incomplete.
      response.destroy();
    }
  }

  private documentEntry(file: ReadableDocument): CaseFileEntry {
    const stripped = this.downloads.stripsLocation(file);
    return {
      path: documentPath(file.summary),
      kind: 'document',
      compress: false,
      documentId: file.summary.documentId,
      recordedSha256: file.summary.sha256,
      ...(stripped && { note: 'location metadata removed; the recorded SHA-256 is the original' }),
      open: () => this.downloads.bytes(file),
    };
  }

  /** The case's exhibits in the order registered, if the reader may see them (shares: with evidence). */
  private async exhibitIds(caseId: string, user: SessionUser): Promise<string[]> {
    const scope = await this.evidenceRecords.scopeForCase(caseId);
    if (!scope || !abilityFor(user).can('read', subject('Evidence', { ...scope }))) return [];
    const rows = await this.dataSource.query<{ stream_id: string }[]>(
      `SELECT stream_id FROM events
        WHERE event_type = 'EvidenceRegistered' AND data->>'caseId' = $1
        ORDER BY global_position`,
      [caseId],
    );
    return rows.map(({ stream_id }) => stream_id.slice(evidencePrefix.length));
  }
}
