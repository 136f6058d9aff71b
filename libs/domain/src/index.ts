export * from './case';
export * from './decider';
export * from './domain-error';
export * from './evidence';
export * from './shared/command-metadata';
export * from './values';
export * from './event-catalogue';
export * from './security-audit';
