import { type CaseCommandName, roleMayIssue, type SessionUser } from '@greenchain/contracts';
import { type CaseRecord } from '../case-record';

/** Additions, corrections and findings about what the seizure recorded: its items and its parties. */
export const entryCommandNames = {
  addItem: 'AddCommodityItem',
  addParty: 'AddParty',
  amendItem: 'AmendCommodityItem',
  recordLabResult: 'RecordLabResult',
  amendParty: 'AmendParty',
} as const satisfies Record<string, CaseCommandName>;
export type EntryCommand = keyof typeof entryCommandNames;

/**
 * What the console offers a user on an open case of their country (customs only on their own
 * agency's seizures, as the API scopes them), by the contracts' table of who issues each command;
 * the API still decides and refuses the rest.
 */
export function entryCommands(user: SessionUser, record: CaseRecord): ReadonlySet<EntryCommand> {
  const { seizure, status } = record.state;
  const own = seizure?.country === user.country;
  const agency = user.role !== 'customs' || seizure?.agency === user.agency;
  if (status === 'closed' || !own || !agency) return new Set();
  const commands = Object.keys(entryCommandNames) as EntryCommand[];
  return new Set(commands.filter((command) => roleMayIssue(user.role, entryCommandNames[command])));
}
