import EventBusyIcon from '@mui/icons-material/EventBusy';
import { required, SelectInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { hearingChoices } from './choices';
import { onSelected } from './on-selected';
import { ReasonInput } from './ReasonInput';

export function AdjournHearingButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.adjournHearing"
      icon={<EventBusyIcon />}
      {...onSelected('hearingId', (id) => `hearings/${id}/adjourn`)}
    >
      <SelectInput
        source="hearingId"
        label="cases.fields.hearing"
        choices={hearingChoices(target.record)}
        validate={required()}
      />
      <ReasonInput />
    </CommandDialog>
  );
}
