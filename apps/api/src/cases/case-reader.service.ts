import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { caseDecider, caseProgress, caseStream, type CaseState } from '@greenchain/domain';
import { abilityFor } from '../authorization/ability.factory';
import { documentViewFor, withVisibleDocuments } from '../documents/document-access';
import { DocumentIntegrity } from '../documents/storage/document-integrity.service';
import { assertCan } from '../authorization/access-guard';
import { caseScope } from '../authorization/record-scope';
import { foldRecorded } from '../event-store/aggregate-loader';
import { PersonalDataAccessLog } from '../personal-data/personal-data-access.log';
import { eventsAsOf } from '../records/as-of.query';
import { type IntegrityResponse } from '../records/integrity.response';
import { StreamIntegrity } from '../records/stream-integrity.service';
import { timelineEntry } from '../records/timeline-entry.response';
import { type CaseDetailResponse } from './case-detail.response';
import { caseStepper } from './case-stepper';
import { CaseRecords } from './case-records.service';
import { sharedCaseView, sharedFields, showsDefendants } from './shared-case-view';

/** Case reads, each checked against the loaded case; personal fields only with the right, and logged. */
@Injectable()
export class CaseReader {
  constructor(
    private readonly records: CaseRecords,
    private readonly accessLog: PersonalDataAccessLog,
    private readonly integrity: StreamIntegrity,
    private readonly documents: DocumentIntegrity,
  ) {}

  /** `purpose` names the read in the personal-data access log (a case file reads the case too). */
  async detail(
    caseId: string,
    user: SessionUser,
    asOf?: string,
    purpose = 'case-detail',
  ): Promise<CaseDetailResponse> {
    const ability = abilityFor(user);
    const scopeOf = (read: CaseState) => (read.status === 'absent' ? undefined : caseScope(read));
    // One read of the stream: the reader is judged on the case as it reads redacted.
    const loaded = await this.records.loadFor(caseId, (read) => {
      const scope = scopeOf(read);
      assertCan(ability, 'read', 'Case', scope, 'caseId');
      const personal =
        scope !== undefined && ability.can('readPersonal', subject('Case', { ...scope }));
      return personal ? 'decrypt' : 'redact';
    });
    const scope = scopeOf(loaded.state);
    const personal = loaded.personalData === 'decrypt';
    const events = eventsAsOf(loaded.events, asOf);
    const state = foldRecorded(caseDecider, events);
    // A reader from a country the case is shared with sees only the shared parts.
    const throughShare =
      user.role !== 'analyst' && scope !== undefined && scope.country !== user.country;
    // Shares are judged as they stand now, even when the case is shown at a past date.
    const current = asOf === undefined ? state : foldRecorded(caseDecider, loaded.events);
    const fields = throughShare ? sharedFields(current, user.country ?? '') : undefined;
    const shared = fields ? sharedCaseView(state, events, fields) : { state, events };
    // Files follow their own rules (analysts and shares see only some): judged on the case as it stands.
    const view = withVisibleDocuments(shared, current, documentViewFor(user, current));
    if (personal) await this.accessLog.recordRead(user, view.events, caseId, purpose);
    const progress = caseProgress(state);
    return {
      id: caseId,
      streamId: loaded.streamId,
      version: loaded.version,
      ...(asOf !== undefined && { asOf }),
      personalData: personal ? 'included' : 'redacted',
      stage: progress.stage ?? 'DETECTION',
      outcome: progress.outcome,
      defendants: fields && !showsDefendants(fields) ? {} : progress.defendants,
      stepper: caseStepper(state),
      state: view.state,
      timeline: view.events.map(timelineEntry),
    };
  }

  /** The case's hash chain, and the bytes of each of its files against the hash on record. */
  async verify(caseId: string, user: SessionUser): Promise<IntegrityResponse> {
    const { state } = await this.records.load(caseId, 'redact');
    const scope = state.status === 'absent' ? undefined : caseScope(state);
    assertCan(abilityFor(user), 'verify', 'Case', scope, 'caseId');
    const chain = await this.integrity.verify(caseStream.streamId(caseId));
    const documents = await this.documents.check(state);
    const broken = documents.find(
      ({ condition }) => condition === 'altered' || condition === 'missing',
    );
    if (!chain.valid || broken === undefined) return { ...chain, documents };
    return {
      ...chain,
      valid: false,
      reason: `document ${broken.documentId} ${broken.condition}: its bytes no longer hash to ${broken.sha256}`,
      documents,
    };
  }
}
