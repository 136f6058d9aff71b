import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@greenchain/event-store';
import { detected } from '@greenchain/domain/fixtures/case.fixtures';
import { caseEventTypeSet } from '../shared/case-events';
import {
  appendEvents,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import type { Projection, ProjectionContext } from './projection';
import { ProjectionRunner } from './projection-runner';

/** Records, per batch, the synchronous_commit setting the batch's transaction ran with. */
function commitModeProjection(name: string): Projection {
  return {
    name,
    version: 1,
    tables: [{ name: `${name.replace('-', '_')}_batches`, columns: `mode text NOT NULL` }],
    eventTypes: caseEventTypeSet,
    async apply(_: readonly RecordedEvent[], context: ProjectionContext) {
      await context.executor.query(
        `INSERT INTO ${context.table(this.tables[0]?.name ?? '')} (mode)
         SELECT current_setting('synchronous_commit')`,
      );
    },
  };
}

describe('projection runner commits', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_commit_mode');
  });
  afterAll(() => fixture?.database.drop());

  async function modes(durableCommits: boolean | undefined): Promise<string[]> {
    const projection = commitModeProjection(
      durableCommits === false ? 'async-mode' : 'durable-mode',
    );
    const runner = new ProjectionRunner({
      dataSource: fixture.database.dataSource,
      store: fixture.store,
      projection,
      durableCommits,
    });
    // The first batch has no checkpoint row yet; the second locks the one the first wrote.
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), detected);
    expect(await runner.catchUp()).toBe(true);
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), detected);
    expect(await runner.catchUp()).toBe(true);
    await runner.stop();
    const rows = await fixture.database.dataSource.query<{ mode: string }[]>(
      `SELECT mode FROM ${projection.tables[0]?.name ?? ''}`,
    );
    return rows.map((row) => row.mode);
  }

  it('waits for the WAL flush by default, and not when read-model commits need not be durable', async () => {
    expect(await modes(undefined)).toEqual(['on', 'on']);
    expect(await modes(false)).toEqual(['off', 'off']);
  });
});
