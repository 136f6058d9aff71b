import { caseStream } from '@greenchain/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import { EventStore, eventStoreMigrations } from '@greenchain/event-store';
import { expectEventually } from '@greenchain/testing';
import { DataSource } from 'typeorm';
import { referred } from '@greenchain/domain/fixtures/case.fixtures';
import { readModelMigrations } from '../migrations';
import { caseSummaryProjection } from '../projections';
import { OwnPostgresServer } from '../test-support/own-postgres';
import { storedEvent } from '../test-support/read-model-fixture';
import { projectionLags } from './projection-lag';
import { ProjectionRunner } from './projection-runner';

describe('the worker through a PostgreSQL restart mid-load', () => {
  let postgres: OwnPostgresServer;
  let dataSource: DataSource;
  let store: EventStore;

  beforeAll(async () => {
    postgres = await OwnPostgresServer.start();
    dataSource = new DataSource({
      type: 'postgres',
      url: postgres.url,
      migrations: [...eventStoreMigrations, ...readModelMigrations],
    });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    store = new EventStore({ dataSource, masterKey: randomBytes(32) });
  }, 60_000);
  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await postgres?.stop();
  });

  /**
   * Appends a referred case in a transaction of its own; a write cut by the restart is retried
   * with the same command id. (A QueryRunner, not the store's pooled hot path: the latter leaves
   * no error listener on its checked-out client, so a dropped connection crashes the process.)
   */
  async function writeCase(): Promise<void> {
    const caseId = randomUUID();
    const commandId = randomUUID();
    await expectEventually(
      async () => {
        const transaction = dataSource.createQueryRunner();
        try {
          await transaction.connect();
          await transaction.startTransaction();
          await store.appendToStream(
            caseStream.streamId(caseId),
            referred.map((event) => storedEvent(event)),
            {
              streamType: 'case',
              expectedVersion: 'no-stream',
              commandId,
              queryRunner: transaction,
            },
          );
          await transaction.commitTransaction();
        } finally {
          if (transaction.isTransactionActive) {
            await transaction.rollbackTransaction().catch(() => undefined);
          }
          await transaction.release().catch(() => undefined);
        }
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  }

  it('keeps projecting after the server restarts, without a restart of the runner', async () => {
    const runner = new ProjectionRunner({
      dataSource,
      store,
      projection: caseSummaryProjection,
      batchSize: 5,
      pollIntervalMs: 20,
      reconnectDelayMs: 100,
      logger: { log: () => undefined, error: () => undefined },
    });
    runner.start();
    try {
      // Four writers keep appending while the server restarts under them and the runner.
      const writer = async () => {
        for (let index = 0; index < 5; index += 1) await writeCase();
      };
      const load = Promise.all([writer(), writer(), writer(), writer()]);
      await expectEventually(async () => {
        const [row] = await dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM streams`,
        );
        expect(row?.n).toBeGreaterThanOrEqual(4);
      });
      await postgres.restart();
      await load;
      await expectEventually(
        async () => {
          const [lag] = await projectionLags(dataSource);
          expect(lag).toMatchObject({ status: 'active', behindEvents: 0 });
          const [counts] = await dataSource.query<{ cases: number; streams: number }[]>(
            `SELECT (SELECT count(*)::int FROM case_summary) AS cases,
                    (SELECT count(*)::int FROM streams) AS streams`,
          );
          expect(counts).toEqual({ cases: 20, streams: 20 });
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
    } finally {
      await runner.stop();
    }
  }, 90_000);
});
