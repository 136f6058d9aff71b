import { type Role, type SessionUser } from '@greenchain/contracts';
import { type CaseRecord } from '../case-record';

/** Corrections and findings about what the seizure recorded: its items and its parties. */
export type EntryCommand = 'amendItem' | 'recordLabResult' | 'amendParty';

/** The domain's roles for AmendCommodityItem, RecordLabResult and AmendParty. */
const roles: Record<EntryCommand, readonly Role[]> = {
  amendItem: ['customs'],
  recordLabResult: ['customs'],
  amendParty: ['customs', 'prosecutor'],
};

/**
 * What the console offers a user on an open case of their country (customs only on their own
 * agency's seizures, as the API scopes them); the API still decides and refuses the rest.
 */
export function entryCommands(user: SessionUser, record: CaseRecord): ReadonlySet<EntryCommand> {
  const { seizure, status } = record.state;
  const own = seizure?.country === user.country;
  const agency = user.role !== 'customs' || seizure?.agency === user.agency;
  if (status === 'closed' || !own || !agency) return new Set();
  const commands = Object.keys(roles) as EntryCommand[];
  return new Set(commands.filter((command) => roles[command].includes(user.role)));
}
