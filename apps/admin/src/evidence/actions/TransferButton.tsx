import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { required, TextInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { CountryInput } from '../../common/CountryInput';
import { currentHolderId, type EvidenceTarget } from '../evidence-record';

export function TransferButton(target: EvidenceTarget) {
  const { record } = target;
  return (
    <CommandDialog
      {...target}
      label="evidence.actions.transfer"
      icon={<SwapHorizIcon />}
      path="transfers"
      defaultValues={{
        fromHolderId: currentHolderId(record),
        sealNumber: record.state.seal?.number,
        to: { country: record.state.holder?.country },
      }}
    >
      <TextInput source="fromHolderId" label="evidence.fromHolder" validate={required()} />
      <TextInput source="to.holderId" label="evidence.toHolder" validate={required()} />
      <TextInput source="to.agency" label="common.fields.agency" validate={required()} />
      <CountryInput source="to.country" label="common.fields.country" validate={required()} />
      <TextInput source="place" label="evidence.place" validate={required()} />
      <TextInput source="condition" label="evidence.condition" validate={required()} />
      <TextInput source="sealNumber" label="evidence.sealNumber" />
    </CommandDialog>
  );
}
