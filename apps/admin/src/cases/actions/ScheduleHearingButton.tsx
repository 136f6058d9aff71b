import EventIcon from '@mui/icons-material/Event';
import { CheckboxGroupInput, DateInput, required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { partyChoices } from './choices';

export function ScheduleHearingButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.scheduleHearing"
      icon={<EventIcon />}
      path="hearings"
    >
      <CheckboxGroupInput
        source="partyIds"
        label="cases.fields.defendants"
        choices={partyChoices(target.record)}
        validate={required()}
      />
      <TextInput source="court" label="cases.fields.court" validate={required()} />
      <DateInput source="scheduledFor" label="cases.fields.scheduledFor" validate={required()} />
      <TextInput source="purpose" label="cases.fields.purpose" validate={required()} />
    </CommandDialog>
  );
}
