import type { AppendCall } from './append-call';

/**
 * From this many appends the set-based function costs the server less per append than the loop; below
 * it, its larger plan costs more to start than it saves (measured in psql with synchronous_commit off:
 * about 15% less at 4, a third to a half less from 8 to 32, more at 1 and 2).
 */
const minSetBasedBatch = 4;

type BatchedAppend = Pick<AppendCall, 'streamId' | 'commandId' | 'events'>;

const loopSql = `SELECT outcome, new_version, new_positions FROM append_events_batch($1)`;
const setBasedSql = `SELECT outcome, new_version, new_positions FROM append_single_events_batch($1)`;

/**
 * The statement that carries a batch. `append_single_events_batch` needs appends that cannot affect one
 * another (one event each, no stream or command id twice); any other batch goes through the loop of
 * `append_events_batch`, which chains them one after the other. Both return the same outcome rows.
 */
export function batchStatement(calls: readonly BatchedAppend[]): string {
  return calls.length >= minSetBasedBatch && independentSingleEvents(calls) ? setBasedSql : loopSql;
}

function independentSingleEvents(calls: readonly BatchedAppend[]): boolean {
  const streams = new Set<string>();
  const commands = new Set<string>();
  for (const { streamId, commandId, events } of calls) {
    if (events.length !== 1 || streams.has(streamId)) return false;
    if (commandId !== null && commands.has(commandId)) return false;
    streams.add(streamId);
    if (commandId !== null) commands.add(commandId);
  }
  return true;
}
