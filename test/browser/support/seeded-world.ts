import { EventStore } from '@greenchain/event-store';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedWorld } from '../../../apps/api/src/demo/seed-world';
import { type ConsoleUnderTest } from './browser';
import { demoPassword } from './login.page';

export const analystEmail = 'analyst@demo.greenchain.test';

/** The demo analyst's authorised GET against the console's API, answered 200. */
export type AnalystGet = (path: string, query?: object) => Promise<request.Response>;

/**
 * Seeds the demo world (seed 7) into the console's app and waits until the worker's projections
 * have caught up with it: the funnel's total row counts every seeded case. The charts and lists a
 * test opens are drawn from those projections, so reading them earlier would race the worker.
 */
export async function seedWorldAndCatchUp(
  suite: ConsoleUnderTest,
  cases: number,
): Promise<AnalystGet> {
  const { subject, baseUrl } = suite;
  await seedWorld({
    dataSource: subject.app.get(DataSource),
    store: subject.app.get(EventStore),
    seed: 7,
    cases,
    mode: 'fast',
    concurrency: 4,
  });
  const login = await request(baseUrl)
    .post('/api/auth/login')
    .send({ email: analystEmail, password: demoPassword });
  const token = (login.body as { accessToken: string }).accessToken;
  const get: AnalystGet = (path, query = {}) =>
    request(baseUrl).get(path).query(query).set('Authorization', `Bearer ${token}`).expect(200);
  await expectEventually(
    async () => {
      // The total row counts every case once; the countries' small counts are hidden from analysts.
      const funnel = (await get('/api/analytics/funnel')).body as {
        id: string;
        seized: number | null;
      }[];
      expect(funnel.find((row) => row.id === 'total')?.seized).toBe(cases);
    },
    { timeoutMs: 90_000, intervalMs: 500 },
  );
  return get;
}
