import LinkOffIcon from '@mui/icons-material/LinkOff';
import { required, SelectInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { shareChoices } from './choices';
import { onSelected } from './on-selected';
import { ReasonInput } from './ReasonInput';

export function RevokeShareButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.revokeShare"
      icon={<LinkOffIcon />}
      {...onSelected('shareId', (id) => `shares/${id}/revoke`)}
      danger
    >
      <SelectInput
        source="shareId"
        label="cases.fields.share"
        choices={shareChoices(target.record)}
        validate={required()}
      />
      <ReasonInput optional />
    </CommandDialog>
  );
}
