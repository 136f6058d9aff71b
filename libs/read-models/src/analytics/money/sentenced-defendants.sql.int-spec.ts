import { caseStream, type CaseEvent } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { charged, event, item, sentence, verdict } from '@greenchain/domain/fixtures/case.fixtures';
import { caseHistoryProjection } from '../../projections';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { filteredCasesSql } from '../analytics-scope';
import { SqlParameters } from '../sql-parameters';
import { sentencedDefendantsCte } from './sentenced-defendants.sql';

// The table's 2024 averages: 134.822483279332 KES and 0.923889546117607 EUR per USD.
const kesPerUsd = 134.822483279332;
const eurPerUsd = 0.923889546117607;
const usd = (amount: number) => ({ amount, currency: 'USD' });
const kes = (dollars: number) => ({ amount: dollars * kesPerUsd, currency: 'KES' });
const eur = (dollars: number) => ({ amount: dollars * eurPerUsd, currency: 'EUR' });
const fine = (amount: { amount: number; currency: string }) => ({ type: 'fine' as const, amount });
const prison = (months: number, suspended: boolean) => ({
  type: 'imprisonment' as const,
  months,
  suspended,
});

const imposed = (partyId: string, details: typeof sentence, on: string): CaseEvent =>
  event('SentenceImposed', { sentenceId: `sentence-${partyId}`, partyId, ...details }, on);
const appealed = (partyId: string, on: string): CaseEvent =>
  event(
    'AppealFiled',
    { appealId: `appeal-${partyId}`, partyId, appellant: 'defence', against: 'sentence' },
    on,
  );
const decided = (
  partyId: string,
  on: string,
  outcome: 'varied' | 'overturned',
  newSentence?: typeof sentence,
): CaseEvent =>
  event(
    'AppealDecided',
    {
      appealId: `appeal-${partyId}`,
      partyId,
      outcome,
      ...(newSentence && { newSentence: { sentenceId: `varied-${partyId}`, ...newSentence } }),
    },
    on,
  );
const secondItem = (estimatedValue?: { amount: number; currency: string }): CaseEvent =>
  event('CommodityItemAdded', { ...item, itemId: 'item-2', estimatedValue }, '2024-03-01');
const convicted = ['party-a', 'party-b'].map((party) => verdict(party, 'convicted'));
/** The same events a year later: a seizure of 2025, after the table's latest published year. */
const in2025 = (events: readonly CaseEvent[]) =>
  events.map(
    (each) =>
      ({
        ...each,
        data: { ...each.data, occurredAt: each.data.occurredAt.replace('2024', '2025') },
      }) as CaseEvent,
  );

