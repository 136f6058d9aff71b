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
      label="greenchain.evidence.actions.transfer"
      icon={<SwapHorizIcon />}
      path="transfers"
      defaultValues={{
        fromHolderId: currentHolderId(record),
        sealNumber: record.state.seal?.number,
        to: { country: record.state.holder?.country },
      }}
    >
      <TextInput
        source="fromHolderId"
        label="greenchain.evidence.fromHolder"
        validate={required()}
      />
      <TextInput source="to.holderId" label="greenchain.evidence.toHolder" validate={required()} />
      <TextInput source="to.agency" label="greenchain.fields.agency" validate={required()} />
      <CountryInput source="to.country" label="greenchain.fields.country" validate={required()} />
      <TextInput source="place" label="greenchain.evidence.place" validate={required()} />
      <TextInput source="condition" label="greenchain.evidence.condition" validate={required()} />
      <TextInput source="sealNumber" label="greenchain.evidence.sealNumber" />
    </CommandDialog>
  );
}
