import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { SectionCard } from '../common/SectionCard';
import { type CaseRecord } from './case-record';

/** The goods, declared against established side by side: misdeclaration is the usual method. */
export function ItemsCard() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const format = useFormatters();
  if (!record) return null;
  const items = Object.values(record.state.items).filter((item) => !item.removed);
  return (
    <SectionCard title="greenchain.cases.items">
      <Table size="small" aria-label={translate('greenchain.cases.items')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('greenchain.fields.declared')}</TableCell>
            <TableCell>{translate('greenchain.fields.established')}</TableCell>
            <TableCell>{translate('greenchain.fields.agreements')}</TableCell>
            <TableCell>{translate('greenchain.fields.quantities')}</TableCell>
            <TableCell align="right">{translate('greenchain.fields.estimatedValue')}</TableCell>
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
                </Typography>
              </TableCell>
              <TableCell>{item.agreements.join(', ')}</TableCell>
              <TableCell>
                {item.quantities
                  .map(
                    (q) =>
                      `${format.number(q.amount)} ${translate(`greenchain.codes.quantityUnits.${q.unit}`, { _: q.unit })}`,
                  )
                  .join(' · ')}
              </TableCell>
              <TableCell align="right">
                {item.estimatedValue
                  ? format.currency(item.estimatedValue.amount, item.estimatedValue.currency)
                  : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
