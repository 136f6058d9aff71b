import fc from 'fast-check';
import { funnelFigures, rateOf, reachedFromFurthest, type FunnelCounts } from './funnel-figures';

const count = fc.nat({ max: 1000 });
const furthestSteps = fc.array(fc.record({ cases: count, defendants: count }), {
  minLength: 1,
  maxLength: 8,
});
const total = (counts: readonly FunnelCounts[], unit: keyof FunnelCounts) =>
  counts.reduce((sum, counts) => sum + counts[unit], 0);

describe('funnel figures', () => {
  it('never counts more at a step than at the step before, in cases and in defendants', () => {
    fc.assert(
      fc.property(furthestSteps, (furthest) => {
        const reached = reachedFromFurthest(furthest);
        reached.slice(1).forEach((step, index) => {
          expect(step.cases).toBeLessThanOrEqual(reached[index]!.cases);
          expect(step.defendants).toBeLessThanOrEqual(reached[index]!.defendants);
        });
        expect(reached[0]).toEqual({
          cases: total(furthest, 'cases'),
          defendants: total(furthest, 'defendants'),
        });
      }),
    );
  });

  it('keeps every rate between 0 and 1, or unknown', () => {
    fc.assert(
      fc.property(furthestSteps, (furthest) => {
        for (const step of funnelFigures(reachedFromFurthest(furthest))) {
          const { ofPrevious, ofFirst } = step;
          for (const rate of [
            ofPrevious.cases,
            ofPrevious.defendants,
            ofFirst.cases,
            ofFirst.defendants,
          ]) {
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          }
        }
      }),
    );
  });

  it('counts what stopped at a step and everything that went further', () => {
    const reached = reachedFromFurthest([
      { cases: 2, defendants: 1 },
      { cases: 1, defendants: 3 },
      { cases: 1, defendants: 2 },
    ]);
    expect(reached).toEqual([
      { cases: 4, defendants: 6 },
      { cases: 2, defendants: 5 },
      { cases: 1, defendants: 2 },
    ]);
  });

  it('gives each step its share of the previous step and of the first', () => {
    const [first, second, third] = funnelFigures([
      { cases: 4, defendants: 8 },
      { cases: 2, defendants: 2 },
      { cases: 1, defendants: 0 },
    ]);
    expect(first).toMatchObject({
      ofPrevious: { cases: null, defendants: null },
      ofFirst: { cases: 1, defendants: 1 },
    });
    expect(second).toMatchObject({
      ofPrevious: { cases: 0.5, defendants: 0.25 },
      ofFirst: { cases: 0.5, defendants: 0.25 },
    });
    expect(third).toMatchObject({
      ofPrevious: { cases: 0.5, defendants: 0 },
      ofFirst: { cases: 0.25, defendants: 0 },
    });
  });

  it('reports a rate over zero as unknown, not 0', () => {
    expect(rateOf(0, 0)).toBeNull();
    expect(rateOf(3, 0)).toBeNull();
    expect(rateOf(0, 4)).toBe(0);
    const [, charged] = funnelFigures([
      { cases: 1, defendants: 0 },
      { cases: 0, defendants: 0 },
    ]);
    expect(charged?.ofPrevious).toEqual({ cases: 0, defendants: null });
    expect(charged?.ofFirst).toEqual({ cases: 0, defendants: null });
  });
});
