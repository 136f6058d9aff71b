import ScienceIcon from '@mui/icons-material/Science';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from '../actions/case-target';
import { SubstanceAutocomplete } from '../SubstanceAutocomplete';

/** What a laboratory found in an item's sample (RecordLabResult). */
export function RecordLabResultButton({ itemId, ...target }: CaseTarget & { itemId: string }) {
  return (
    <CommandDialog
      {...target}
      small
      label="cases.entry.recordLabResult"
      icon={<ScienceIcon />}
      path={`items/${itemId}/lab-results`}
    >
      <TextInput source="laboratory" label="cases.entry.laboratory" validate={required()} />
      <TextInput source="method" label="cases.entry.method" validate={required()} />
      <TextInput source="result" label="cases.entry.result" validate={required()} multiline />
      <SubstanceAutocomplete
        source="substanceIdentified"
        label="cases.entry.substanceIdentified"
        impliesAgreement={false}
      />
    </CommandDialog>
  );
}
