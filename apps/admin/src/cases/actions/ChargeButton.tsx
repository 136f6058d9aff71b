import GavelIcon from '@mui/icons-material/Gavel';
import { AddItemButton, ArrayInput, required, SimpleFormIterator, TextInput } from 'react-admin';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';

export function ChargeButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="cases.actions.charge"
      icon={<GavelIcon />}
      command="charges"
      defaultValues={{ charges: [{}] }}
    >
      <ArrayInput source="charges" label="cases.fields.charges">
        <SimpleFormIterator
          inline
          disableReordering
          addButton={<AddItemButton label="cases.fields.addCharge" />}
        >
          <TextInput source="statute" label="cases.fields.statute" validate={required()} />
          <TextInput source="section" label="cases.fields.section" validate={required()} />
          <TextInput source="iccsClass" label="cases.fields.iccsClass" validate={required()} />
          <TextInput source="description" label="cases.fields.description" />
        </SimpleFormIterator>
      </ArrayInput>
    </DefendantCommandDialog>
  );
}
