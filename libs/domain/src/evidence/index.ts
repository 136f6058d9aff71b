export * from './evidence.commands';
export * from './evidence.decider';
export * from './evidence.errors';
export * from './evidence.events';
export * from './evidence.state';
