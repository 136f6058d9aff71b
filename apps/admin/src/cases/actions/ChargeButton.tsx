import GavelIcon from '@mui/icons-material/Gavel';
import { AddItemButton, ArrayInput, required, SimpleFormIterator, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

export function ChargeButton({ partyId, ...target }: CommandTarget & { readonly partyId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.charge"
      icon={<GavelIcon />}
      path={`defendants/${partyId}/charges`}
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
    </CommandDialog>
  );
}
