import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { required } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { CommandDialog } from '../../common/CommandDialog';
import { type CommandTarget } from '../../common/use-command-submit';

export function PleaButton({ partyId, ...target }: CommandTarget & { readonly partyId: string }) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.plea"
      icon={<RecordVoiceOverIcon />}
      path={`defendants/${partyId}/plea`}
    >
      <CodeListInput
        list="pleas"
        source="plea"
        label="greenchain.fields.plea"
        select
        validate={required()}
      />
    </CommandDialog>
  );
}
