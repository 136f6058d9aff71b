/** The bulk paths that append facts, as recorded in `metadata.bulkEntry`. */
export type BulkEntry = 'demo-world' | 'seizure-import';

/** What the caller records with every event; the command handler fills actor and business time. */
export interface EventMetadata {
  readonly actor?: unknown;
  /** Business time of the fact (ISO 8601), from the command; `recordedAt` is the store's own time. */
  readonly occurredAt?: string;
  /**
   * Set by a writer that enters facts in bulk (the demo world, an import): names that path. Stored
   * with the event, so whatever is derived from it (notifications) can tell such facts apart on any
   * replay.
   */
  readonly bulkEntry?: BulkEntry;
  readonly [key: string]: unknown;
}

/** An event to append. Mark personal values in `data` with `personal()` (see personal-data-cipher). */
export interface NewEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  /** Defaults to 1; bump it when the event's shape changes and register an upcaster for the old one. */
  readonly schemaVersion?: number;
  /** Defaults to a random UUID. */
  readonly eventId?: string;
  readonly metadata?: EventMetadata;
}

export interface RecordedEventMetadata extends EventMetadata {
  readonly recordedAt: string;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly commandId: string | null;
}

/** A stored event as read back: upcast to its latest schema, personal values decrypted or replaced. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly schemaVersion: number;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamType: string;
  readonly streamPosition: number;
  readonly globalPosition: number;
  /** The writing transaction's xid8, as a decimal string; with globalPosition, the catch-up cursor. */
  readonly transactionId: string;
  readonly metadata: RecordedEventMetadata;
}

/** A row of `events` as the pg driver returns it (bigint and xid8 as strings). */
export interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_type: string;
  stream_position: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  correlation_id: string | null;
  causation_id: string | null;
  command_id: string | null;
  recorded_at: Date;
}

/**
 * What a read decodes. The hash chain's columns are left out: only the verifier needs them (it
 * selects them itself), and fetching 64 bytes of bytea per event costs every subscriber.
 */
export const eventColumns = `global_position, transaction_id, stream_id, stream_type, stream_position,
  event_id, event_type, schema_version, data, metadata, correlation_id, causation_id, command_id,
  recorded_at`;
