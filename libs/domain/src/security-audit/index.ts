export * from './security-audit.events';
