import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { InvalidListParamsError } from '../shared/list-query';
import { analyticsTableFile, flatTables } from './analytics-table.export';

const rows = [
  {
    id: 'KE/seizure_to_referral',
    group: 'KE',
    cases: { seized: 12, charged: null },
    agreements: ['CITES', 'BASEL'],
    survival: [
      { day: 0, survival: 1 },
      { day: 14, survival: 0.5 },
    ],
  },
  { id: '=HYPERLINK("x")/charges', group: '=HYPERLINK("x")', cases: { seized: 3, charged: 3 } },
];

/** A CSV file's lines of cells. */
const csvRows = (file: Buffer): string[][] => parse(file);

const about = { table: 'time-in-stage', facts: [['as of', '2025-06-30']] as const };

describe('analytics table files', () => {
  it('flattens nested figures into dotted columns and lists of records into tables of their own', () => {
    expect(flatTables('time-in-stage', rows)).toEqual([
      {
        name: 'time-in-stage',
        header: ['id', 'group', 'cases.seized', 'cases.charged', 'agreements'],
        rows: [
          ['KE/seizure_to_referral', 'KE', 12, null, 'CITES; BASEL'],
          [`'=HYPERLINK("x")/charges`, `'=HYPERLINK("x")`, 3, 3, null],
        ],
      },
      {
        name: 'survival',
        header: ['rowId', 'day', 'survival'],
        rows: [
          ['KE/seizure_to_referral', 0, 1],
          ['KE/seizure_to_referral', 14, 0.5],
        ],
      },
    ]);
  });

  it('writes the main table as CSV, or the nested one it is asked for', async () => {
    const tables = flatTables('time-in-stage', rows);
    const main = csvRows(await analyticsTableFile(tables, 'csv', about));
    expect(main[0]).toEqual(['id', 'group', 'cases.seized', 'cases.charged', 'agreements']);
    expect(main[2]?.[1]).toBe(`'=HYPERLINK("x")`);
    const curve = csvRows(await analyticsTableFile(tables, 'csv', about, 'survival'));
    expect(curve).toEqual([
      ['rowId', 'day', 'survival'],
      ['KE/seizure_to_referral', '0', '1'],
      ['KE/seizure_to_referral', '14', '0.5'],
    ]);
  });

  it('refuses a nested table the answer does not have, naming the ones it has', async () => {
    const tables = flatTables('time-in-stage', rows);
    const refusal = analyticsTableFile(tables, 'csv', about, 'constructor');
    await expect(refusal).rejects.toThrow(InvalidListParamsError);
    await expect(refusal).rejects.toThrow('the nested tables survival');
  });

  it('writes every table on a sheet of its own in XLSX, and what the figures are on another', async () => {
    const file = await analyticsTableFile(flatTables('time-in-stage', rows), 'xlsx', about);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'time-in-stage',
      'survival',
      'about',
    ]);
    expect(workbook.getWorksheet('time-in-stage')?.getRow(2).getCell(3).value).toBe(12);
    expect(workbook.getWorksheet('about')?.getRow(1).values).toEqual([
      undefined,
      'as of',
      '2025-06-30',
    ]);
  });
});
