import { Stack } from '@mui/material';
import { AmendItemButton } from './amend/AmendItemButton';
import { type EntryCommand } from './amend/entry-abilities';
import { RecordLabResultButton } from './amend/RecordLabResultButton';
import { type CaseRecord, type CommodityItem } from './case-record';

/** The corrections and findings this user may record about one item. */
export function ItemEntryActions({
  record,
  item,
  allowed,
}: {
  readonly record: CaseRecord;
  readonly item: CommodityItem;
  readonly allowed: ReadonlySet<EntryCommand>;
}) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {allowed.has('amendItem') && <AmendItemButton resource="cases" record={record} item={item} />}
      {allowed.has('recordLabResult') && (
        <RecordLabResultButton resource="cases" record={record} itemId={item.itemId} />
      )}
    </Stack>
  );
}
