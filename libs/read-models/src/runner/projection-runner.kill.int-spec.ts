import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { expectEventually } from '@greenchain/testing';
import { allProjections } from '../projections';
import { appendMixedHistory } from '../test-support/mixed-history';
import {
  project,
  readModelDatabase,
  tableHash,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { projectionLags } from './projection-lag';
import { requestRebuild } from './projection-status';

const supportDirectory = join(__dirname, '../test-support');

/** Starts the runners in a process of their own and resolves once they run. */
async function startRunners(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      join(supportDirectory, 'swc-register.cjs'),
      join(supportDirectory, 'projection-process.ts'),
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, BATCH_SIZE: '25' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  expect(chunk.toString()).toContain('running');
  return child;
}

async function kill9(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

describe('R5: kill -9 of the projection process mid-batch', () => {
  let fixture: ReadModelFixture;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_kill');
    await appendMixedHistory(fixture, 120);
  }, 60_000);
  afterAll(async () => {
    // A failed assertion must not leave a runner process behind.
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) await kill9(child);
    }
    await fixture.database.drop();
  });

  const publicTables = allProjections.flatMap((projection) =>
    projection.tables.filter((table) => !table.internal).map((table) => table.name),
  );

  async function hashes(): Promise<Record<string, string>> {
    const entries = publicTables.map(
      async (table) =>
        [table, await tableHash(fixture.database.dataSource, table, 't::text')] as const,
    );
    return Object.fromEntries(await Promise.all(entries));
  }

  async function lags() {
    return projectionLags(fixture.database.dataSource);
  }

  it('leaves read models equal to a rebuild after a restart', async () => {
    const first = await startRunners(fixture.database.url);
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
    const second = await startRunners(fixture.database.url);
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
      second.kill('SIGTERM');
      await once(second, 'exit');
    }
    const incremental = await hashes();

    for (const projection of allProjections) {
      await requestRebuild(fixture.database.dataSource, projection.name);
      await project(fixture, projection);
    }
    expect(await hashes()).toEqual(incremental);
  }, 120_000);
});
