import { penaltyAdequacy, type DatedAmount } from './penalty-adequacy';
import { type UsdRateTable } from '@greenchain/metrics';

const rates: UsdRateTable = {
  readOn: '2026-11-28',
  source: 'test',
  firstYear: 2024,
  latestYear: 2024,
  currencies: [{ currency: 'KES', unitsPerUsd: { 2024: 100 } }],
};
const usd = (amount: number): DatedAmount => ({ amount, currency: 'USD', datedOn: '2024-03-01' });
const kes = (amount: number, datedOn = '2024-03-01'): DatedAmount => ({
  amount,
  currency: 'KES',
  datedOn,
});

describe('penaltyAdequacy', () => {
  it('compares each whole fine with the defendant’s share of the case value, in USD', () => {
    const [row] = penaltyAdequacy(
      [
        { group: 'KE', caseId: 'c1', partyId: 'a', convictedInCase: 2 },
        { group: 'KE', caseId: 'c1', partyId: 'b', convictedInCase: 2 },
      ],
      new Map([['c1', [usd(1000), kes(100_000)]]]),
      new Map([
        ['c1/a', [kes(50_000)]],
        ['c1/b', [usd(1500)]],
      ]),
      rates,
    );
    expect(row).toEqual({
      id: 'KE',
      group: 'KE',
      sentenced: 2,
      finesTotal: 2000,
      estimatedValueTotal: 2000,
      finesBelowValue: 1,
      ratio: 1,
      unconvertedAmounts: 0,
      unconvertedCurrencies: [],
    });
  });

  it('leaves out and counts amounts without a rate; a case value is never a partial sum', () => {
    const [row] = penaltyAdequacy(
      [{ group: 'KE', caseId: 'c1', partyId: 'a', convictedInCase: 1 }],
      new Map([['c1', [usd(1000), kes(100_000, '2019-01-01')]]]),
      new Map([['c1/a', [usd(10), { amount: 5, currency: 'CDF', datedOn: '2024-01-01' }]]]),
      rates,
    );
    expect(row).toMatchObject({
      finesTotal: 10,
      estimatedValueTotal: 0,
      finesBelowValue: 0,
      ratio: null,
      unconvertedAmounts: 2,
      unconvertedCurrencies: ['CDF', 'KES'],
    });
  });

  it('treats an item without a value as an unknown case value, not as zero', () => {
    const [row] = penaltyAdequacy(
      [{ group: 'MP', caseId: 'c1', partyId: 'a', convictedInCase: 1 }],
      new Map([['c1', [usd(1000), { amount: null, currency: null, datedOn: '2024-03-01' }]]]),
      new Map([['c1/a', [usd(10)]]]),
      rates,
    );
    expect(row).toMatchObject({
      estimatedValueTotal: 0,
      finesBelowValue: 0,
      unconvertedAmounts: 0,
    });
  });
});
