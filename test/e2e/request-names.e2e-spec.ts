import { randomUUID } from 'node:crypto';
import { type CommandResult, type Role } from '@greenchain/contracts';
import { type CaseSummary } from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { AnalyticsQuery } from '../../apps/api/src/analytics/analytics.query';
import { ListQuery } from '../../apps/api/src/records/list.query';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { nestRoutes, type NestRoute } from '../support/nest-routes';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { signInNewUser, ugandanOfficer } from '../support/users';

/**
 * Names a client sends (filter fields, sort fields, group-bys) are looked up among a table's own
 * properties only. Each member name of Object.prototype, which a plain `table[name]` finds on every
 * object, goes as a filter key, a sort field, a group-by and nested inside the JSON parameters to
 * every list, export and analytics route: each answer is a 4xx problem+json naming the parameter,
 * and a Kenyan officer never sees the Ugandan case the injected SQL would reveal.
 */
const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
const roles: readonly Role[] = ['customs', 'prosecutor', 'judiciary', 'analyst', 'admin'];
const injection = "KE') OR ('1'='1";

type Query = Record<string, string>;

describe('names from requests are own properties only', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens = new Map<Role, string>();
  let listRoutes: NestRoute[];
  let analyticsRoutes: NestRoute[];
  let caseId: string;
  let ugandanCaseId: string;

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    for (const role of roles) tokens.set(role, (await signIn(http, role)).accessToken);
    const uganda = await signInNewUser(
      http,
      tokens.get('admin') ?? '',
      ugandanOfficer('names-officer@ura.test'),
    );
    caseId = await recordSeizure(tokens.get('customs') ?? '');
    ugandanCaseId = await recordSeizure(uganda);
    await expectEventually(
      async () => {
        const rows = await listCases(tokens.get('analyst') ?? '', {});
        expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining([caseId, ugandanCaseId]));
      },
      { timeoutMs: 20_000 },
    );
    const routes = nestRoutes(subject.app).filter((route) => route.method === 'GET');
    const taking = (type: unknown) => routes.filter((route) => route.parameterTypes.includes(type));
    listRoutes = taking(ListQuery);
    analyticsRoutes = taking(AnalyticsQuery);
  }, 90_000);
  afterAll(() => subject?.close(), 60_000);

  async function recordSeizure(token: string): Promise<string> {
    const response = await http
      .post('/api/cases')
      .set(bearer(token))
      .set('Idempotency-Key', randomUUID())
      .send(seizureRequest());
    expect(response.status).toBe(201);
    return bodyOf<CommandResult>(response).id;
  }

  async function listCases(token: string, query: Query): Promise<CaseSummary[]> {
    const response = await http.get('/api/cases').query(query).set(bearer(token)).expect(200);
    return bodyOf<CaseSummary[]>(response);
  }

  /** The filter a route needs to answer at all (the evidence list is per case). */
  const baseFilter = (route: NestRoute): Record<string, unknown> =>
    route.url === '/api/evidence' ? { caseId } : {};

  /** The roles that may read the route, found by asking it plainly. */
  async function readers(route: NestRoute): Promise<Role[]> {
    const allowed: Role[] = [];
    for (const role of roles) {
      const response = await http
        .get(route.url)
        .query({ filter: JSON.stringify(baseFilter(route)) })
        .set(bearer(tokens.get(role) ?? ''));
      if (response.status === 200) allowed.push(role);
    }
    return allowed;
  }

  function expectRefusal(response: request.Response, parameter: string, sent: string): void {
    const context = `${problemOf(response).instance ?? ''} ${sent}`;
    expect({ context, status: response.status }).toEqual({ context, status: 400 });
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect({ context, field: problemOf(response).field?.split('.')[0] }).toEqual({
      context,
      field: parameter,
    });
  }

  /** JSON with the name as an own key, `__proto__` included (an object literal would set the prototype). */
  const withKey = (base: Record<string, unknown>, name: string, value: unknown): string =>
    JSON.stringify(base).replace(
      /^\{/,
      `{${JSON.stringify(name)}:${JSON.stringify(value)}${Object.keys(base).length > 0 ? ',' : ''}`,
    );

  it('finds the list and analytics routes it attacks', () => {
    expect(listRoutes.map((route) => route.url)).toEqual(
      expect.arrayContaining(['/api/cases', '/api/evidence', '/api/users', '/api/notifications']),
    );
    expect(analyticsRoutes.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses each Object.prototype name as a filter key, a sort field and nested, on every list', async () => {
    for (const route of listRoutes) {
      const allowed = await readers(route);
      expect({ route: route.url, allowed: allowed.length > 0 }).toEqual({
        route: route.url,
        allowed: true,
      });
      for (const role of allowed) {
        const token = tokens.get(role) ?? '';
        const get = (query: Query) => http.get(route.url).query(query).set(bearer(token));
        const base = baseFilter(route);
        for (const name of prototypeNames) {
          const attacks: [string, Query][] = [
            ['filter', { filter: withKey(base, name, injection) }],
            ['filter', { filter: withKey(base, name, { [name]: injection }) }],
            [
              'filter',
              {
                filter: JSON.stringify({
                  ...base,
                  country: JSON.parse(withKey({}, name, 'KE')) as unknown,
                }),
              },
            ],
            ['sort', { filter: JSON.stringify(base), sort: JSON.stringify([name, 'ASC']) }],
            ['sort', { filter: JSON.stringify(base), sort: `[${withKey({}, name, 1)},"ASC"]` }],
          ];
          for (const [parameter, query] of attacks) {
            expectRefusal(await get(query), parameter, JSON.stringify(query));
          }
        }
      }
    }
  }, 300_000);

  it('refuses each Object.prototype name as a group-by and a filter key of every analytics route', async () => {
    const token = tokens.get('analyst') ?? '';
    for (const route of analyticsRoutes) {
      await http.get(route.url).set(bearer(token)).expect(200);
      for (const name of prototypeNames) {
        const get = (query: Query) => http.get(route.url).query(query).set(bearer(token));
        expectRefusal(await get({ groupBy: name }), 'groupBy', name);
        expectRefusal(await get({ filter: withKey({}, name, injection) }), 'filter', name);
        const nested = {
          filter: JSON.stringify({ country: JSON.parse(withKey({}, name, 'KE')) as unknown }),
        };
        expectRefusal(await get(nested), 'filter', name);
      }
    }
  }, 120_000);

  it('refuses each Object.prototype name as the field, a filter key or the sort of the cases missing data', async () => {
    const token = tokens.get('customs') ?? '';
    const get = (query: Query) =>
      http.get('/api/analytics/completeness/missing').query(query).set(bearer(token));
    await get({ field: 'value' }).expect(200);
    for (const name of prototypeNames) {
      expectRefusal(await get({ field: name }), 'field', name);
      expectRefusal(
        await get({ field: 'value', filter: withKey({}, name, injection) }),
        'filter',
        name,
      );
      const sort = JSON.stringify([name, 'ASC']);
      expectRefusal(await get({ field: 'value', sort }), 'sort', name);
    }
  }, 120_000);

  it('refuses each Object.prototype name as a filter key or sort field of an export', async () => {
    const token = tokens.get('customs') ?? '';
    const start = (body: string) =>
      http
        .post('/api/exports')
        .set(bearer(token))
        .set('Idempotency-Key', randomUUID())
        .set('Content-Type', 'application/json')
        .send(body);
    await start(JSON.stringify({ format: 'csv' })).expect(202);
    for (const name of prototypeNames) {
      expectRefusal(
        await start(`{"format":"csv","filter":${withKey({}, name, injection)}}`),
        'filter',
        name,
      );
      expectRefusal(
        await start(JSON.stringify({ format: 'csv', sort: [name, 'ASC'] })),
        'sort',
        name,
      );
    }
  }, 120_000);

  it('never shows a Kenyan officer the Ugandan case, whatever the injected filter', async () => {
    const token = tokens.get('customs') ?? '';
    for (const name of prototypeNames) {
      await http
        .get('/api/cases')
        .query({ filter: withKey({}, name, injection) })
        .set(bearer(token))
        .expect(400);
    }
    const seen = await listCases(token, {
      range: '[0,99]',
      filter: JSON.stringify({ country: [injection, 'UG'] }),
    });
    expect(seen.map((row) => row.id)).not.toContain(ugandanCaseId);
    expect((await listCases(token, { range: '[0,99]' })).map((row) => row.id)).toEqual([caseId]);
  });
});
