import ShareIcon from '@mui/icons-material/Share';
import { CheckboxGroupInput, DateInput, required, TextInput } from 'react-admin';
import { shareableFields } from '@greenchain/contracts';
import { CommandDialog } from '../../common/CommandDialog';
import { CountryInput } from '../../common/CountryInput';
import { type CaseTarget } from './case-target';
import { labelledChoices } from './choices';

const parts = labelledChoices('cases.shareParts.', shareableFields);

export function ShareButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.share"
      icon={<ShareIcon />}
      path="shares"
      defaultValues={{ fields: ['seizure', 'items'] }}
    >
      <CountryInput source="country" label="common.fields.country" validate={required()} />
      <TextInput source="agency" label="common.fields.agency" validate={required()} />
      <CheckboxGroupInput
        source="fields"
        label="cases.fields.sharedParts"
        choices={parts}
        validate={required()}
      />
      <DateInput source="until" label="cases.fields.until" validate={required()} />
    </CommandDialog>
  );
}
