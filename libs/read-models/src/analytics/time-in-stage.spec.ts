import { timeInStageRow } from './time-in-stage';

const row = (tallies: { day: number; ended: number; censored: number }[], suppress = true) =>
  timeInStageRow({ group: 'KE', transition: 'seizure_to_referral', tallies }, suppress);

describe('timeInStageRow', () => {
  it('gives completed median and p90 and the censored curve of a group', () => {
    const figures = row([
      { day: 10, ended: 2, censored: 0 },
      { day: 20, ended: 1, censored: 1 },
      { day: 40, ended: 0, censored: 2 },
    ]);
    expect(figures).toMatchObject({
      id: 'KE/seizure_to_referral',
      entered: 6,
      completed: 3,
      medianDays: 10,
      p90Days: 18,
      // 6 at risk: 2 end on day 10 (4/6 wait), 1 of 4 on day 20 (3/6 wait): half, first on day 20.
      survivalMedianDays: 20,
      suppressed: false,
    });
    expect(figures.survival.map((day) => day.atRisk)).toEqual([6, 4, 2]);
  });

  it('hides the days behind one or two completions from readers of every country', () => {
    const tallies = [
      { day: 12, ended: 2, censored: 0 },
      { day: 30, ended: 0, censored: 5 },
    ];
    expect(row(tallies)).toMatchObject({
      entered: 7,
      completed: null,
      medianDays: null,
      survivalMedianDays: null,
      survival: [],
      suppressed: true,
    });
    expect(row(tallies, false)).toMatchObject({ completed: 2, medianDays: 12, suppressed: false });
  });

  it('hides a group of one or two cases entirely, and shows a group none entered', () => {
    expect(row([{ day: 3, ended: 1, censored: 1 }])).toMatchObject({
      entered: null,
      completed: null,
      suppressed: true,
    });
    expect(row([])).toMatchObject({
      entered: 0,
      completed: 0,
      medianDays: null,
      suppressed: false,
    });
  });
});
