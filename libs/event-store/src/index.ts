export * from './append-events';
export * from './catch-up-reader';
export * from './checkpoints';
export * from './embedded/embedded-postgres';
export * from './errors/idempotency.errors';
export * from './errors/stream-lock-order.error';
export * from './errors/stream-version-conflict.error';
export * from './errors/subject-erased.error';
export type { PersonalDataMode } from './event-decoder';
export * from './event-store';
export type { ChainVerification } from './hash-chain';
export * from './migrations';
export { requestHash } from './request-hash';
export {
  erasedValue,
  isErasedValue,
  isRedactedValue,
  personal,
  redactedValue,
  type EncryptedValue,
  type PersonalValue,
} from './personal-data-cipher';
export type {
  BulkEntry,
  EventMetadata,
  NewEvent,
  RecordedEvent,
  RecordedEventMetadata,
} from './recorded-event';
export type { SqlExecutor } from './sql-executor';
export * from './stream-locks';
export type { ReadStreamOptions, StreamSlice } from './stream-reader';
export * from './upcasters';
export * from './unique-keys/unique-key-taken.error';
export type { UniqueKey } from './unique-keys/unique-key';
