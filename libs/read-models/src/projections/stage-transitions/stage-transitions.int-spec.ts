import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { judged } from '@greenchain/domain/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { stageTransitionsProjection } from './stage-transitions.projection';
import { StageTransitionsQuery } from './stage-transitions.query';

describe('stage-transitions projection', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_stages');
  });
  afterAll(() => fixture?.database.drop());

  it('records each stage change of a case with its business date, in order', async () => {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, stageTransitionsProjection);
    const { rows, total } = await new StageTransitionsQuery(fixture.database.dataSource).list({
      filter: { caseId },
    });
    expect(total).toBe(6);
    expect(rows.map((row) => [row.fromStage, row.toStage, row.occurredAt])).toEqual([
      [null, 'DETECTION', '2024-03-01'],
      ['DETECTION', 'REFERRED', '2024-03-10'],
      ['REFERRED', 'PROSECUTION', '2024-03-15'],
      ['PROSECUTION', 'CHARGED', '2024-04-01'],
      ['CHARGED', 'TRIAL', '2024-05-01'],
      ['TRIAL', 'SENTENCED', '2024-05-10'],
    ]);
    const charged = await new StageTransitionsQuery(fixture.database.dataSource).list({
      filter: { caseId, toStage: 'CHARGED', occurredFrom: '2024-04-01', occurredTo: '2024-04-01' },
    });
    expect(charged.rows.map((row) => row.eventType)).toEqual(['ChargesFiled']);
  });
});
