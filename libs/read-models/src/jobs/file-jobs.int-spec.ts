import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import {
  createFileJob,
  dueFileJobs,
  getFileJob,
  runFileJob,
  type SeizureImporter,
} from './file-jobs';

describe('file jobs', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_file_jobs');
  });
  afterAll(() => fixture?.database.drop());

  it('runs an import once enqueued, storing progress and the per-row report', async () => {
    const file = Buffer.from('reference\nPY-1\n');
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
    const report = { rows: 1, imported: 0, errors: [{ line: 2 }] };
    const imported: unknown[] = [];
    const importSeizures: SeizureImporter = async (input, options) => {
      imported.push([input.toString(), options.importId, options.actor]);
      await options.onProgress(100);
      return report;
    };
    await runFileJob({ dataSource: fixture.database.dataSource, importSeizures }, id, (percent) => {
      reported.push(percent);
    });
    expect(imported).toEqual([['reference\nPY-1\n', id, actor]]);
    expect(reported).toEqual([0, 100]);
    const job = await getFileJob(fixture.database.dataSource, id);
    expect(job).toMatchObject({ status: 'done', progress: 100, kind: 'seizure_import' });
    expect(job?.result).toEqual(report);
  });
});
