import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { referred } from '@greenchain/domain/fixtures/case.fixtures';
import type { Projection } from '../runner/projection';
import {
  appendEvents,
  project,
  ProjectionFailedError,
  readModelDatabase,
  type ReadModelFixture,
} from './read-model-fixture';

describe('read-model fixture', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_fixture');
  });
  afterAll(() => fixture?.database.drop());

  const projectionThatThrowsOn = (type: string): Projection => ({
    name: 'throws-on-seizure',
    version: 1,
    tables: [{ name: 'throws_on_seizure_rows', columns: 'id text PRIMARY KEY' }],
    eventTypes: new Set([type]),
    apply: () => Promise.reject(new Error('column "secret" does not exist')),
  });

  it('throws when the projection stopped on a failing event, naming the event and the error', async () => {
    const [first] = referred;
    if (!first) throw new Error('the referred fixture has no events');
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), referred);
    const projected = project(fixture, projectionThatThrowsOn(first.type));
    await expect(projected).rejects.toThrow(ProjectionFailedError);
    await expect(projected).rejects.toThrow(
      new RegExp(`failed at event \\d+ \\(${first.type}\\): column "secret" does not exist`),
    );
  });
});
