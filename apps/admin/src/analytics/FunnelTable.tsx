import { TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ScrollableTable } from '../layout/ScrollableTable';
import { useFormatters } from '../i18n/use-formatters';
import { dropOuts, type FunnelRow, funnelStages, type Grouping, groupRows } from './analytics';
import { useCount } from './use-count';
import { useGroupLabel } from './use-group-label';

/** The numbers behind the charts, every group, readable by a screen reader. */
export function FunnelTable({ rows, groupBy }: { rows: readonly FunnelRow[]; groupBy: Grouping }) {
  const translate = useTranslate();
  const format = useFormatters();
  const label = useGroupLabel(groupBy);
  const count = useCount();
  const columns = [...funnelStages, ...dropOuts];
  const sorted = groupRows(rows)
    .map((row) => ({ row, name: label(row.group) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ScrollableTable label={translate('analytics.tableTitle')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(`analytics.groupings.${groupBy}`)}</TableCell>
          {columns.map((column) => (
            <TableCell key={column} align="right">
              {translate(`analytics.stages.${column}`)}
            </TableCell>
          ))}
          <TableCell align="right">{translate('analytics.conversion')}</TableCell>
          <TableCell align="right">{translate('analytics.medianDays')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map(({ row, name }) => (
          <TableRow key={row.id}>
            <TableCell component="th" scope="row">
              {name}
            </TableCell>
            {columns.map((column) => (
              <TableCell key={column} align="right">
                {count(row[column])}
              </TableCell>
            ))}
            <TableCell align="right">{conversion(row, (ratio) => format.percent(ratio))}</TableCell>
            <TableCell align="right">
              {row.medianDaysToVerdict == null
                ? row.suppressed && row.verdicts === null
                  ? translate('analytics.hidden')
                  : '—'
                : format.number(row.medianDaysToVerdict)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}

/** Seizure to sentence, where both counts are shown and there was a seizure. */
function conversion(row: FunnelRow, percent: (ratio: number) => string): string {
  if (row.seized === null || row.sentenced === null || row.seized === 0) return '—';
  return percent(row.sentenced / row.seized);
}
