import { Injectable } from '@nestjs/common';
import { evidenceDecider, evidenceStream, type EvidenceState } from '@greenchain/domain';
import { EventStore, type PersonalDataMode } from '@greenchain/event-store';
import { type RecordScope } from '../authorization/app-ability';
import { evidenceScope } from '../authorization/record-scope';
import { CaseRecords } from '../cases/case-records.service';
import { loadAggregate, type LoadedAggregate } from '../event-store/aggregate-loader';
import { ClearPersonalFields } from '../event-store/clear-personal-fields';

/** Reads an exhibit's stream; who may see it follows from the case it belongs to. */
@Injectable()
export class EvidenceRecords {
  constructor(
    private readonly store: EventStore,
    private readonly cases: CaseRecords,
    private readonly clear: ClearPersonalFields,
  ) {}

  load(
    evidenceId: string,
    personalData: PersonalDataMode,
  ): Promise<LoadedAggregate<EvidenceState>> {
    return loadAggregate(
      this.store,
      evidenceDecider,
      evidenceStream.streamId(evidenceId),
      personalData,
    );
  }

  /** As load, with free text stored in clear by earlier versions hidden as the encrypted is. */
  loadShown(
    evidenceId: string,
    caseId: string,
    personalData: PersonalDataMode,
  ): Promise<LoadedAggregate<EvidenceState>> {
    return loadAggregate(
      this.store,
      evidenceDecider,
      evidenceStream.streamId(evidenceId),
      personalData,
      (events) => this.clear.hide(events, caseId, personalData),
    );
  }

  /** The scope abilities check, or undefined for an exhibit that does not exist. */
  async scopeOf(evidenceId: string): Promise<RecordScope | undefined> {
    const caseId = await this.caseOf(evidenceId);
    return caseId === undefined ? undefined : this.scopeForCase(caseId);
  }

  /** The case an exhibit belongs to, or undefined for an exhibit that does not exist. */
  async caseOf(evidenceId: string): Promise<string | undefined> {
    return (await this.load(evidenceId, 'redact')).state.registration?.caseId;
  }

  /** An exhibit is seen by whoever sees its case (shares only if they include evidence). */
  async scopeForCase(caseId: string): Promise<RecordScope | undefined> {
    const loaded = await this.cases.load(caseId, 'redact');
    return loaded.state.status === 'absent' ? undefined : evidenceScope(loaded.state);
  }
}
