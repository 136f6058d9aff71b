/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A value safe to put in a CSV or XLSX cell: text that a spreadsheet would evaluate gets a leading
 * apostrophe, so `=HYPERLINK(...)` typed into a seizure reference is shown, never run. Numbers,
 * booleans and dates stay typed (a negative number is a number, not a formula).
 */
export function spreadsheetCell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = textOf(value);
  return formulaStart.test(text) ? `'${text}` : text;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(textOf).join('; ');
  return JSON.stringify(value) ?? '';
}
