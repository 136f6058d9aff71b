export * from './roles';
export * from './auth';
export * from './case-stages';
export * from './commands';
export * from './users';
export * from './analytics';
