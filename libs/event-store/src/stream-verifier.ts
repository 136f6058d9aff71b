import { verifyChain, type ChainedEvent, type ChainVerification } from './hash-chain';
import type { EventRow } from './recorded-event';
import { queryRows, type SqlExecutor } from './sql-executor';

type ChainRow = Omit<EventRow, 'global_position' | 'transaction_id' | 'recorded_at'> & {
  prev_hash: Buffer | null;
  hash: Buffer;
};

type VerifiedRow = { head_version: string | null; head_hash: Buffer | null } & (
  ChainRow | { [column in keyof ChainRow]: null }
);

/** The head and the events in one statement, so one snapshot: a concurrent append is all in or all out. */
const streamWithHeadSql = `SELECT h.version AS head_version, h.last_hash AS head_hash,
    e.stream_id, e.stream_type, e.stream_position, e.event_id, e.event_type, e.schema_version,
    e.data, e.metadata, e.correlation_id, e.causation_id, e.command_id, e.prev_hash, e.hash
  FROM (VALUES ($1::text)) AS wanted(stream_id)
  LEFT JOIN streams h ON h.stream_id = wanted.stream_id
  LEFT JOIN events e ON e.stream_id = wanted.stream_id
  ORDER BY e.stream_position`;

/**
 * Recomputes a stream's hash chain from the stored rows (ciphertext included, so it survives erasure)
 * and reports the first broken position.
 */
export async function verifyStreamChain(
  executor: SqlExecutor,
  streamId: string,
): Promise<ChainVerification> {
  const rows = await queryRows<VerifiedRow>(executor, streamWithHeadSql, [streamId]);
  const first = rows[0];
  const head =
    first?.head_version && first.head_hash
      ? { version: Number(first.head_version), lastHash: first.head_hash }
      : null;
  const events = rows.flatMap((row) => (row.stream_id === null ? [] : [toChainedEvent(row)]));
  return verifyChain(streamId, events, head);
}

function toChainedEvent(row: ChainRow): ChainedEvent {
  return {
    streamId: row.stream_id,
    streamType: row.stream_type,
    streamPosition: Number(row.stream_position),
    eventId: row.event_id,
    eventType: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    commandId: row.command_id,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
