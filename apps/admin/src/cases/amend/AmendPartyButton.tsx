import EditNoteIcon from '@mui/icons-material/EditNote';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from '../actions/case-target';
import { type Party } from '../case-record';
import { PartyFields } from '../PartyFields';

/**
 * Corrects a party as a whole (AmendParty), starting from what is recorded now; offered only when
 * the user reads the party's personal fields, since an amendment replaces them all.
 */
export function AmendPartyButton({ party, ...target }: CaseTarget & { party: Party }) {
  const { partyId, ...recorded } = party;
  if (typeof recorded.name !== 'string') return null;
  return (
    <CommandDialog
      {...target}
      small
      label="cases.entry.amendParty"
      icon={<EditNoteIcon />}
      path={`parties/${partyId}/amend`}
      defaultValues={recorded}
      wide
    >
      <PartyFields />
    </CommandDialog>
  );
}
