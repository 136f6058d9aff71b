import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { BooleanInput, CheckboxGroupInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { PenaltyLinesInput } from '../../common/PenaltyLinesInput';
import { type CaseTarget } from './case-target';
import { partyChoices } from './choices';
import { NoteInput } from './NoteInput';

export function SettleButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.settle"
      icon={<ReceiptLongIcon />}
      path="settle-administratively"
      defaultValues={{ partyIds: [], penaltyLines: [{ type: 'fine' }], reExportOrder: false }}
    >
      <CheckboxGroupInput
        source="partyIds"
        label="cases.fields.defendants"
        choices={partyChoices(target.record)}
      />
      <PenaltyLinesInput />
      <BooleanInput source="reExportOrder" label="cases.fields.reExportOrder" />
      <NoteInput />
    </CommandDialog>
  );
}
