export * from './expect-eventually';
export * from './test-database';
export * from './decider-spec';
export * from './photographs';
export * from './pdf-text';
export * from './zip-entries';
export * from './s3-test-server';
