import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { evidenceStream } from '@greenchain/domain';
import { abilityFor } from '../authorization/ability.factory';
import { assertCan, notFound } from '../authorization/access-guard';
import { DocumentReader } from '../documents/document-reader.service';
import { PersonalDataAccessLog } from '../personal-data/personal-data-access.log';
import { type IntegrityResponse } from '../records/integrity.response';
import { StreamIntegrity } from '../records/stream-integrity.service';
import { timelineEntry } from '../records/timeline-entry.response';
import { renderCustodyRecord } from './custody-record.html';
import { renderCustodyRecordPdf } from './custody-record.pdf';
import { type CustodyRecordFormat } from './custody-record.query';
import { type EvidenceDetailResponse } from './evidence-detail.response';
import { EvidenceRecords } from './evidence-records.service';

/**
 * Exhibit reads, each checked against the exhibit's case. Their free text (description, condition,
 * findings, reasons, witness) is personal data of the case: decrypted only for readers with the
 * right to the case's personal data (each such read logged), `{ redacted: true }` for the others.
 */
@Injectable()
export class EvidenceReader {
  constructor(
    private readonly records: EvidenceRecords,
    private readonly integrity: StreamIntegrity,
    private readonly accessLog: PersonalDataAccessLog,
    private readonly documents: DocumentReader,
  ) {}

  async detail(evidenceId: string, user: SessionUser): Promise<EvidenceDetailResponse> {
    const ability = abilityFor(user);
    const caseId = await this.records.caseOf(evidenceId);
    const scope = caseId === undefined ? undefined : await this.records.scopeForCase(caseId);
    assertCan(ability, 'read', 'Evidence', scope, 'evidenceId');
    const personal =
      scope !== undefined && ability.can('readPersonal', subject('Evidence', { ...scope }));
    // assertCan has refused an exhibit without a case.
    const ofCase = caseId ?? '';
    const loaded = await this.records.loadShown(
      evidenceId,
      ofCase,
      personal ? 'decrypt' : 'redact',
    );
    const { state } = loaded;
    // An exhibit is known by its case from its registration: its stream is never absent here.
    if (state.status === 'absent') throw notFound('Evidence', 'evidenceId');
    if (personal) await this.accessLog.recordRead(user, loaded.events, ofCase, 'evidence-detail');
    return {
      id: evidenceId,
      streamId: loaded.streamId,
      version: loaded.version,
      status: state.status,
      caseId: state.registration?.caseId ?? '',
      custody: [...state.custody],
      state,
      timeline: loaded.events.map(timelineEntry),
    };
  }

  async verify(evidenceId: string, user: SessionUser): Promise<IntegrityResponse> {
    assertCan(
      abilityFor(user),
      'verify',
      'Evidence',
      await this.records.scopeOf(evidenceId),
      'evidenceId',
    );
    return this.integrity.verify(evidenceStream.streamId(evidenceId));
  }

  /**
   * The printable record with the chain verified just now, and the files attached to the exhibit
   * that this reader may see (their names read like any list of the case's files): an HTML page or
   * a PDF file.
   */
  async custodyRecord(
    evidenceId: string,
    user: SessionUser,
    format: CustodyRecordFormat,
  ): Promise<string | Buffer> {
    const detail = await this.detail(evidenceId, user);
    const integrity = await this.integrity.verify(detail.streamId);
    const files = (await this.documents.list(detail.caseId, user)).filter(
      ({ attachedTo }) => attachedTo.kind === 'exhibit' && attachedTo.evidenceId === evidenceId,
    );
    const printed = { by: user, at: new Date().toISOString() };
    return format === 'pdf'
      ? renderCustodyRecordPdf(detail, integrity, files, printed)
      : renderCustodyRecord(detail, integrity, files, printed);
  }
}
