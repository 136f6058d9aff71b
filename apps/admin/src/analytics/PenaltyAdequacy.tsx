import { Alert, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ScrollableTable } from '../layout/ScrollableTable';
import { useFormatters } from '../i18n/use-formatters';
import { type AnalyticsFilter, type Grouping } from './analytics';
import { useGroupLabel } from './use-group-label';
import { usePenaltyAdequacy } from './use-analytics';

const columns = ['sentenced', 'finesTotal', 'estimatedValueTotal', 'finesBelowValue', 'ratio'];

/** Fines against the value of the goods: a fine below the value rewards the crime. */
export function PenaltyAdequacy({
  filter,
  groupBy,
}: {
  filter: AnalyticsFilter;
  groupBy: Grouping;
}) {
  const translate = useTranslate();
  const format = useFormatters();
  const label = useGroupLabel(groupBy);
  const { data, isError } = usePenaltyAdequacy(filter, groupBy);
  if (isError) return <Alert severity="error">{translate('analytics.unavailable')}</Alert>;
  const leftOut = (data ?? []).reduce((sum, row) => sum + row.unconvertedAmounts, 0);
  const currencies = [...new Set((data ?? []).flatMap((row) => row.unconvertedCurrencies))];
  return (
    <>
      {leftOut > 0 && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('analytics.penalty.leftOut', {
            smart_count: leftOut,
            currencies: currencies.join(', '),
          })}
        </Alert>
      )}
      <ScrollableTable label={translate('analytics.penalty.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate(`analytics.groupings.${groupBy}`)}</TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right">
                {translate(`analytics.penalty.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {(data ?? []).map((row) => (
            <TableRow key={row.id}>
              <TableCell component="th" scope="row">
                {label(row.group)}
              </TableCell>
              <TableCell align="right">{format.number(row.sentenced)}</TableCell>
              <TableCell align="right">{format.currency(row.finesTotal, 'USD')}</TableCell>
              <TableCell align="right">{format.currency(row.estimatedValueTotal, 'USD')}</TableCell>
              <TableCell align="right">{format.number(row.finesBelowValue)}</TableCell>
              <TableCell align="right">
                {row.ratio === null ? '—' : format.percent(row.ratio)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollableTable>
    </>
  );
}
