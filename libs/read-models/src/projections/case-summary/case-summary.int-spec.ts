import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { detected, event, judged, referred } from '@greenchain/domain/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { caseSummaryProjection } from './case-summary.projection';
import { CaseSummaryQuery } from './case-summary.query';

describe('case-summary projection', () => {
  let fixture: ReadModelFixture;
  let query: CaseSummaryQuery;
  const detectedCase = randomUUID();
  const referredCase = randomUUID();
  const judgedCase = randomUUID();

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_summary');
    query = new CaseSummaryQuery(fixture.database.dataSource, { asOf: () => '2024-06-30' });
    await appendEvents(fixture.store, caseStream.streamId(detectedCase), detected);
    await appendEvents(fixture.store, caseStream.streamId(referredCase), referred);
    await appendEvents(fixture.store, caseStream.streamId(judgedCase), judged);
    await project(fixture, caseSummaryProjection);
  });
  afterAll(() => fixture?.database.drop());

  it('derives stage, dates, value and defendant counts from the domain', async () => {
    const judgedRow = await query.getOne(judgedCase);
    expect(judgedRow).toMatchObject({
      id: judgedCase,
      country: 'PY',
      port: 'Puerto de Asunción',
      agreements: ['MP'],
      hsChapters: ['29'],
      stage: 'SENTENCED',
      outcome: 'concluded_with_sentence',
      seizedOn: '2024-03-01',
      referredOn: '2024-03-10',
      firstChargedOn: '2024-04-01',
      lastStageChangeOn: '2024-05-10',
      valueKnown: true,
      valueTotalUsd: 27200,
      defendantCount: 2,
      chargedCount: 2,
      outcomeCount: 2,
      convictedCount: 1,
      sentencedCount: 1,
      stalled: false,
    });
  });

  it('keeps no personal field: the party name appears nowhere in the table', async () => {
    const [row] = await fixture.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM case_summary t WHERE t::text LIKE '%Pérez%'`,
    );
    expect(row?.n).toBe(0);
  });

  it('flags a case stalled strictly past the pending step deadline', async () => {
    // Seized 1 March; 30 days to a referral decision: stalled on 1 April, not on 31 March.
    const onDeadline = new CaseSummaryQuery(fixture.database.dataSource, {
      asOf: () => '2024-03-31',
    });
    expect((await onDeadline.getOne(detectedCase))?.stalled).toBe(false);
    expect((await query.getOne(detectedCase))?.stalled).toBe(true);
    // Referred 10 March; 180 days to a charge decision: not stalled on 30 June.
    expect((await query.getOne(referredCase))?.stalled).toBe(false);
  });

  it('filters by stage, stalled and seizure dates, sorts and pages with a total', async () => {
    const all = [detectedCase, referredCase, judgedCase];
    const stalled = await query.list({ filter: { id: all, stalled: true } });
    expect(stalled.rows.map((row) => row.id)).toEqual([detectedCase]);
    const notStalled = await query.list({ filter: { id: all, stalled: false } });
    expect(notStalled.total).toBe(2);
    const byStage = await query.list({ filter: { stage: ['REFERRED', 'DETECTION'] } });
    expect(byStage.rows.map((row) => row.id).sort()).toEqual([detectedCase, referredCase].sort());
    const page = await query.list({ filter: { id: all }, sort: ['stage', 'ASC'], range: [1, 1] });
    expect(page).toEqual({ total: 3, rows: [expect.objectContaining({ id: referredCase })] });
    const none = await query.list({ filter: { seizedFrom: '2024-03-02' } });
    expect(none).toEqual({ total: 0, rows: [] });
  });

  it('updates the row on later events without losing the last stage change date', async () => {
    const caseId = randomUUID();
    const version = await appendEvents(fixture.store, caseStream.streamId(caseId), referred);
    await project(fixture, caseSummaryProjection);
    const note = event('LabResultRecorded', labResult, '2024-03-20');
    await appendEvents(fixture.store, caseStream.streamId(caseId), [note], version);
    await project(fixture, caseSummaryProjection);
    expect(await query.getOne(caseId)).toMatchObject({
      stage: 'REFERRED',
      lastStageChangeOn: '2024-03-10',
      streamVersion: version + 1,
    });
  });

  describe('shares', () => {
    const sharedCase = randomUUID();
    const share = (shareId: string, country: string, fields: string[], until: string) =>
      event(
        'CaseShared',
        { shareId, country, agency: `${country} customs`, fields, until } as never,
        '2024-03-12',
      );
    const viewer = (country: string, agency = `${country} customs`) => ({ country, agency });
    let version = 0;

    beforeAll(async () => {
      version = await appendEvents(fixture.store, caseStream.streamId(sharedCase), [
        ...judged,
        share('s-bo', 'BO', ['seizure', 'court'], '2099-12-31'),
        share('s-ar', 'AR', ['parties', 'items'], '2024-06-29'),
      ]);
      await project(fixture, caseSummaryProjection);
    });

    it("shows another country's case only to the countries it is shared with, only the shared parts", async () => {
      expect(await query.getOne(sharedCase, viewer('UY'))).toBeUndefined();
      const bolivia = await query.getOne(sharedCase, viewer('BO'));
      expect(bolivia).toMatchObject({
        id: sharedCase,
        country: 'PY',
        sharedWithMe: true,
        stage: 'SENTENCED',
        outcome: 'concluded_with_sentence',
        port: 'Puerto de Asunción',
        seizedOn: '2024-03-01',
        agreements: null,
        valueTotalUsd: null,
        referredOn: null,
        defendantCount: null,
        convictedCount: null,
      });
      expect(await query.getOne(sharedCase, viewer('PY'))).toMatchObject({
        sharedWithMe: false,
        agreements: ['MP'],
        defendantCount: 2,
      });
    });

    it('shows the case to the agency the share names, not to another agency of that country', async () => {
      expect(await query.getOne(sharedCase, viewer('BO'))).toBeDefined();
      expect(await query.getOne(sharedCase, viewer('BO', 'BO police'))).toBeUndefined();
      expect(await query.getOne(sharedCase, { country: 'BO', agency: null })).toBeUndefined();
      const policeList = await query.list(
        { filter: { id: sharedCase } },
        viewer('BO', 'BO police'),
      );
      expect(policeList.total).toBe(0);
    });

    it('lets no hidden value be found by filtering on it, and drops expired shares', async () => {
      const byAgreement = await query.list(
        { filter: { id: sharedCase, agreement: 'MP' } },
        viewer('BO'),
      );
      expect(byAgreement.total).toBe(0);
      // Argentina's share ended on 29 June; the query reads as of 30 June.
      expect(await query.getOne(sharedCase, viewer('AR'))).toBeUndefined();
    });

    it('forgets a revoked share', async () => {
      await appendEvents(
        fixture.store,
        caseStream.streamId(sharedCase),
        [event('CaseShareRevoked', { shareId: 's-bo' }, '2024-06-01')],
        version,
      );
      await project(fixture, caseSummaryProjection);
      expect(await query.getOne(sharedCase, viewer('BO'))).toBeUndefined();
    });
  });

  it('refuses unknown filter and sort fields instead of ignoring them', async () => {
    await expect(query.list({ filter: { name: 'x' } as never })).rejects.toThrow(
      'unknown filter field "name"',
    );
    await expect(query.list({ sort: ['password', 'ASC'] })).rejects.toThrow('unknown sort field');
  });
});

const labResult = {
  labResultId: 'lab-1',
  itemId: 'item-1',
  laboratory: 'INTN',
  method: 'GC-MS',
  result: 'HCFC-22 confirmed',
};
