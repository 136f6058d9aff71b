import EventBusyIcon from '@mui/icons-material/EventBusy';
import { required, SelectInput, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { hearingChoices } from './choices';

export function AdjournHearingButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.adjournHearing"
      icon={<EventBusyIcon />}
      path={(values) => `hearings/${String(values.hearingId)}/adjourn`}
      toBody={({ hearingId: _hearing, ...body }) => body}
    >
      <SelectInput
        source="hearingId"
        label="greenchain.fields.hearing"
        choices={hearingChoices(target.record)}
        validate={required()}
      />
      <TextInput source="reason" label="greenchain.fields.reason" validate={required()} />
    </CommandDialog>
  );
}