describe('sentencedDefendantsCte', () => {
  let fixture: ReadModelFixture;
  const caseIds = { mixed: randomUUID(), provisional: randomUUID(), overturned: randomUUID() };

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_sentenced');
    // Value 27,200 USD + 10,000 USD in KES = 37,200, two defendants: a share of 18,600 each.
    // A: 20,000 USD, 12 months suspended; varied on appeal on 1 September to 10,000 USD.
    // B: 10,000 USD in EUR and 6 months in prison, against a maximum of 20,000 USD in EUR.
    await appendEvents(fixture.store, caseStream.streamId(caseIds.mixed), [
      ...charged,
      secondItem(kes(10_000)),
      ...convicted,
      imposed('party-a', sentence, '2024-05-10'),
      imposed(
        'party-b',
        {
          penaltyLines: [fine(eur(10_000)), prison(6, false)],
          statutoryMaximum: { fine: eur(20_000) },
        },
        '2024-05-10',
      ),
      appealed('party-a', '2024-06-01'),
      decided('party-a', '2024-09-01', 'varied', {
        ...sentence,
        penaltyLines: [fine(usd(10_000)), prison(24, true)],
      }),
    ]);
    // Seized in 2025, an item without value; A fined 1,000 USD in KES at the provisional 2024
    // rate, against a maximum of 2,000 USD in KES; B convicted, not yet sentenced.
    await appendEvents(fixture.store, caseStream.streamId(caseIds.provisional), [
      ...in2025([...charged, secondItem(), ...convicted]),
      imposed(
        'party-a',
        { penaltyLines: [fine(kes(1_000))], statutoryMaximum: { fine: kes(2_000) } },
        '2025-04-10',
      ),
    ]);
    // A's conviction overturned on 1 July; B fined 1,000 USD and 5,000 CDF (no rate).
    await appendEvents(fixture.store, caseStream.streamId(caseIds.overturned), [
      ...charged,
      ...convicted,
      imposed('party-a', sentence, '2024-05-10'),
      imposed(
        'party-b',
        {
          penaltyLines: [fine(usd(1_000)), fine({ amount: 5_000, currency: 'CDF' })],
          statutoryMaximum: { fine: usd(50_000) },
        },
        '2024-05-10',
      ),
      appealed('party-a', '2024-06-01'),
      decided('party-a', '2024-07-01', 'overturned'),
    ]);
    await project(fixture, caseHistoryProjection);
  });
  afterAll(() => fixture?.database.drop());

  async function sentencedOn(asOf: string) {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql({ asOf }, parameters);
    return fixture.database.dataSource.query<Record<string, unknown>[]>(
      `WITH ${cases.sql}, ${sentencedDefendantsCte(cases, parameters)}
       SELECT case_id, party_id, sentenced, custodial, suspended, fine_usd::float8 AS fine_usd,
              value_usd::float8 AS value_usd, share_usd::float8 AS share_usd, deterrent,
              fine_to_statutory_max::float8 AS fine_to_statutory_max, provisional
         FROM sentenced ORDER BY case_id, party_id`,
      [...parameters.values],
    );
  }

  const row = (caseId: string, partyId: string, figures: Record<string, unknown>) => ({
    case_id: caseId,
    party_id: partyId,
    sentenced: true,
    custodial: false,
    suspended: false,
    fine_usd: null,
    value_usd: null,
    share_usd: null,
    deterrent: false,
    fine_to_statutory_max: null,
    provisional: false,
    ...figures,
  });
  const close = (value: number) => expect.closeTo(value, 6) as number;
  const ofCase = (rows: Record<string, unknown>[], caseId: string) =>
    rows.filter((each) => each.case_id === caseId);

  it('converts two currencies and applies the sentence in force before and after an appeal varies it', async () => {
    const before = ofCase(await sentencedOn('2024-08-01'), caseIds.mixed);
    const shared = { value_usd: close(37_200), share_usd: close(18_600) };
    expect(before).toEqual([
      row(caseIds.mixed, 'party-a', {
        ...shared,
        suspended: true,
        fine_usd: 20_000,
        deterrent: true,
        fine_to_statutory_max: 0.4,
      }),
      row(caseIds.mixed, 'party-b', {
        ...shared,
        custodial: true,
        fine_usd: close(10_000),
        deterrent: true,
        fine_to_statutory_max: close(0.5),
      }),
    ]);
    const after = ofCase(await sentencedOn('2024-12-31'), caseIds.mixed);
    expect(after[0]).toEqual(
      row(caseIds.mixed, 'party-a', {
        ...shared,
        suspended: true,
        fine_usd: 10_000,
        fine_to_statutory_max: 0.2,
      }),
    );
  });

  it('flags a provisional rate, and leaves an unknown value and its share null', async () => {
    expect(ofCase(await sentencedOn('2025-12-31'), caseIds.provisional)).toEqual([
      row(caseIds.provisional, 'party-a', {
        fine_usd: close(1_000),
        fine_to_statutory_max: close(0.5),
        provisional: true,
      }),
      row(caseIds.provisional, 'party-b', { sentenced: false }),
    ]);
  });

  it('drops a conviction overturned on appeal, and a fine with a line that fails to convert', async () => {
    const beforeAppeal = ofCase(await sentencedOn('2024-06-15'), caseIds.overturned);
    expect(beforeAppeal.map((each) => [each.party_id, each.share_usd])).toEqual([
      ['party-a', 13_600],
      ['party-b', 13_600],
    ]);
    expect(ofCase(await sentencedOn('2024-12-31'), caseIds.overturned)).toEqual([
      row(caseIds.overturned, 'party-b', { value_usd: 27_200, share_usd: 27_200 }),
    ]);
  });

  it('holds nobody before the verdicts', async () => {
    expect(await sentencedOn('2024-04-30')).toEqual([]);
  });
});
