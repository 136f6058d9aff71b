import { randomUUID } from 'node:crypto';
import type { Backend } from './backends';

/** A fresh case stream id. */
export const stream = (): string => `case-${randomUUID()}`;

export const note = (text: string) => ({ type: 'NoteAdded', data: { text } });

/** Appends issued in the same turn go in one batch: their events share one transaction id. */
export async function transactionsOf(
  backend: Backend,
  streamIds: readonly string[],
): Promise<number> {
  const [row] = await backend.dataSource.query<{ n: number }[]>(
    `SELECT count(DISTINCT transaction_id)::int AS n FROM events WHERE stream_id = ANY($1)`,
    [streamIds],
  );
  return row?.n ?? 0;
}
