import { caseDecider } from '../case/case.decider';
import type { CaseCommand } from '../case/case.commands';
import type { CaseEvent } from '../case/case.events';
import type { CaseState } from '../case/case.state';
import { caseReferenceKeys } from '../case/case-reference-key';
import { streamIdOf, type StreamType } from './stream-type';

/** A case: one stream per case, `case-<caseId>`; a seizure claims its reference within its agency. */
export const caseStream: StreamType<CaseCommand, CaseEvent, CaseState> = {
  type: 'case',
  decider: caseDecider,
  streamId: (caseId) => streamIdOf('case', caseId),
  uniqueKeys: (events) =>
    events.flatMap((event) =>
      event.type === 'SeizureRecorded' ? caseReferenceKeys(event.data) : [],
    ),
  narrativeCaseId: (caseId) => caseId,
};
