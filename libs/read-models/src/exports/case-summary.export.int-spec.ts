import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { CaseEvent } from '@greenchain/domain';
import { detected, event, seizure } from '@greenchain/domain/fixtures/case.fixtures';
import { caseSummaryProjection } from '../projections/case-summary/case-summary.projection';
import { CaseSummaryQuery } from '../projections/case-summary/case-summary.query';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { exportCaseSummaries } from './case-summary.export';

describe('case list export', () => {
  let fixture: ReadModelFixture;
  let query: CaseSummaryQuery;
  const hostile = randomUUID();
  const plain = randomUUID();

  /** A detected case whose seizure carries the given reference and country. */
  const seized = (reference: string, country: string): CaseEvent[] => [
    event('SeizureRecorded', { ...seizure, reference, country }, '2024-03-01'),
    ...detected.slice(1),
  ];

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_export');
    query = new CaseSummaryQuery(fixture.database.dataSource);
    await appendEvents(
      fixture.store,
      caseStream.streamId(hostile),
      seized('=HYPERLINK("http://x")', 'PY'),
    );
    await appendEvents(fixture.store, caseStream.streamId(plain), seized('PY-2024-17', 'PY'));
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), seized('AR-1', 'AR'));
    await project(fixture, caseSummaryProjection);
  });
  afterAll(() => fixture?.database.drop());

  it('exports the filtered list as CSV with a formula cell neutralised and only the asked fields', async () => {
    const progress: number[] = [];
    const csv = await exportCaseSummaries(query, {
      filter: { country: 'PY' },
      sort: ['reference', 'ASC'],
      fields: ['reference', 'country', 'stage'],
      format: 'csv',
      onProgress: (percent) => {
        progress.push(percent);
      },
    });
    expect(csv.toString().trim().split('\n')).toEqual([
      'reference,country,stage',
      `"'=HYPERLINK(""http://x"")",PY,DETECTION`,
      `PY-2024-17,PY,DETECTION`,
    ]);
    expect(progress).toEqual([100]);
  });

  it('exports XLSX whose cells hold the neutralised text', async () => {
    const xlsx = await exportCaseSummaries(query, {
      filter: { id: [hostile] },
      fields: ['id', 'reference', 'defendantCount'],
      format: 'xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
    const sheet = workbook.getWorksheet('cases');
    expect(sheet?.getRow(2).values).toEqual([undefined, hostile, `'=HYPERLINK("http://x")`, 2]);
  });

  it('refuses a field the list does not have', async () => {
    await expect(
      exportCaseSummaries(query, { fields: ['name' as never], format: 'csv' }),
    ).rejects.toThrow('cannot export fields [name]');
  });
});
