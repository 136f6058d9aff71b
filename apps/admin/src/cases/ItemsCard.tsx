import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { type TranslateFunction, useRecordContext, useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { SectionCard } from '../common/SectionCard';
import { useCodeLabel } from '../common/use-code-list';
import { session } from '../providers/session';
import { AddItemButton } from './amend/AddItemButton';
import { type EntryCommand, entryCommands } from './amend/entry-abilities';
import { type CaseRecord, type CommodityItem } from './case-record';
import { ItemEntryActions } from './ItemEntryActions';
import { LabResults } from './LabResults';

/** The CITES details in a line: appendix, then the permit's term and unit codes. */
function citesLine({ cites }: CommodityItem, translate: TranslateFunction): string {
  if (!cites) return '';
  const appendix = cites.appendix && translate('cases.entry.appendix', cites);
  return ` · CITES ${[appendix, cites.term, cites.unit].filter(Boolean).join(' · ')}`;
}

/** The goods, declared against established side by side: misdeclaration is the usual method. */
export function ItemsCard() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const format = useFormatters();
  const unit = useCodeLabel('quantityUnits');
  if (!record) return null;
  const items = Object.values(record.state.items).filter((item) => !item.removed);
  const user = session.user();
  const allowed = user ? entryCommands(user, record) : new Set<EntryCommand>();
  const labResults = Object.values(record.state.labResults);
  return (
    <SectionCard
      title="cases.page.items"
      action={allowed.has('addItem') && <AddItemButton resource="cases" record={record} />}
    >
      <Table size="small" aria-label={translate('cases.page.items')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('cases.fields.declared')}</TableCell>
            <TableCell>{translate('cases.fields.established')}</TableCell>
            <TableCell>{translate('cases.fields.agreements')}</TableCell>
            <TableCell>{translate('cases.fields.quantities')}</TableCell>
            <TableCell align="right">{translate('cases.fields.estimatedValue')}</TableCell>
            {allowed.size > 0 && <TableCell>{translate('cases.fields.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map(({ details: item }) => (
            <TableRow key={item.itemId}>
              <TableCell>
                {item.descriptionDeclared ?? '—'}
                <Typography variant="caption" sx={{ display: 'block' }}>
                  HS {item.hsDeclared ?? '—'}
                </Typography>
              </TableCell>
              <TableCell>
                {item.descriptionEstablished}
                <Typography variant="caption" sx={{ display: 'block' }}>
                  HS {item.hsEstablished ?? '—'}
                  {item.substance ? ` · ${item.substance}` : ''}
                  {item.species ? ` · ${item.species}` : ''}
                  {citesLine(item, translate)}
                </Typography>
                <LabResults results={labResults.filter((lab) => lab.itemId === item.itemId)} />
              </TableCell>
              <TableCell>{item.agreements.join(', ')}</TableCell>
              <TableCell>
                {item.quantities
                  .map((q) => `${format.number(q.amount)} ${unit(q.unit)}`)
                  .join(' · ')}
              </TableCell>
              <TableCell align="right">
                {item.estimatedValue
                  ? format.currency(item.estimatedValue.amount, item.estimatedValue.currency)
                  : '—'}
              </TableCell>
              {allowed.size > 0 && (
                <TableCell>
                  <ItemEntryActions record={record} item={item} allowed={allowed} />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
