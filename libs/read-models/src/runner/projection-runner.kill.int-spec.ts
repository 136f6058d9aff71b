import type { ChildProcess } from 'node:child_process';
import { expectEventually } from '@greenchain/testing';
import { allProjections } from '../projections';
import { kill9, startTestProcess, terminate } from '../test-support/child-process';
import { appendMixedHistory } from '../test-support/mixed-history';
import {
  readModelDatabase,
  readModelHashes,
  rebuildAll,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { projectionLags } from './projection-lag';

describe('kill -9 of the projection process mid-batch', () => {
  let fixture: ReadModelFixture;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_kill');
    await appendMixedHistory(fixture, 120);
  }, 60_000);
  afterAll(async () => {
    // A failed assertion must not leave a runner process behind.
    for (const child of children) await kill9(child);
    await fixture?.database.drop();
  });

  const hashes = () => readModelHashes(fixture.database.dataSource);

  const startRunners = () =>
    startTestProcess('projection-process.ts', {
      DATABASE_URL: fixture.database.url,
      BATCH_SIZE: '25',
    });

  async function lags() {
    return projectionLags(fixture.database.dataSource);
  }

  it('leaves read models equal to a rebuild after a restart', async () => {
    const first = await startRunners();
    children.push(first);
    // Kill once some batches have committed and others are still to come.
    await expectEventually(async () => {
      const progress = await lags();
      expect(progress.some((lag) => lag.lastPosition > 0)).toBe(true);
    });
    await kill9(first);
    const killed = await lags();
    expect(killed.some((lag) => lag.behindEvents > 0)).toBe(true);

    await appendMixedHistory(fixture, 8);
    const second = await startRunners();
    children.push(second);
    try {
      await expectEventually(
        async () => {
          const progress = await lags();
          expect(progress).toHaveLength(allProjections.length);
          expect(progress.every((lag) => lag.status === 'active' && lag.behindEvents === 0)).toBe(
            true,
          );
        },
        { timeoutMs: 60_000 },
      );
    } finally {
      await terminate(second);
    }
    const incremental = await hashes();

    await rebuildAll(fixture);
    expect(await hashes()).toEqual(incremental);
  }, 120_000);
});
