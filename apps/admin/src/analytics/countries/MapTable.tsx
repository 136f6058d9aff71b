import { TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { type ChainFunnelRow, type ChainStrengthRow } from '@greenchain/contracts';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../../i18n/use-formatters';
import { ScrollableTable } from '../../layout/ScrollableTable';
import { shownCount, shownIndex } from './shown-figure';
import { useShown } from './use-shown';

interface Props {
  readonly strength: readonly ChainStrengthRow[];
  readonly funnels: readonly ChainFunnelRow[];
}

/** What the map shows, per country by name: the index and the seized cases. */
export function MapTable({ strength, funnels }: Props) {
  const translate = useTranslate();
  const format = useFormatters();
  const shown = useShown();
  const indexOf = new Map(strength.map((row) => [row.group, row]));
  const seizedOf = new Map(funnels.map((row) => [row.group, row.steps[0]?.reached.cases ?? null]));
  const countries = [...new Set([...indexOf.keys(), ...seizedOf.keys()])]
    .map((code) => ({ code, name: format.country(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ScrollableTable label={translate('countries.map.tableTitle')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('countries.ranking.country')}</TableCell>
          <TableCell align="right">{translate('countries.map.index')}</TableCell>
          <TableCell align="right">{translate('countries.map.seized')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {countries.map(({ code, name }) => {
          const strengthRow = indexOf.get(code);
          const seized = seizedOf.get(code);
          return (
            <TableRow key={code}>
              <TableCell component="th" scope="row">
                {name}
              </TableCell>
              <TableCell align="right">
                {strengthRow ? shown.score(shownIndex(strengthRow)) : '—'}
              </TableCell>
              <TableCell align="right">
                {seized === undefined ? '—' : shown.count(shownCount(seized))}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </ScrollableTable>
  );
}
