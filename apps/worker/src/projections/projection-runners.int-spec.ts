import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { EventStore } from '@greenchain/event-store';
import { caseStream } from '@greenchain/domain';
import { HealthIndicatorService } from '@nestjs/terminus';
import { allMigrations, GREENCHAIN_CONFIG, ProjectionLagHealth } from '@greenchain/platform';
import {
  allProjections,
  CaseSummaryQuery,
  createFileJob,
  fileJobOutput,
  getFileJob,
  resumeProjection,
} from '@greenchain/read-models';
import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import { judged, referred } from '@greenchain/domain/fixtures/case.fixtures';
import { appendEvents, datedToday } from '@greenchain/read-models/test-support/read-model-fixture';
import { ProjectionRunnersService } from './projection-runners.service';
import { startProjectionsContext } from '../test-support/projections-context';

describe('worker projections', () => {
  let database: TestDatabase;
  let app: INestApplicationContext;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: allMigrations, label: 'worker_rm' });
    app = await startProjectionsContext(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('starts a runner per projection that keeps read models up to date', async () => {
    const caseId = randomUUID();
    await appendEvents(app.get(EventStore), caseStream.streamId(caseId), referred);
    const summaries = new CaseSummaryQuery(database.dataSource);
    await expectEventually(async () =>
      expect(await summaries.getOne(caseId)).toMatchObject({ stage: 'REFERRED' }),
    );
    const statuses = await app.get(ProjectionRunnersService).statuses();
    expect(statuses.map((status) => status.name).sort()).toEqual(
      [...allProjections.map((projection) => projection.name), 'job-dispatcher'].sort(),
    );
    await expectEventually(async () => {
      const lags = await app.get(ProjectionRunnersService).statuses();
      expect(lags.every((lag) => lag.status === 'active' && lag.behindEvents === 0)).toBe(true);
    });
  });

  it('makes readiness fail while a projection is stopped on a failing event', async () => {
    const health = new ProjectionLagHealth(
      database.dataSource,
      new HealthIndicatorService(),
      app.get(GREENCHAIN_CONFIG),
    );
    await expectEventually(async () =>
      expect((await health.check()).projections?.status).toBe('up'),
    );
    await database.dataSource.query(
      `UPDATE projection_status SET status = 'failed', failed_position = 1, error = 'probe'
        WHERE name = 'case-timeline'`,
    );
    expect((await health.check()).projections).toMatchObject({
      status: 'down',
      'case-timeline': { status: 'failed' },
    });
    await resumeProjection(database.dataSource, 'case-timeline');
    expect((await health.check()).projections?.status).toBe('up');
  });

  it('turns decisions into notifications through the queue on its PostgreSQL backend', async () => {
    const caseId = randomUUID();
    await appendEvents(app.get(EventStore), caseStream.streamId(caseId), datedToday(judged));
    await expectEventually(
      async () => {
        const rows = await database.dataSource.query<{ kind: string; n: number }[]>(
          `SELECT kind, count(*)::int AS n FROM notifications WHERE case_id = $1
            GROUP BY kind ORDER BY kind`,
          [caseId],
        );
        expect(rows).toEqual([
          { kind: 'charges_filed', n: 2 },
          { kind: 'sentence', n: 1 },
          { kind: 'verdict', n: 2 },
        ]);
      },
      { timeoutMs: 30_000 },
    );
  });

  it('runs an export as a file job with progress, through the queue', async () => {
    const id = await createFileJob(
      database.dataSource,
      {
        kind: 'case_export',
        export: { filter: { country: 'PY' }, fields: ['id', 'stage'], format: 'csv' },
      },
      'analyst-1',
    );
    await expectEventually(
      async () =>
        expect(await getFileJob(database.dataSource, id)).toMatchObject({
          status: 'done',
          progress: 100,
        }),
      { timeoutMs: 30_000 },
    );
    const csv = (await fileJobOutput(database.dataSource, id))?.toString() ?? '';
    expect(csv.split('\n')[0]).toBe('id,stage');
  });
});
