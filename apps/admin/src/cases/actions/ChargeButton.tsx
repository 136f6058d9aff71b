import GavelIcon from '@mui/icons-material/Gavel';
import { AddItemButton, ArrayInput, required, SimpleFormIterator, TextInput } from 'react-admin';
import { DefendantCommandDialog, type DefendantTarget } from './DefendantCommandDialog';

export function ChargeButton(target: DefendantTarget) {
  return (
    <DefendantCommandDialog
      {...target}
      label="greenchain.actions.charge"
      icon={<GavelIcon />}
      command="charges"
      defaultValues={{ charges: [{}] }}
    >
      <ArrayInput source="charges" label="greenchain.fields.charges">
        <SimpleFormIterator
          inline
          disableReordering
          addButton={<AddItemButton label="greenchain.fields.addCharge" />}
        >
          <TextInput source="statute" label="greenchain.fields.statute" validate={required()} />
          <TextInput source="section" label="greenchain.fields.section" validate={required()} />
          <TextInput source="iccsClass" label="greenchain.fields.iccsClass" validate={required()} />
          <TextInput source="description" label="greenchain.fields.description" />
        </SimpleFormIterator>
      </ArrayInput>
    </DefendantCommandDialog>
  );
}
