import ShareIcon from '@mui/icons-material/Share';
import { CheckboxGroupInput, DateInput, required, TextInput } from 'react-admin';
import { shareableFields } from '@greenchain/contracts';
import { CommandDialog } from '../../common/CommandDialog';
import { CountryInput } from '../../common/CountryInput';
import { type CaseTarget } from './case-target';
import { labelledChoices } from './choices';

const parts = labelledChoices('greenchain.shareParts.', shareableFields);

export function ShareButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.share"
      icon={<ShareIcon />}
      path="shares"
      defaultValues={{ fields: ['seizure', 'items'] }}
    >
      <CountryInput source="country" label="greenchain.fields.country" validate={required()} />
      <TextInput source="agency" label="greenchain.fields.agency" validate={required()} />
      <CheckboxGroupInput
        source="fields"
        label="greenchain.fields.sharedParts"
        choices={parts}
        validate={required()}
      />
      <DateInput source="until" label="greenchain.fields.until" validate={required()} />
    </CommandDialog>
  );
}
