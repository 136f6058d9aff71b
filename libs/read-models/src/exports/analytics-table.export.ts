import { stringify } from 'csv-stringify/sync';
import { InvalidListParamsError } from '../shared/list-query';
import type { ExportFormat } from './case-summary.export';
import { spreadsheetCell } from './spreadsheet-cell';

type Cell = string | number | boolean | null;
type Row = Readonly<Record<string, unknown>>;

/** One table of an answer: its name, column names and rows of cells. */
export interface FlatTable {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** What an analytics file says about itself (on its own sheet in XLSX). */
export interface AnalyticsFileAbout {
  readonly table: string;
  readonly facts: readonly (readonly [string, string])[];
}

const isRecord = (value: unknown): value is Row =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isTableList = (value: unknown): value is Row[] =>
  Array.isArray(value) && value.length > 0 && value.every(isRecord);

/**
 * An answer's rows as flat tables: nested objects become dotted columns (`cases.charged`), and a
 * list of records inside a row (a survival curve) becomes a table of its own, each of its rows
 * led by the owning row's id (`rowId`), so nothing is lost and no cell holds a table.
 */
export function flatTables(name: string, rows: readonly Row[]): FlatTable[] {
  const nested = new Map<string, Row[]>();
  const main = rows.map((row) => {
    const cells = new Map<string, Cell>();
    flattenInto(cells, nested, row, '', row['id']);
    return cells;
  });
  return [
    tableOf(name, main),
    ...[...nested.entries()].flatMap(([part, items]) => flatTables(part, items)),
  ];
}

function flattenInto(
  cells: Map<string, Cell>,
  nested: Map<string, Row[]>,
  row: Row,
  prefix: string,
  owner: unknown,
): void {
  for (const [key, value] of Object.entries(row)) {
    const column = `${prefix}${key}`;
    if (isRecord(value)) flattenInto(cells, nested, value, `${column}.`, owner);
    else if (isTableList(value)) {
      const items = value.map((item) => ({ rowId: owner, ...item }));
      nested.set(column, [...(nested.get(column) ?? []), ...items]);
    } else cells.set(column, spreadsheetCell(value));
  }
}

function tableOf(name: string, rows: readonly Map<string, Cell>[]): FlatTable {
  const header = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  return { name, header, rows: rows.map((row) => header.map((column) => row.get(column) ?? null)) };
}

/**
 * The answer as a file. CSV holds one table, the main one unless `part` names a nested one (a
 * `survival` curve, say); XLSX holds every table on a sheet of its own, and what the figures are
 * (the route, definition version, as-of date, filter) on an `about` sheet.
 */
export async function analyticsTableFile(
  tables: readonly FlatTable[],
  format: ExportFormat,
  about: AnalyticsFileAbout,
  part?: string,
): Promise<Buffer> {
  if (format === 'csv') {
    const table = part === undefined ? tables[0] : tables.find(({ name }) => name === part);
    if (!table) {
      const parts = tables.slice(1).map(({ name }) => name);
      throw new InvalidListParamsError(
        'part',
        `this answer has ${parts.length === 0 ? 'no nested table' : `the nested tables ${parts.join(', ')}`}`,
      );
    }
    return Buffer.from(stringify([table.header.map(spreadsheetCell), ...table.rows]));
  }
  // Loaded at the first spreadsheet: most processes never write one (ADR 0014).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    workbook.addWorksheet(sheetName(table.name)).addRows([[...table.header], ...table.rows]);
  }
  workbook
    .addWorksheet('about')
    .addRows(about.facts.map(([fact, value]) => [fact, spreadsheetCell(value)]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}
