export * from './report-definitions';
export * from './report-file';
export * from './report-row';
export * from './report-template';
export * from './report-validation';
