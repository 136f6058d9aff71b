import { Injectable } from '@nestjs/common';
import { caseDecider, caseStream, type CaseState } from '@greenchain/domain';
import { EventStore, type PersonalDataMode } from '@greenchain/event-store';
import { type RecordScope } from '../authorization/app-ability';
import { caseScope } from '../authorization/record-scope';
import { loadAggregate, type LoadedAggregate } from '../event-store/aggregate-loader';
import { ClearPersonalFields } from '../event-store/clear-personal-fields';

/** Reads a case stream and says who may see it. */
@Injectable()
export class CaseRecords {
  constructor(
    private readonly store: EventStore,
    private readonly clear: ClearPersonalFields,
  ) {}

  /** Personal fields stored in clear by earlier versions are hidden as the encrypted ones are. */
  load(caseId: string, personalData: PersonalDataMode): Promise<LoadedAggregate<CaseState>> {
    return loadAggregate(
      this.store,
      caseDecider,
      caseStream.streamId(caseId),
      personalData,
      (events) => this.clear.hide(events, caseId, personalData),
    );
  }

  /** The scope abilities check, or undefined for a case that does not exist. */
  async scopeOf(caseId: string): Promise<RecordScope | undefined> {
    const { state } = await this.load(caseId, 'redact');
    return state.status === 'absent' ? undefined : caseScope(state);
  }
}
