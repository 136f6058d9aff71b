import { stalledRows, type StallTally } from './stalled';

const tally = (step: StallTally['step'], days: number, overdue: number, count = 1): StallTally => ({
  key: 'PY',
  step,
  days,
  overdue,
  count,
});

describe('stalled rows', () => {
  it.each([
    {
      title: 'an even count takes the mean of the two middle values as its median',
      tallies: [tally('referral_decision', 10, -20), tally('referral_decision', 40, 10, 2)],
      expected: [3, 2, 40, 40, 10, 10],
    },
    {
      title: 'the longest wait and the most days overdue are the maxima',
      tallies: [tally('referral_decision', 35, 5), tally('referral_decision', 61, 31)],
      expected: [2, 2, 48, 61, 18, 31],
    },
    {
      title: 'the deadline day itself (0 days overdue) is not stalled',
      tallies: [tally('referral_decision', 30, 0), tally('referral_decision', 32, 2)],
      expected: [2, 1, 31, 32, 2, 2],
    },
  ])('$title', ({ tallies, expected }) => {
    const [referral] = stalledRows(tallies);
    expect([
      referral?.pending,
      referral?.stalled,
      referral?.medianDaysInStep,
      referral?.maxDaysInStep,
      referral?.medianDaysOverdue,
      referral?.maxDaysOverdue,
    ]).toEqual(expected);
  });

  it('reports every step of a group with cases, with zeros and unknown days where nothing waits', () => {
    expect(stalledRows([{ key: null, step: null, days: 0, overdue: 0, count: 0 }])).toEqual(
      ['referral_decision', 'charge_decision', 'verdict'].map((step) => ({
        id: `unknown/${step}`,
        group: 'unknown',
        step,
        unit: step === 'verdict' ? 'defendant' : 'case',
        pending: 0,
        stalled: 0,
        medianDaysInStep: null,
        maxDaysInStep: null,
        medianDaysOverdue: null,
        maxDaysOverdue: null,
      })),
    );
  });
});
