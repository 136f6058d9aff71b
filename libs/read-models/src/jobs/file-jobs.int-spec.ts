import { seizureImportColumns } from '../imports/seizure-import';
import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import { createFileJob, dueFileJobs, getFileJob, runFileJob } from './file-jobs';

describe('file jobs', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_file_jobs');
  });
  afterAll(() => fixture?.database.drop());

  it('runs an import once enqueued, storing progress and the per-row report', async () => {
    const file = Buffer.from(`${seizureImportColumns.join(',')}\n${'x,'.repeat(19)}x\n`);
    const actor = { userId: 'customs-1', role: 'customs', agency: 'DNA', country: 'PY' } as const;
    const id = await createFileJob(
      fixture.database.dataSource,
      { kind: 'seizure_import', actor, file },
      'customs-1',
    );
    expect(await dueFileJobs(fixture.database.dataSource, 60_000)).toEqual([id]);
    // Enqueued a moment ago: not due again until the resend delay passes.
    expect(await dueFileJobs(fixture.database.dataSource, 60_000)).toEqual([]);

    const reported: number[] = [];
    await runFileJob(
      { dataSource: fixture.database.dataSource, store: fixture.store },
      id,
      (percent) => {
        reported.push(percent);
      },
    );
    expect(reported).toEqual([0, 100]);
    const job = await getFileJob(fixture.database.dataSource, id);
    expect(job).toMatchObject({ status: 'done', progress: 100, kind: 'seizure_import' });
    expect(job?.result).toMatchObject({ rows: 1, imported: 0, errors: [{ line: 2 }] });
  });
});
