export * from './case-summary.export';
export * from './spreadsheet-cell';
export * from './analytics-table.export';
