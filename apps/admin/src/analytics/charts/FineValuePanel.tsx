import { TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { type PenaltyBinRow } from '@greenchain/contracts';
import {
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../../i18n/use-formatters';
import { ScrollableTable } from '../../layout/ScrollableTable';
import { type AnalyticsFilter, wholeFilter } from '../analytics';
import { useWholeFilter } from '../use-analytics';
import { useCount } from '../use-count';
import { ChartPanel } from './ChartPanel';
import { useChartTheme } from './use-chart-theme';

/** A bin drawn at the geometric middle of its powers of ten, where it sits on log axes. */
const middle = (from: number, to: number) => Math.sqrt(from * to);

/**
 * Fine against each defendant's share of the value, both in USD on log scales, from counts per
 * power of ten (no defendant's own amounts): below the fine = value line, the crime still paid.
 */
export function FineValuePanel({ filter, asOf }: { filter: AnalyticsFilter; asOf?: string }) {
  const translate = useTranslate();
  const count = useCount();
  const colors = useChartTheme();
  const usd = new Intl.NumberFormat(useIntlLocale(), {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
  });
  const { rows, isPending, isError } = useWholeFilter<PenaltyBinRow>('penalty-bins', filter, asOf);
  const range = (row: PenaltyBinRow, from: 'share' | 'fine') =>
    `${usd.format(row[`${from}From`])}–${usd.format(row[`${from}To`])}`;
  const points = rows.map((row) => ({
    share: middle(row.shareFrom, row.shareTo),
    fine: middle(row.fineFrom, row.fineTo),
    defendants: row.defendants ?? 1,
    label: translate('analytics.fines.point', {
      share: range(row, 'share'),
      fine: range(row, 'fine'),
      defendants: count(row.defendants),
    }),
    row,
  }));
  const low = Math.min(...rows.flatMap((row) => [row.shareFrom, row.fineFrom]));
  const high = Math.max(...rows.flatMap((row) => [row.shareTo, row.fineTo]));
  const domain = [low, high];
  const ticks = rows.length === 0 ? [] : powersOfTen(low, high);
  const summary = points.map((point) => point.label).join('; ');
  const axis = {
    type: 'number',
    scale: 'log',
    domain,
    ticks,
    allowDataOverflow: true,
    stroke: colors.axis,
    tickFormatter: (value: number) => usd.format(value),
  } as const;
  return (
    <ChartPanel
      title={translate('analytics.fines.title')}
      help={translate('analytics.fines.help')}
      summary={translate('analytics.fines.summary', { summary })}
      source={{ route: 'penalty-bins', filter, groupBy: wholeFilter, asOf }}
      isPending={isPending}
      isError={isError}
      empty={rows.length === 0 ? translate('analytics.fines.none') : undefined}
      suppressed={rows.some((row) => row.suppressed)}
      chart={
        <ResponsiveContainer width="100%" height={380}>
          <ScatterChart margin={{ top: 16, right: 16, left: 8, bottom: 24 }}>
            <CartesianGrid stroke={colors.grid} />
            <XAxis
              {...axis}
              dataKey="share"
              name={translate('analytics.fines.share')}
              label={{
                value: translate('analytics.fines.share'),
                position: 'insideBottom',
                offset: -16,
                fill: colors.axis,
              }}
            />
            <YAxis {...axis} dataKey="fine" name={translate('analytics.fines.fine')} width={72} />
            <ZAxis dataKey="defendants" range={[60, 900]} />
            <Tooltip
              {...colors.tooltip}
              content={({ active, payload }) => {
                const point = payload?.[0]?.payload as { label?: string } | undefined;
                return active && point?.label ? (
                  <div style={{ ...colors.tooltip.contentStyle, padding: 8 }}>{point.label}</div>
                ) : null;
              }}
            />
            <Legend verticalAlign="top" itemSorter={null} />
            {/* Above the line the fine took the whole share of the value: the crime did not pay. */}
            <ReferenceLine
              segment={[
                { x: low, y: low },
                { x: high, y: high },
              ]}
              stroke={colors.series[3]}
              strokeDasharray="4 4"
              label={{
                value: translate('analytics.penalty.fineEqualsValue'),
                position: 'insideTopLeft',
                fill: colors.text,
                fontSize: 12,
              }}
            />
            <Scatter
              name={translate('analytics.fines.defendants')}
              data={points.filter((point) => point.row.defendants !== null)}
              fill={colors.series[0]}
              fillOpacity={0.7}
              isAnimationActive={false}
            />
            <Scatter
              name={translate('analytics.fines.hiddenBins')}
              data={points.filter((point) => point.row.defendants === null)}
              fill="none"
              stroke={colors.axis}
              strokeDasharray="3 2"
              isAnimationActive={false}
            />
          </ScatterChart>
        </ResponsiveContainer>
      }
      table={
        <ScrollableTable label={translate('analytics.fines.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('analytics.fines.share')}</TableCell>
              <TableCell>{translate('analytics.fines.fine')}</TableCell>
              <TableCell align="right">{translate('analytics.fines.defendants')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell component="th" scope="row">
                  {range(row, 'share')}
                </TableCell>
                <TableCell>{range(row, 'fine')}</TableCell>
                <TableCell align="right">{count(row.defendants)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollableTable>
      }
    />
  );
}

/** The powers of ten from low to high, both included: one tick per bin edge. */
function powersOfTen(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let power = Math.round(Math.log10(low)); 10 ** power <= high; power += 1) {
    ticks.push(10 ** power);
  }
  return ticks;
}
