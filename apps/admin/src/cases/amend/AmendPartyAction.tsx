import { session } from '../../providers/session';
import { type CaseRecord, type Party } from '../case-record';
import { AmendPartyButton } from './AmendPartyButton';
import { entryCommands } from './entry-abilities';

/** The amendment of one party, for the users who may correct it. */
export function AmendPartyAction({ record, party }: { record: CaseRecord; party: Party }) {
  const user = session.user();
  if (!user || !entryCommands(user, record).has('amendParty')) return null;
  return <AmendPartyButton resource="cases" record={record} party={party} />;
}
