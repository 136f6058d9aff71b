import { Alert, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ScrollableTable } from '../layout/ScrollableTable';
import { useFormatters } from '../i18n/use-formatters';
import { type AnalyticsFilter, type Grouping, type PenaltyRow } from './analytics';
import { useGroupLabel } from './use-group-label';
import { usePenaltyAdequacy } from './use-analytics';
import { useCount } from './use-count';

/** Each column's figure; a median that could not be computed shows as a dash, never as 0. */
const columns: Record<
  string,
  (row: PenaltyRow) => { count: number | null } | { ratio: number | null }
> = {
  sentenced: (row) => ({ count: row.sentenced }),
  valueKnown: (row) => ({ count: row.valueKnown }),
  fineToShare: (row) => ({ ratio: row.fineToShare.median }),
  fineToStatutoryMax: (row) => ({ ratio: row.fineToStatutoryMax.median }),
  custodialShare: (row) => ({ ratio: row.custodialShare }),
  suspendedShare: (row) => ({ ratio: row.suspendedShare }),
  deterrentShare: (row) => ({ ratio: row.deterrentShare }),
};

/** Penalties against the value of the goods and the statutory maximum: a small fine rewards the crime. */
export function PenaltyAdequacy({
  filter,
  groupBy,
  asOf,
}: {
  filter: AnalyticsFilter;
  groupBy: Grouping;
  asOf?: string;
}) {
  const translate = useTranslate();
  const format = useFormatters();
  const label = useGroupLabel(groupBy);
  const count = useCount();
  const { data, isError } = usePenaltyAdequacy(filter, groupBy, asOf);
  if (isError) return <Alert severity="error">{translate('analytics.unavailable')}</Alert>;
  const rows = data ?? [];
  const readOn = rows[0]?.ratesReadOn;
  const shown = (row: PenaltyRow, figure: { count: number | null } | { ratio: number | null }) => {
    if ('count' in figure) return count(figure.count);
    if (figure.ratio !== null) return format.percent(figure.ratio);
    return row.suppressed ? translate('analytics.hidden') : '—';
  };
  return (
    <>
      {readOn !== undefined && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('analytics.penalty.rates', { date: format.date(readOn) })}
          {rows.some((row) => row.provisionalRates) &&
            ` ${translate('analytics.penalty.provisional')}`}
        </Alert>
      )}
      <ScrollableTable label={translate('analytics.penalty.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate(`analytics.groupings.${groupBy}`)}</TableCell>
            {Object.keys(columns).map((column) => (
              <TableCell key={column} align="right">
                {translate(`analytics.penalty.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell component="th" scope="row">
                {label(row.group)}
              </TableCell>
              {Object.entries(columns).map(([column, figure]) => (
                <TableCell key={column} align="right">
                  {shown(row, figure(row))}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </ScrollableTable>
    </>
  );
}
