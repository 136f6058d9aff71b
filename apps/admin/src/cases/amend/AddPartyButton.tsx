import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from '../actions/case-target';
import { PartyFields } from '../PartyFields';

/** A person or company identified after the seizure was recorded (AddParty). */
export function AddPartyButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      small
      label="cases.entry.addParty"
      icon={<PersonAddIcon />}
      path="parties"
      wide
    >
      <PartyFields />
    </CommandDialog>
  );
}
