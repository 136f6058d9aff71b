import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { loadConfig, QueueFactory, startInfrastructure } from '@greenchain/platform';
import { OwnRedisServer } from '@greenchain/read-models/test-support/redis-server';
import { expectEventually } from '@greenchain/testing';
import { RepeatableJob } from './repeatable-job';

describe('a repeatable job whose scheduler Redis lost', () => {
  let redis: OwnRedisServer;
  let job: RepeatableJob | undefined;
  let runs = 0;

  beforeAll(async () => {
    redis = await OwnRedisServer.start();
    const config = loadConfig({
      // The queues need no database: a URL that is never dialled.
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/unused',
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    const queues = new QueueFactory(config, await startInfrastructure(config));
    job = new RepeatableJob(
      queues,
      {
        queueName: 'maintenance',
        schedulerId: 'test-beat',
        jobName: 'beat',
        everyMs: 200,
        run: () => Promise.resolve((runs += 1)),
      },
      new Logger('test'),
    );
    await job.start();
  }, 30_000);
  afterAll(async () => {
    await job?.stop();
    await redis?.stop();
  });

  const runsAfter = async (from: number) =>
    expectEventually(() => expect(runs).toBeGreaterThan(from + 1), { timeoutMs: 15_000 });

  it('runs again after a FLUSHALL', async () => {
    await runsAfter(0);
    await redis.flushAll();
    await runsAfter(runs);
  }, 30_000);

  it('runs again after Redis restarted empty', async () => {
    await redis.down();
    await redis.up();
    await runsAfter(runs);
  }, 30_000);
});
