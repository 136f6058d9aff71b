import ReplyAllIcon from '@mui/icons-material/ReplyAll';
import { required, SelectInput, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

const choices = (ids: string[], group: string) =>
  ids.map((id) => ({ id, name: `greenchain.appeal.${group}.${id}` }));

export function AppealButton({ partyId, ...target }: CommandTarget & { readonly partyId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.appeal"
      icon={<ReplyAllIcon />}
      path={`defendants/${partyId}/appeals`}
    >
      <SelectInput
        source="appellant"
        label="greenchain.fields.appellant"
        choices={choices(['defence', 'prosecution'], 'appellant')}
        validate={required()}
      />
      <SelectInput
        source="against"
        label="greenchain.fields.against"
        choices={choices(['verdict', 'sentence'], 'against')}
        validate={required()}
      />
      <TextInput source="grounds" label="greenchain.fields.grounds" multiline />
    </CommandDialog>
  );
}
