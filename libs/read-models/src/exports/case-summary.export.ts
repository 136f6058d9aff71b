import { stringify } from 'csv-stringify/sync';
import type {
  CaseSummary,
  CaseSummaryFilter,
  CaseSummaryQuery,
  CaseSummaryViewer,
} from '../projections/case-summary/case-summary.query';
import { InvalidListParamsError, maxPageSize, type SortOrder } from '../shared/list-query';
import { spreadsheetCell } from './spreadsheet-cell';

export type ExportFormat = 'csv' | 'xlsx';
export type CaseSummaryField = keyof CaseSummary;

export interface CaseSummaryExportRequest {
  readonly filter?: CaseSummaryFilter;
  readonly sort?: readonly [string, SortOrder];
  /**
   * The columns, in order: the caller passes only the fields the user's abilities allow (field
   * permissions are decided by the API, enforced here by exporting nothing else).
   */
  readonly fields: readonly CaseSummaryField[];
  readonly format: ExportFormat;
  /** The list as this viewer sees it (own country and shared parts); every country without one. */
  readonly viewer?: CaseSummaryViewer;
  /** Called after each page with the share done (0..100), e.g. a BullMQ job's updateProgress. */
  readonly onProgress?: (percent: number) => Promise<void> | void;
}

/** Every column a case-list export can hold. */
export const caseSummaryFields: readonly CaseSummaryField[] = [
  'id',
  'reference',
  'country',
  'agency',
  'port',
  'locationType',
  'direction',
  'transportMode',
  'routeOrigin',
  'routeDestination',
  'agreements',
  'hsChapters',
  'stage',
  'outcome',
  'closed',
  'seizedOn',
  'referredOn',
  'firstChargedOn',
  'lastStageChangeOn',
  'stalled',
  'itemCount',
  'valueKnown',
  'valueTotalUsd',
  'defendantCount',
  'chargedCount',
  'outcomeCount',
  'convictedCount',
  'sentencedCount',
  'disposalCount',
  'missedDeadlineCount',
  'streamVersion',
  'lastPosition',
];
const knownFields: ReadonlySet<string> = new Set(caseSummaryFields);

/** The filtered case list as a CSV or XLSX file, page by page, every text cell neutralised. */
export async function exportCaseSummaries(
  query: CaseSummaryQuery,
  request: CaseSummaryExportRequest,
): Promise<Buffer> {
  const unknown = request.fields.filter((field) => !knownFields.has(field));
  if (unknown.length > 0 || request.fields.length === 0) {
    throw new InvalidListParamsError('fields', `cannot export fields [${unknown.join(', ')}]`);
  }
  const rows: (string | number | boolean | null)[][] = [];
  for (let first = 0; ; first += maxPageSize) {
    const page = await query.list(
      {
        filter: request.filter,
        sort: request.sort ?? ['id', 'ASC'],
        range: [first, first + maxPageSize - 1],
      },
      request.viewer,
    );
    rows.push(
      ...page.rows.map((row) => request.fields.map((field) => spreadsheetCell(row[field]))),
    );
    await request.onProgress?.(
      page.total === 0 ? 100 : Math.round((rows.length / page.total) * 100),
    );
    if (page.rows.length < maxPageSize) break;
  }
  const header = request.fields.map((field) => spreadsheetCell(field));
  if (request.format === 'csv') return Buffer.from(stringify([header, ...rows]));
  // Loaded at the first spreadsheet: most processes never write one (ADR 0014).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('cases');
  sheet.addRows([header, ...rows]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
