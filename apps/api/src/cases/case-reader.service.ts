import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { caseDecider, caseProgress, caseStream } from '@greenchain/domain';
import { abilityFor } from '../authorization/ability.factory';
import { assertCan } from '../authorization/access-guard';
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
  ) {}

  async detail(caseId: string, user: SessionUser, asOf?: string): Promise<CaseDetailResponse> {
    const ability = abilityFor(user);
    const scope = await this.records.scopeOf(caseId);
    assertCan(ability, 'read', 'Case', scope, 'caseId');
    const personal =
      scope !== undefined && ability.can('readPersonal', subject('Case', { ...scope }));
    const loaded = await this.records.load(caseId, personal ? 'decrypt' : 'redact');
    const events = eventsAsOf(loaded.events, asOf);
    const state = foldRecorded(caseDecider, events);
    // A reader from a country the case is shared with sees only the shared parts.
    const throughShare =
      user.role !== 'analyst' && scope !== undefined && scope.country !== user.country;
    // Shares are judged as they stand now, even when the case is shown at a past date.
    const current = asOf === undefined ? state : foldRecorded(caseDecider, loaded.events);
    const fields = throughShare ? sharedFields(current, user.country ?? '') : undefined;
    const view = fields ? sharedCaseView(state, events, fields) : { state, events };
    if (personal) await this.accessLog.recordRead(user, view.events, caseId, 'case-detail');
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

  async verify(caseId: string, user: SessionUser): Promise<IntegrityResponse> {
    assertCan(abilityFor(user), 'verify', 'Case', await this.records.scopeOf(caseId), 'caseId');
    return this.integrity.verify(caseStream.streamId(caseId));
  }
}
