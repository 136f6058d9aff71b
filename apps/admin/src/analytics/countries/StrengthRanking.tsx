import { Box, Link, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import {
  type ChainFunnelRow,
  type ChainStrengthRow,
  chainStrengthParts,
} from '@greenchain/contracts';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../../i18n/use-formatters';
import { ScrollableTable } from '../../layout/ScrollableTable';
import { MiniFunnel } from './MiniFunnel';
import { shownCount, shownIndex, shownPart, type ShownFigure } from './shown-figure';
import { useShown } from './use-shown';

interface Props {
  readonly rows: readonly ChainStrengthRow[];
  readonly funnels: readonly ChainFunnelRow[];
  readonly onSelectCountry: (code: string) => void;
}

/** Strongest first; a country without an index after every country with one, by seized cases. */
function ranked(rows: readonly ChainStrengthRow[]): ChainStrengthRow[] {
  return [...rows].sort(
    (a, b) =>
      (b.index ?? -1) - (a.index ?? -1) ||
      (b.cases ?? 0) - (a.cases ?? 0) ||
      a.group.localeCompare(b.group),
  );
}

function ScoreBar({ figure, text }: { figure: ShownFigure; text: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 0.5 }}>
      {text}
      {figure.kind === 'value' && (
        <Box
          aria-hidden
          sx={{
            width: 32,
            height: 6,
            bgcolor: 'action.hover',
            borderRadius: 1,
            overflow: 'hidden',
          }}
        >
          <Box sx={{ width: `${figure.value * 100}%`, height: 1, bgcolor: 'primary.main' }} />
        </Box>
      )}
    </Box>
  );
}

/** Countries by chain strength index, every part beside it and the country's funnel at the end. */
export function StrengthRanking({ rows, funnels, onSelectCountry }: Props) {
  const translate = useTranslate();
  const format = useFormatters();
  const shown = useShown();
  const funnelOf = new Map(funnels.map((row) => [row.group, row]));
  let rank = 0;
  return (
    <ScrollableTable label={translate('countries.ranking.summary')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('countries.ranking.rank')}</TableCell>
          <TableCell>{translate('countries.ranking.country')}</TableCell>
          <TableCell align="right">{translate('countries.ranking.index')}</TableCell>
          <TableCell align="right">{translate('countries.ranking.cases')}</TableCell>
          {chainStrengthParts.map((part) => (
            <TableCell key={part} align="right">
              {translate(`countries.parts.${part}`)}
            </TableCell>
          ))}
          <TableCell>{translate('countries.ranking.funnel')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {ranked(rows).map((row) => {
          const index = shownIndex(row);
          if (index.kind === 'value') rank += 1;
          const name = format.country(row.group);
          const funnel = funnelOf.get(row.group);
          return (
            <TableRow key={row.id} hover>
              <TableCell>{index.kind === 'value' ? rank : ''}</TableCell>
              <TableCell component="th" scope="row">
                <Link
                  component="button"
                  onClick={() => onSelectCountry(row.group)}
                  aria-label={translate('countries.ranking.select', { country: name })}
                  sx={{ textAlign: 'left' }}
                >
                  {name}
                </Link>
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 'bold', whiteSpace: 'nowrap' }}>
                {index.kind === 'unknown' ? (
                  translate('countries.ranking.noIndex')
                ) : (
                  <ScoreBar figure={index} text={shown.score(index)} />
                )}
              </TableCell>
              <TableCell align="right">{shown.count(shownCount(row.cases))}</TableCell>
              {chainStrengthParts.map((part) => {
                const figure = shownPart(row, part);
                return (
                  <TableCell key={part} align="right">
                    <ScoreBar figure={figure} text={shown.score(figure)} />
                  </TableCell>
                );
              })}
              <TableCell>{funnel && <MiniFunnel row={funnel} country={name} />}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </ScrollableTable>
  );
}
