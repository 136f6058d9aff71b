import { spreadsheetCell } from './spreadsheet-cell';

describe('spreadsheetCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(spreadsheetCell(text)).toBe(`'${text}`);
  });

  it('keeps plain text, numbers, booleans and empty cells as they are', () => {
    expect(spreadsheetCell('PY-2024-17')).toBe('PY-2024-17');
    expect(spreadsheetCell(-12.5)).toBe(-12.5);
    expect(spreadsheetCell(true)).toBe(true);
    expect(spreadsheetCell(null)).toBeNull();
    expect(spreadsheetCell(['MP', '=X'])).toBe('MP; =X');
    expect(spreadsheetCell(['=X'])).toBe(`'=X`);
  });
});
