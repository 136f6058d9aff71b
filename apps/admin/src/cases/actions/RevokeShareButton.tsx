import LinkOffIcon from '@mui/icons-material/LinkOff';
import { required, SelectInput, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { shareChoices } from './choices';

export function RevokeShareButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.revokeShare"
      icon={<LinkOffIcon />}
      path={(values) => `shares/${String(values.shareId)}/revoke`}
      toBody={({ shareId: _share, ...body }) => body}
      danger
    >
      <SelectInput
        source="shareId"
        label="greenchain.fields.share"
        choices={shareChoices(target.record)}
        validate={required()}
      />
      <TextInput source="reason" label="greenchain.fields.reason" />
    </CommandDialog>
  );
}
