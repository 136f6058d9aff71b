import { Injectable } from '@nestjs/common';
import { caseDecider, caseStream, type CaseState } from '@greenchain/domain';
import { EventStore, type PersonalDataMode } from '@greenchain/event-store';
import { foldRecorded, loadAggregate, type LoadedAggregate } from '../event-store/aggregate-loader';
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

  /**
   * The case in one read of its stream: `modeFor` judges the reader on the case as it reads without
   * personal values (and may refuse them the case), and the case is decrypted only if it says so.
   */
  async loadFor(
    caseId: string,
    modeFor: (state: CaseState) => PersonalDataMode,
  ): Promise<LoadedAggregate<CaseState> & { readonly personalData: PersonalDataMode }> {
    const streamId = caseStream.streamId(caseId);
    const slice = await this.store.readStreamAs(streamId, ({ events }) =>
      modeFor(foldRecorded(caseDecider, events)),
    );
    const events = await this.clear.hide(slice.events, caseId, slice.personalData);
    const state = foldRecorded(caseDecider, events);
    return { streamId, version: slice.version, events, state, personalData: slice.personalData };
  }
}
