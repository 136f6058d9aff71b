import { type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { parse } from 'csv-parse/sync';

type Row = Record<string, string | undefined>;

function rowsOf(file: Buffer): Row[] {
  try {
    return parse<Row>(file, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new ProblemException(
      422,
      'import/unreadable-csv',
      `The file is not readable CSV: ${(error as Error).message}`,
      'body',
    );
  }
}

/**
 * What is checked before the file is queued: it is CSV with at least one row, and every row is a
 * seizure of the officer's own country and agency (a blank cell is left for the row report). The
 * rows' content is decided row by row by the worker, which reports each refused one.
 */
export function checkImportFile(file: Buffer, user: SessionUser): void {
  const rows = rowsOf(file);
  if (rows.length === 0) {
    throw new ProblemException(
      422,
      'import/empty',
      'The file has no rows under its header.',
      'body',
    );
  }
  for (const [index, row] of rows.entries()) {
    for (const [column, own] of [
      ['country', user.country],
      ['agency', user.agency],
    ] as const) {
      const value = row[column];
      if (value !== undefined && value !== '' && value !== own) {
        throw new ProblemException(
          422,
          'import/foreign-office',
          `Line ${index + 2}: seizures are imported for your own ${column} (${own ?? 'none'}) only.`,
          column,
        );
      }
    }
  }
}
