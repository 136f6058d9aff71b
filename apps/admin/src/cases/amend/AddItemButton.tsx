import AddIcon from '@mui/icons-material/Add';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from '../actions/case-target';
import { CommodityItemFields } from '../CommodityItemFields';

/** An item found after the seizure was recorded (AddCommodityItem), entered as on the seizure form. */
export function AddItemButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      small
      label="cases.entry.addItem"
      icon={<AddIcon />}
      path="items"
      defaultValues={{ quantities: [{}], agreements: [] }}
      wide
    >
      <CommodityItemFields />
    </CommandDialog>
  );
}
