import { type CommandResult, type TimeInStageRow } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { type FunnelRowResponse } from '../../apps/api/src/analytics/analytics.responses';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { itemRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/** Pangolin scales flown out of Nairobi to Viet Nam, seized on 15 August 2025. */
const pangolinSeizure = () => ({
  ...seizureRequest(),
  occurredAt: '2025-08-15',
  location: { name: 'JKIA', type: 'airport' },
  direction: 'export',
  transportMode: 'air_cargo',
  route: { origin: 'KE', destination: 'VN' },
});

const pangolinItem = {
  occurredAt: '2025-08-15',
  agreements: ['CITES'],
  hsDeclared: '0508.00',
  descriptionEstablished: 'Pangolin scales in sacks',
  species: 'Manis gigantea',
  quantities: [{ amount: 120, unit: 'kilograms' }],
};

describe('analytics: breakdowns and filters', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    for (const role of ['customs', 'analyst'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
    const post = async (path: string, body: object) => {
      const response = await http
        .post(`/api/cases${path}`)
        .set(bearer(tokens.customs ?? ''))
        .send(body);
      if (response.status >= 300) throw new Error(`${path}: ${response.text}`);
      return bodyOf<CommandResult>(response);
    };
    // HCFC-22 shipped from China through the Emirates to Mombasa, seized on 1 March 2024.
    const hcfc = (await post('', seizureRequest())).id;
    await post(`/${hcfc}/items`, itemRequest);
    const pangolin = (await post('', pangolinSeizure())).id;
    await post(`/${pangolin}/items`, pangolinItem);
  }, 90_000);
  afterAll(() => subject?.close());

  const funnel = async (groupBy: string, filter: object = {}) =>
    bodyOf<FunnelRowResponse[]>(
      await http
        .get('/api/analytics/funnel')
        .query({ groupBy, filter: JSON.stringify(filter) })
        .set(bearer(tokens.customs ?? ''))
        .expect(200),
    )
      .filter((row) => row.id !== 'total')
      .map((row) => [row.group, row.seized]);

  it('breaks the funnel down by every new group', async () => {
    await expectEventually(async () => expect(await funnel('speciesOrSubstance')).toHaveLength(2), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    expect(await funnel('region')).toEqual([['014', 2]]);
    expect(await funnel('commodityGroup')).toEqual([
      ['ods', 1],
      ['wildlife', 1],
    ]);
    expect(await funnel('hsChapter')).toEqual([
      ['05', 1],
      ['29', 1],
    ]);
    expect(await funnel('speciesOrSubstance')).toEqual([
      ['HCFC-22', 1],
      ['Manis gigantea', 1],
    ]);
    expect(await funnel('locationType')).toEqual([
      ['airport', 1],
      ['seaport', 1],
    ]);
    expect(await funnel('direction')).toEqual([
      ['export', 1],
      ['import', 1],
    ]);
    expect(await funnel('quarter')).toEqual([
      ['2024-Q1', 1],
      ['2025-Q3', 1],
    ]);
    expect(await funnel('route')).toEqual([
      ['CN → AE → KE', 1],
      ['KE → VN', 1],
    ]);
    // One group for the whole filter, each case once, for charts of the chain as a whole.
    expect(await funnel('all')).toEqual([['all', 2]]);
    const chain = bodyOf<{ group: string; steps: { reached: { cases: number } }[] }[]>(
      await http
        .get('/api/analytics/chain-funnel')
        .query({ groupBy: 'all' })
        .set(bearer(tokens.customs ?? ''))
        .expect(200),
    );
    expect(chain.map((row) => [row.group, row.steps[0]?.reached.cases])).toEqual([['all', 2]]);
  }, 60_000);

  it.each([
    [{ region: '014' }, 2],
    [{ region: ['005', '155'] }, 0],
    [{ commodityGroup: 'wildlife' }, 1],
    [{ hsChapter: ['29'] }, 1],
    [{ speciesOrSubstance: 'Manis gigantea' }, 1],
    [{ locationType: 'airport' }, 1],
    [{ direction: ['import'] }, 1],
    [{ year: 2025 }, 1],
    [{ quarter: '2024-Q1' }, 1],
    [{ origin: 'CN' }, 1],
    [{ transit: 'AE' }, 1],
    [{ transit: 'UY' }, 0],
    [{ destination: 'VN' }, 1],
  ])('filters the funnel by %j', async (filter, seized) => {
    await expectEventually(async () => expect(await funnel('quarter')).toHaveLength(2), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    const rows = await funnel('country', filter);
    expect(rows.reduce((sum, [, cases]) => sum + Number(cases), 0)).toBe(seized);
  });

  it('breaks time in stage down by the same groups', async () => {
    const rows = bodyOf<TimeInStageRow[]>(
      await http
        .get('/api/analytics/time-in-stage')
        .query({ groupBy: 'route', filter: JSON.stringify({ quarter: ['2025-Q3'] }) })
        .set(bearer(tokens.analyst ?? ''))
        .expect(200),
    );
    expect([...new Set(rows.map((row) => row.group))]).toEqual(['KE → VN']);
  });

  it.each([
    ['{"quarter":"2025-Q5"}', 'quarter must be a quarter such as 2025-Q3'],
    ['{"region":"Africa"}', 'region must be a UN M49 region code'],
    ['{"transit":["ae"]}', 'transit must be an ISO 3166-1 alpha-2 country code'],
    ['{"year":"last"}', 'year must be a year such as 2025'],
  ])('refuses the filter %s with a problem naming the field', async (filter, detail) => {
    const response = await http
      .get('/api/analytics/penalty-adequacy')
      .query({ filter })
      .set(bearer(tokens.analyst ?? ''))
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(problemOf(response)).toMatchObject({ field: 'filter' });
    expect(problemOf(response).detail).toContain(detail);
  });

  it('refuses a group it does not know', async () => {
    const response = await http
      .get('/api/analytics/funnel')
      .query({ groupBy: 'toString' })
      .set(bearer(tokens.analyst ?? ''))
      .expect(400);
    expect(JSON.stringify(problemOf(response))).toContain('groupBy');
  });
});
