export * from './case-stream';
export * from './evidence-stream';
export * from './stream-type';
