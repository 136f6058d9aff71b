export * from './report-definitions';
export * from './iccwc-sharing';
export * from './report-file';
export * from './report-gaps';
export * from './report-row';
export * from './report-template';
export * from './report-validation';
