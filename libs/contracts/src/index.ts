export * from './roles';
export * from './auth';
