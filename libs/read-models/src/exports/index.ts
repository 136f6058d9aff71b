export * from './case-summary.export';
export * from './spreadsheet-cell';
