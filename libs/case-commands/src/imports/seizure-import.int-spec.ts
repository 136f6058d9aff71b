import { randomUUID } from 'node:crypto';
import { caseSummaryProjection, CaseSummaryQuery } from '@greenchain/read-models';
import {
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../../read-models/src/test-support/read-model-fixture';
import { importSeizures, seizureImportColumns } from './seizure-import';

const customs = {
  userId: 'customs-1',
  role: 'customs',
  agency: 'DNA Paraguay',
  country: 'PY',
} as const;

function file(rows: Record<string, string>[]): string {
  const header = seizureImportColumns.join(',');
  return [
    header,
    ...rows.map((row) => seizureImportColumns.map((column) => row[column] ?? '').join(',')),
  ].join('\n');
}

const good = {
  reference: 'PY-2024-001',
  country: 'PY',
  agency: 'DNA Paraguay',
  seized_on: '2024-03-01',
  location_name: 'Puerto de Asunción',
  location_type: 'seaport',
  direction: 'import',
  transport_mode: 'sea_container',
  route_origin: 'CN',
  route_destination: 'PY',
  detection_method: 'routine_check',
  legal_basis: 'false_declaration;no_permit_or_licence',
  item_description: 'HCFC-22 in disposable cylinders',
  agreements: 'MP',
  hs_declared: '8415.10',
  substance: 'HCFC-22',
  quantity: '5440',
  unit: 'kilograms',
  value: '27200',
  currency: 'USD',
};

describe('seizure import from CSV', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_import');
  });
  afterAll(() => fixture?.database.drop());

  it('imports the good rows and reports each bad one with its line, column and code', async () => {
    const importId = randomUUID();
    const csv = file([
      good,
      { ...good, reference: 'PY-2024-002', country: 'XX' },
      { ...good, reference: 'PY-2024-003', quantity: 'lots' },
      { ...good, reference: 'PY-2024-004' },
      { ...good, reference: ' py-2024-001' },
    ]);
    const progress: number[] = [];
    const result = await importSeizures(fixture.store, csv, {
      importId,
      actor: customs,
      onProgress: (percent) => {
        progress.push(percent);
      },
    });
    expect(result).toMatchObject({ rows: 5, imported: 2 });
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 3, column: 'country' }),
      expect.objectContaining({ line: 4, column: 'quantity' }),
      expect.objectContaining({ line: 6, column: 'reference', code: 'case/duplicate-reference' }),
    ]);
    expect(progress).toEqual([20, 40, 60, 80, 100]);

    await project(fixture, caseSummaryProjection);
    const { rows } = await new CaseSummaryQuery(fixture.database.dataSource).list({
      filter: { id: [...result.caseIds] },
      sort: ['reference', 'ASC'],
    });
    expect(rows.map((row) => [row.reference, row.stage, row.valueTotalUsd])).toEqual([
      ['PY-2024-001', 'DETECTION', 27200],
      ['PY-2024-004', 'DETECTION', 27200],
    ]);

    // The same file under the same import id (a retried job) appends nothing twice.
    const again = await importSeizures(fixture.store, csv, { importId, actor: customs });
    expect(again.caseIds).toEqual(result.caseIds);
    const [streams] = await fixture.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM streams`,
    );
    expect(streams?.n).toBe(2);
  });
});
