import { usdRateTableAnswer } from './usd-rate-table-answer';

describe('usdRateTableAnswer', () => {
  it('serves the table’s date and source, and each currency’s years through the one asked', () => {
    const answer = usdRateTableAnswer(2026);
    expect(answer).toMatchObject({
      readOn: '2026-11-28',
      firstYear: 2020,
      latestPublishedYear: 2024,
    });
    expect(answer.source).toContain('World Bank');
    const kes = answer.rates.filter((rate) => rate.currency === 'KES');
    expect(kes.map((rate) => [rate.id, rate.provisional])).toEqual([
      ['KES/2020', false],
      ['KES/2021', false],
      ['KES/2022', false],
      ['KES/2023', false],
      ['KES/2024', false],
      ['KES/2025', true],
      ['KES/2026', true],
    ]);
    expect(kes[6]?.unitsPerUsd).toBe(kes[4]?.unitsPerUsd);
  });
});
