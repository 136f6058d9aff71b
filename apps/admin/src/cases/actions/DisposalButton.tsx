import RecyclingIcon from '@mui/icons-material/Recycling';
import { required, SelectInput, TextInput } from 'react-admin';
import { CodeListInput } from '../../common/CodeListInput';
import { CommandDialog } from '../../common/CommandDialog';
import { MoneyInput } from '../../common/MoneyInput';
import { type CaseTarget } from './case-target';
import { itemChoices } from './choices';

export function DisposalButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.disposal"
      icon={<RecyclingIcon />}
      path={(values) => `items/${String(values.itemId)}/disposal`}
      toBody={({ itemId: _item, ...body }) => body}
    >
      <SelectInput
        source="itemId"
        label="greenchain.fields.item"
        choices={itemChoices(target.record)}
        validate={required()}
      />
      <CodeListInput
        list="disposalMethods"
        source="method"
        label="greenchain.fields.disposalMethod"
        validate={required()}
      />
      <MoneyInput source="cost" label="greenchain.fields.cost" />
      <TextInput source="note" label="greenchain.fields.note" multiline />
    </CommandDialog>
  );
}
