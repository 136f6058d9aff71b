export * from './roles';
export * from './auth';
export * from './case-stages';
export * from './command-roles';
export * from './stage-owners';
export * from './commands';
export * from './users';
export * from './analytics';
