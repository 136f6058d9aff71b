import RecyclingIcon from '@mui/icons-material/Recycling';
import { required, SelectInput } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { CommandDialog } from '../../common/CommandDialog';
import { MoneyInput } from '../../common/MoneyInput';
import { type CaseTarget } from './case-target';
import { itemChoices } from './choices';
import { NoteInput } from './NoteInput';
import { onSelected } from './on-selected';

export function DisposalButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.disposal"
      icon={<RecyclingIcon />}
      {...onSelected('itemId', (id) => `items/${id}/disposal`)}
    >
      <SelectInput
        source="itemId"
        label="cases.fields.item"
        choices={itemChoices(target.record)}
        validate={required()}
      />
      <CodeListInput
        list="disposalMethods"
        source="method"
        label="cases.fields.disposalMethod"
        validate={required()}
      />
      <MoneyInput source="cost" label="cases.fields.cost" />
      <NoteInput />
    </CommandDialog>
  );
}
