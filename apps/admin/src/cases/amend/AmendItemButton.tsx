import EditNoteIcon from '@mui/icons-material/EditNote';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from '../actions/case-target';
import { type CommodityItem } from '../case-record';
import { CommodityItemFields } from '../CommodityItemFields';

/** Corrects an item as a whole (AmendCommodityItem), starting from what is recorded now. */
export function AmendItemButton({ item, ...target }: CaseTarget & { item: CommodityItem }) {
  const { itemId, ...recorded } = item;
  return (
    <CommandDialog
      {...target}
      small
      label="cases.entry.amendItem"
      icon={<EditNoteIcon />}
      path={`items/${itemId}/amend`}
      defaultValues={recorded}
      wide
    >
      <CommodityItemFields />
    </CommandDialog>
  );
}
