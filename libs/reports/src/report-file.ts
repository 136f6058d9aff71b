import { reportFileFormats, type ReportFileFormat } from '@greenchain/contracts';
import { stringify } from 'csv-stringify/sync';
import { spreadsheetCell } from '@greenchain/read-models';
import type { AboutNote } from './report-gaps';
import type { ReportRow, ReportScope } from './report-row';
import type { ReportTemplate } from './report-template';

export { reportFileFormats, type ReportFileFormat };

/**
 * The rows under the layout's headers, in its column order, with the cells of personal columns
 * left empty when the reader may not see personal fields.
 */
export function reportTable(
  template: ReportTemplate,
  rows: readonly ReportRow[],
  personal: boolean,
): { header: string[]; cells: ReturnType<typeof spreadsheetCell>[][] } {
  const columns = template.columns;
  return {
    header: columns.map((column) => column.header),
    cells: rows.map((row) =>
      columns.map((column) =>
        column.personal && !personal ? null : spreadsheetCell(row.cells[column.key]),
      ),
    ),
  };
}

/**
 * What the file is: on a sheet of its own in XLSX, never in the CSV (which the owner reads), with
 * the report-level answers and the reasons for explained gaps (notes) after the layout's own lines.
 */
function aboutRows(
  template: ReportTemplate,
  scope: ReportScope,
  personal: boolean,
  notes: readonly AboutNote[],
) {
  return [
    ['Report', template.title],
    ['Owner', template.owner],
    ['Layout', `${template.format} version ${template.templateVersion}`],
    ['Layout status', template.status],
    ['Status note', template.statusNote],
    ['Country', scope.country],
    ['Year', String(scope.year)],
    ['Cases covered', template.selection],
    ['Rows', template.rowsAre],
    ['Money', `USD at yearly average rates, table of ${scope.rates.readOn}: ${scope.rates.source}`],
    ['Personal columns', personal ? 'included' : 'left empty'],
    ...template.sources.map((source) => [
      'Source',
      source.url ? `${source.document}, ${source.url}` : source.document,
    ]),
    ...template.columns.map((column) => [
      `Column: ${column.header}`,
      `${column.required ? 'required' : 'optional'}; ${column.confidence}; ${column.codeList}; from ${column.from}`,
    ]),
    ...notes,
  ];
}

/** The report as the official layout's CSV (headers and rows only) or XLSX (and an about sheet). */
export async function reportFile(
  template: ReportTemplate,
  rows: readonly ReportRow[],
  scope: ReportScope,
  format: ReportFileFormat,
  personal: boolean,
  notes: readonly AboutNote[] = [],
): Promise<Buffer> {
  const table = reportTable(template, rows, personal);
  if (format === 'csv') return Buffer.from(stringify([table.header, ...table.cells]));
  // Loaded at the first spreadsheet: most processes never write one (ADR 0014).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(template.sheet);
  sheet.addRows([table.header, ...table.cells]);
  sheet.getRow(1).font = { bold: true };
  workbook
    .addWorksheet('About')
    .addRows(aboutRows(template, scope, personal, notes).map((row) => row.map(spreadsheetCell)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
