import { caseDecider, type CaseEvent, fold } from '@greenchain/domain';
import {
  accepted,
  detected,
  event,
  judged,
  referred,
} from '@greenchain/domain/fixtures/case.fixtures';
import { caseStepper } from './case-stepper';

const closed = event('CaseClosed', { reasonCode: 'concluded' }, '2024-06-01');
const settlement = event(
  'CaseSettledAdministratively',
  {
    settlementId: 's',
    partyIds: [],
    penaltyLines: [{ type: 'cease_and_desist', description: 'stop' }],
    reExportOrder: true,
  },
  '2024-03-05',
);

/** The statuses in stage order, as one line a reader can check against caseStages. */
const statuses = (events: CaseEvent[]) =>
  caseStepper(fold(caseDecider, events)).map((step) => `${step.stage}:${step.status}`);

describe('the chain stepper', () => {
  it('passes the settlement side exit by for a referred case', () => {
    expect(statuses(referred)).toEqual([
      'DETECTION:done',
      'ADMINISTRATIVE_SETTLEMENT:skipped',
      'REFERRED:current',
      'PROSECUTION:upcoming',
      'CHARGED:upcoming',
      'TRIAL:upcoming',
      'SENTENCED:upcoming',
      'APPEAL:upcoming',
      'CLOSED:upcoming',
    ]);
  });

  it('shows a case settled and then closed as never referred, prosecuted or sentenced', () => {
    expect(statuses([...detected, settlement, closed])).toEqual([
      'DETECTION:done',
      'ADMINISTRATIVE_SETTLEMENT:done',
      'REFERRED:skipped',
      'PROSECUTION:skipped',
      'CHARGED:skipped',
      'TRIAL:skipped',
      'SENTENCED:skipped',
      'APPEAL:skipped',
      'CLOSED:current',
    ]);
  });

  it('shows a case closed during prosecution as stopped there', () => {
    expect(statuses([...accepted, closed]).slice(2)).toEqual([
      'REFERRED:done',
      'PROSECUTION:done',
      'CHARGED:skipped',
      'TRIAL:skipped',
      'SENTENCED:skipped',
      'APPEAL:skipped',
      'CLOSED:current',
    ]);
  });

  it('shows a sentenced case closed without appeal as done up to the sentence', () => {
    expect(statuses([...judged, closed]).slice(6)).toEqual([
      'SENTENCED:done',
      'APPEAL:skipped',
      'CLOSED:current',
    ]);
  });
});
