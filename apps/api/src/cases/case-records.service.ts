import { Injectable } from '@nestjs/common';
import { caseDecider, type CaseState } from '@greenchain/domain';
import { EventStore, type PersonalDataMode } from '@greenchain/event-store';
import { type RecordScope } from '../authorization/app-ability';
import { caseScope } from '../authorization/record-scope';
import { loadAggregate, type LoadedAggregate } from '../event-store/aggregate-loader';

export const caseStreamId = (caseId: string) => `case-${caseId}`;

/** Reads a case stream and says who may see it. */
@Injectable()
export class CaseRecords {
  constructor(private readonly store: EventStore) {}

  load(caseId: string, personalData: PersonalDataMode): Promise<LoadedAggregate<CaseState>> {
    return loadAggregate(this.store, caseDecider, caseStreamId(caseId), personalData);
  }

  /** The scope abilities check, or undefined for a case that does not exist. */
  async scopeOf(caseId: string): Promise<RecordScope | undefined> {
    const loaded = await this.load(caseId, 'redact');
    return loaded.state.status === 'absent' ? undefined : caseScope(loaded.state);
  }
}
