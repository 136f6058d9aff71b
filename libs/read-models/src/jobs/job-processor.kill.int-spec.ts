import { caseStream } from '@greenchain/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { expectEventually } from '@greenchain/testing';
import { Queue } from 'bullmq';
import { judged } from '@greenchain/domain/fixtures/case.fixtures';
import { kill9, startTestProcess, terminate } from '../test-support/child-process';
import {
  appendEvents,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';

const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');

describe('kill -9 of the worker in the middle of its jobs', () => {
  let fixture: ReadModelFixture;
  const children: ChildProcess[] = [];
  const prefix = `test-kill-${randomBytes(4).toString('hex')}`;
  const cases = 30;
  const jobsPerCase = 5;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_job_kill');
    for (let index = 0; index < cases; index += 1) {
      await appendEvents(fixture.store, caseStream.streamId(randomUUID()), judged);
    }
  }, 60_000);
  afterAll(async () => {
    for (const child of children) await kill9(child);
    const queue = new Queue('events', {
      connection: { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) },
      prefix,
    });
    await queue.obliterate({ force: true });
    await queue.close();
    await fixture?.database.drop();
  });

  const start = async () => {
    const child = await startTestProcess('job-process.ts', {
      DATABASE_URL: fixture.database.url,
      REDIS_PORT: redisUrl.port || '6379',
      QUEUE_PREFIX: prefix,
    });
    children.push(child);
    return child;
  };

  const count = async (sql: string) =>
    (await fixture.database.dataSource.query<{ n: number }[]>(sql))[0]?.n ?? -1;

  it('has every notification exactly once after a restart', async () => {
    const first = await start();
    await expectEventually(async () =>
      expect(await count(`SELECT count(*)::int AS n FROM notifications`)).toBeGreaterThan(0),
    );
    await kill9(first);
    expect(await count(`SELECT count(*)::int AS n FROM notifications`)).toBeLessThan(
      cases * jobsPerCase,
    );

    const second = await start();
    try {
      await expectEventually(
        async () =>
          expect(
            await count(`SELECT count(*)::int AS n FROM job_dispatches WHERE status <> 'done'`),
          ).toBe(0),
        { timeoutMs: 60_000 },
      );
    } finally {
      await terminate(second);
    }
    expect(await count(`SELECT count(*)::int AS n FROM job_dispatches`)).toBe(cases * jobsPerCase);
    expect(await count(`SELECT count(*)::int AS n FROM notifications`)).toBe(cases * jobsPerCase);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM (SELECT event_id FROM notifications
           GROUP BY event_id, kind HAVING count(*) > 1) twice`,
      ),
    ).toBe(0);
  }, 120_000);
});
