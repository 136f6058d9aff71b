import { randomInt, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { expectEventually } from '@greenchain/testing';
import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import type { Projection } from './projection';
import { projectionLags } from './projection-lag';
import { ProjectionRunner } from './projection-runner';

/** Copies probe events with a plain INSERT: an event applied twice breaks the primary key. */
const copy: Projection = {
  name: 'no-skip-copy',
  version: 1,
  tables: [{ name: 'no_skip_copy', columns: 'global_position bigint PRIMARY KEY' }],
  eventTypes: new Set(['NoSkipProbe']),
  async apply(events, context) {
    await context.executor.query(
      `INSERT INTO ${context.table('no_skip_copy')} SELECT unnest($1::bigint[])`,
      [events.map((event) => event.globalPosition)],
    );
  },
};

describe('the runner under concurrent writers skips no committed event', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_noskip');
  });
  afterAll(() => fixture?.database.drop());

  /** One writer: appends in its own transaction, waits before COMMIT, sometimes rolls back. */
  async function writer(appends: number): Promise<void> {
    for (let index = 0; index < appends; index += 1) {
      const transaction = fixture.database.dataSource.createQueryRunner();
      await transaction.connect();
      try {
        await transaction.startTransaction();
        await fixture.store.appendToStream(
          `probe-${randomUUID()}`,
          [{ type: 'NoSkipProbe', data: { index } }],
          { streamType: 'probe', expectedVersion: 'no-stream', queryRunner: transaction },
        );
        await sleep(randomInt(0, 25));
        if (randomInt(0, 5) === 0) await transaction.rollbackTransaction();
        else await transaction.commitTransaction();
      } finally {
        await transaction.release();
      }
    }
  }

  it('applies every committed event exactly once while slow transactions commit out of order', async () => {
    const runner = new ProjectionRunner({
      dataSource: fixture.database.dataSource,
      store: fixture.store,
      projection: copy,
      batchSize: 5,
      pollIntervalMs: 5,
    });
    runner.start();
    try {
      await Promise.all(Array.from({ length: 16 }, () => writer(15)));
      await expectEventually(
        async () => {
          const lag = (await projectionLags(fixture.database.dataSource)).find(
            (candidate) => candidate.name === copy.name,
          );
          expect(lag).toMatchObject({ status: 'active', behindEvents: 0 });
        },
        { timeoutMs: 30_000 },
      );
    } finally {
      await runner.stop();
    }
    const [result] = await fixture.database.dataSource.query<
      { committed: number; copied: number; skipped: number }[]
    >(
      `SELECT (SELECT count(*)::int FROM events WHERE event_type = 'NoSkipProbe') AS committed,
              (SELECT count(*)::int FROM no_skip_copy) AS copied,
              (SELECT count(*)::int FROM events e WHERE e.event_type = 'NoSkipProbe'
                 AND NOT EXISTS (SELECT 1 FROM no_skip_copy c
                                  WHERE c.global_position = e.global_position)) AS skipped`,
    );
    expect(result?.committed).toBeGreaterThan(100);
    expect(result).toEqual({ committed: result?.committed, copied: result?.committed, skipped: 0 });
  });
});
