import { deciderSpec } from '@greenchain/testing';
import { caseCommand as command, detected, event } from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';
import { evolveCase } from './case.evolve';
import { initialCaseState } from './case.state';

const spec = deciderSpec(caseDecider);
const unknownOrigin = { report: 'cites-aitr', column: 'origin', reason: 'not-known' } as const;
const explained = event('ReportGapExplained', unknownOrigin, '2024-06-01');
const closed = event('CaseClosed', { reasonCode: 'concluded' }, '2024-05-01');

describe('ExplainReportGap', () => {
  it('records why a column a report requires is empty', () =>
    spec.given(detected).when(command('ExplainReportGap', unknownOrigin)).then([explained]));

  it('records it, with a note, on a closed case that reports still cover', () =>
    spec
      .given([...detected, closed])
      .when(
        command('ExplainReportGap', {
          ...unknownOrigin,
          reason: 'withheld-investigation',
          note: 'joint operation under way',
        }),
      )
      .then([
        event(
          'ReportGapExplained',
          { ...unknownOrigin, reason: 'withheld-investigation', note: 'joint operation under way' },
          '2024-06-01',
        ),
      ]));

  it('records a changed reason, which replaces the earlier one', () => {
    const changed = { ...unknownOrigin, reason: 'not-applicable' } as const;
    const state = [
      ...detected,
      explained,
      event('ReportGapExplained', changed, '2024-06-02'),
    ].reduce(evolveCase, initialCaseState());
    expect(state.reportGaps['cites-aitr/origin']?.reason).toBe('not-applicable');
    return spec
      .given([...detected, explained])
      .when(command('ExplainReportGap', changed))
      .then([event('ReportGapExplained', changed, '2024-06-01')]);
  });

  it.each([
    ['report', { ...unknownOrigin, report: 'cites' }, 'value/not-in-code-list'],
    ['reason', { ...unknownOrigin, reason: 'forgot' as never }, 'value/not-in-code-list'],
    ['column', { ...unknownOrigin, column: '__proto__' }, 'value/invalid-id'],
  ])('refuses a %s it does not know', (field, data, code) =>
    spec.given(detected).when(command('ExplainReportGap', data)).thenThrows(code, `data.${field}`),
  );

  it('refuses a case that was never recorded', () =>
    spec.given([]).when(command('ExplainReportGap', unknownOrigin)).thenThrows('case/not-found'));

  it('records nothing for the same explanation said again', () =>
    spec
      .given([...detected, explained])
      .when(command('ExplainReportGap', unknownOrigin))
      .then([]));
});
