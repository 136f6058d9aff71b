import fc from 'fast-check';
import {
  adequacyScore,
  chainStrength,
  chainStrengthWeights,
  knownScore,
  timelinessScore,
  type WeightedScore,
} from './chain-strength';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const weightedScores = fc.array(
  fc.record({
    score: fc.option(unit, { nil: null }),
    weight: fc.constantFrom(...Object.values(chainStrengthWeights)),
  }),
  { minLength: 1, maxLength: 9 },
);

describe('chain strength index', () => {
  it('is the weighted mean of the known parts, weights renormalised over them', () => {
    // (1 × 0.5 + 1 × 0.8 + 1/3 × 1 + 1/3 × 0.5) ÷ (1 + 1 + 1/3 + 1/3) = 1.8 ÷ 8/3 = 0.675
    const parts: WeightedScore[] = [
      { score: 0.5, weight: 1 },
      { score: 0.8, weight: 1 },
      { score: null, weight: 1 },
      { score: 1, weight: 1 / 3 },
      { score: 0.5, weight: 1 / 3 },
    ];
    const { index, knownParts } = chainStrength(5, parts);
    expect(index).toBeCloseTo(0.675, 12);
    expect(knownParts).toBe(4);
  });

  it('is unknown below 5 seized cases, or with no part known, and still counts the parts', () => {
    expect(chainStrength(4, [{ score: 1, weight: 1 }])).toEqual({ index: null, knownParts: 1 });
    expect(chainStrength(9, [{ score: null, weight: 1 }])).toEqual({ index: null, knownParts: 0 });
    expect(chainStrength(5, [{ score: 0, weight: 1 }])).toEqual({ index: 0, knownParts: 1 });
  });

  it('weighs the three times together as much as one rate', () => {
    const { timeToReferral, timeToCharges, timeToVerdict, referral } = chainStrengthWeights;
    expect(timeToReferral + timeToCharges + timeToVerdict).toBeCloseTo(referral, 12);
  });

  it('scores a median wait within the deadline 1, and deadline ÷ median beyond it', () => {
    expect(timelinessScore(0, 30)).toBe(1);
    expect(timelinessScore(30, 30)).toBe(1);
    expect(timelinessScore(60, 30)).toBe(0.5);
    expect(timelinessScore(730, 365)).toBe(0.5);
    expect(timelinessScore(null, 30)).toBeNull();
  });

  it('caps fine adequacy at 1 and keeps an unknown median unknown', () => {
    expect(adequacyScore(0.25)).toBe(0.25);
    expect(adequacyScore(3)).toBe(1);
    expect(adequacyScore(null)).toBeNull();
  });

  it('takes a part resting on fewer than 3 as unknown, whatever its score', () => {
    expect(knownScore(1, 2)).toBeNull();
    expect(knownScore(0, 3)).toBe(0);
    expect(knownScore(null, 10)).toBeNull();
  });

  it('stays within 0..1', () => {
    fc.assert(
      fc.property(weightedScores, (parts) => {
        const { index } = chainStrength(5, parts);
        if (index !== null) expect(index >= 0 && index <= 1).toBe(true);
        expect(index === null).toBe(parts.every((part) => part.score === null));
      }),
    );
  });

  it('never falls when one known part rises', () => {
    fc.assert(
      fc.property(weightedScores, fc.nat(), unit, (parts, at, rise) => {
        const position = at % parts.length;
        const before = parts[position]!;
        fc.pre(before.score !== null);
        const raised = parts.map((part, index) =>
          index === position ? { ...part, score: Math.min(1, before.score! + rise) } : part,
        );
        expect(chainStrength(5, raised).index!).toBeGreaterThanOrEqual(
          chainStrength(5, parts).index!,
        );
      }),
    );
  });
});
