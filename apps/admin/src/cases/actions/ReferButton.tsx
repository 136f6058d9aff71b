import SendIcon from '@mui/icons-material/Send';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

export function ReferButton(target: CommandTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.refer"
      icon={<SendIcon />}
      path="refer-to-prosecution"
    >
      <TextInput source="office" label="cases.fields.office" validate={required()} />
      <TextInput
        source="summary"
        label="cases.fields.summary"
        multiline
        minRows={3}
        validate={required()}
      />
    </CommandDialog>
  );
}
