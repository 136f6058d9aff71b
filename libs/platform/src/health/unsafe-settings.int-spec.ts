import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { OwnPostgresServer } from '@greenchain/read-models/test-support/own-postgres';
import { OwnRedisServer } from '@greenchain/read-models/test-support/redis-server';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config';
import { DatabaseHealth } from './database.health';
import { QueueHealth } from './queue.health';

const secrets = {
  JWT_ACCESS_SECRET: randomBytes(32).toString('hex'),
  ENCRYPTION_MASTER_KEY: randomBytes(32).toString('base64'),
};

describe('readiness refuses servers whose settings lose committed work', () => {
  const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  afterEach(() => logged.mockClear());
  afterAll(() => logged.mockRestore());

  describe('a Redis that evicts keys when its memory fills', () => {
    let redis: OwnRedisServer | undefined;
    let queue: QueueHealth | undefined;

    beforeAll(async () => {
      redis = await OwnRedisServer.start(['--maxmemory-policy', 'allkeys-lru']);
      const config = loadConfig({
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
        REDIS_URL: `redis://127.0.0.1:${redis.port}`,
        ...secrets,
      });
      queue = new QueueHealth(config, new HealthIndicatorService());
    });
    afterAll(async () => {
      try {
        queue?.onModuleDestroy();
      } finally {
        await redis?.stop();
      }
    });

    it('is not ready, and says once in the log which setting to change', async () => {
      for (let probe = 0; probe < 2; probe++) {
        const { queue: answer } = await queue!.check();
        expect(answer).toMatchObject({ status: 'down', backend: 'redis' });
        expect(answer).toHaveProperty(
          'message',
          expect.stringContaining('maxmemory-policy is allkeys-lru'),
        );
      }
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]?.[0]).toContain('maxmemory-policy noeviction');
    });
  });

  describe('a PostgreSQL server running with fsync off', () => {
    let postgres: OwnPostgresServer | undefined;
    let dataSource: DataSource | undefined;

    beforeAll(async () => {
      // Its own cluster starts with fsync off.
      postgres = await OwnPostgresServer.start();
      dataSource = await new DataSource({ type: 'postgres', url: postgres.url }).initialize();
    });
    afterAll(async () => {
      try {
        await dataSource?.destroy();
      } finally {
        await postgres?.stop();
      }
    });

    const health = (env: 'production' | 'development') =>
      new DatabaseHealth(
        dataSource!,
        new HealthIndicatorService(),
        loadConfig({ NODE_ENV: env, DATABASE_URL: postgres!.url, ...secrets }),
      );

    it('is not ready in production, and says which setting to change', async () => {
      const { database: answer } = await health('production').check();
      expect(answer).toMatchObject({ status: 'down' });
      expect(answer).toHaveProperty('message', expect.stringContaining('fsync is off'));
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]?.[0]).toContain('fsync = on');
    });

    it('is ready outside production', async () => {
      expect(await health('development').check()).toEqual({ database: { status: 'up' } });
      expect(logged).not.toHaveBeenCalled();
    });
  });
});
