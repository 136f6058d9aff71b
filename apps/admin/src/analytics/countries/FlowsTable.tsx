import { TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../../i18n/use-formatters';
import { ScrollableTable } from '../../layout/ScrollableTable';
import { isRecorded, type RouteFlow } from './route-flows';
import { shownCount } from './shown-figure';
import { useShown } from './use-shown';

/** The trade routes the map draws, one per line, most seizures first; the others are counted. */
export function FlowsTable({ flows, others }: { flows: readonly RouteFlow[]; others: number }) {
  const translate = useTranslate();
  const format = useFormatters();
  const shown = useShown();
  const name = (code: string) => (isRecorded(code) ? format.country(code) : code);
  return (
    <>
      <ScrollableTable label={translate('countries.flows.tableTitle')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('countries.flows.origin')}</TableCell>
            <TableCell>{translate('countries.flows.transit')}</TableCell>
            <TableCell>{translate('countries.flows.destination')}</TableCell>
            <TableCell align="right">{translate('countries.flows.seized')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {flows.map((flow) => (
            <TableRow key={flow.id}>
              <TableCell component="th" scope="row">
                {name(flow.origin)}
              </TableCell>
              <TableCell>{flow.transits.map(name).join(', ') || '—'}</TableCell>
              <TableCell>{name(flow.destination)}</TableCell>
              <TableCell align="right">{shown.count(shownCount(flow.seized))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollableTable>
      {others > 0 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('countries.flows.others', { smart_count: others })}
        </Typography>
      )}
    </>
  );
}
