import fc from 'fast-check';
import { kaplanMeier, tallyByDay } from './kaplan-meier';
import { summariseDurations } from './quantiles';

const completed = (...days: number[]) => tallyByDay(days.map((d) => ({ days: d, ended: true })));
const open = (...days: number[]) => tallyByDay(days.map((d) => ({ days: d, ended: false })));

describe('kaplanMeier', () => {
  it('gives no curve and no median for no cases', () => {
    expect(kaplanMeier([])).toEqual({ entered: 0, steps: [], median: null });
  });

  it('keeps a case censored on a day at risk on that day', () => {
    // 4 enter; day 10: one ends, one censored (both at risk); day 20: one of the two left ends.
    const curve = kaplanMeier([...completed(10, 20, 30), ...open(10)]);
    expect(curve.steps.map(({ day, atRisk, survival }) => [day, atRisk, survival])).toEqual([
      [10, 4, 0.75],
      [20, 2, 0.375],
      [30, 1, 0],
    ]);
    expect(curve.median).toBe(20);
  });

  it('has no median while more than half still wait', () => {
    expect(kaplanMeier([...completed(5), ...open(40, 40)]).median).toBeNull();
  });

  it('takes the midpoint where the survival rests on exactly one half', () => {
    expect(kaplanMeier(completed(10, 20, 30, 40)).median).toBe(25);
  });

  it('takes the day the survival reaches one half when nothing comes after it', () => {
    expect(kaplanMeier([...completed(10), ...open(20)]).median).toBe(10);
  });

  it('merges tallies of the same day, as grouped counts from SQL arrive', () => {
    const grouped = kaplanMeier([
      { day: 3, ended: 1, censored: 0 },
      { day: 3, ended: 1, censored: 1 },
      { day: 7, ended: 1, censored: 0 },
    ]);
    expect(grouped.steps).toEqual([
      { day: 3, ended: 2, censored: 1, atRisk: 4, survival: 0.5 },
      { day: 7, ended: 1, censored: 0, atRisk: 1, survival: 0 },
    ]);
  });

  it('refuses a negative or fractional duration', () => {
    expect(() => kaplanMeier(completed(-1))).toThrow(RangeError);
    expect(() => kaplanMeier(completed(1.5))).toThrow(RangeError);
  });

  it('with nothing censored, has the median of the completed durations', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1 }), (days) => {
        expect(kaplanMeier(completed(...days)).median).toBe(summariseDurations(days).median);
      }),
    );
  });

  it('never rises, and stays between 0 and 1', () => {
    const observation = fc.record({ days: fc.integer({ min: 0, max: 400 }), ended: fc.boolean() });
    fc.assert(
      fc.property(fc.array(observation), (observations) => {
        const survivals = kaplanMeier(tallyByDay(observations)).steps.map((s) => s.survival);
        survivals.forEach((survival, index) => {
          expect(survival).toBeGreaterThanOrEqual(0);
          expect(survival).toBeLessThanOrEqual(index === 0 ? 1 : survivals[index - 1]!);
        });
      }),
    );
  });
});
