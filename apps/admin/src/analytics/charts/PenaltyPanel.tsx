import { Typography } from '@mui/material';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../../i18n/use-formatters';
import { type AnalyticsFilter, type PenaltyRow, wholeFilter } from '../analytics';
import { usePenaltyAdequacy } from '../use-analytics';
import { useCount } from '../use-count';
import { useRate } from '../use-rate';
import { FigureTable } from '../figure/FigureTable';
import { ChartPanel } from './ChartPanel';
import { useChartTheme } from './use-chart-theme';

const shares = ['custodial', 'suspended', 'deterrent'] as const;
const quantiles = ['p25', 'median', 'p75', 'p90'] as const;

/**
 * Whether sentences deter (docs/metrics.md section 5): the shares of sentences that are custodial,
 * suspended or deterrent, and how the fines compare with each defendant's share of the value.
 */
export function PenaltyPanel({ filter, asOf }: { filter: AnalyticsFilter; asOf?: string }) {
  const translate = useTranslate();
  const format = useFormatters();
  const count = useCount();
  const rate = useRate();
  const colors = useChartTheme();
  const { data, isPending, isError } = usePenaltyAdequacy(filter, wholeFilter, asOf);
  const row: PenaltyRow | undefined = data?.[0];
  const suppressed = row?.suppressed === true;
  const bars = [
    ...shares.map((share) => ({
      name: translate(`analytics.penalty.${share}Share`),
      value: row?.[`${share}Share`] ?? null,
      detail: count(row?.[share]),
    })),
    ...quantiles.map((quantile) => ({
      name: translate(`analytics.penalty.quantiles.${quantile}`),
      value: row?.fineToShare[quantile] ?? null,
      detail: '',
    })),
  ].map((bar) => ({
    ...bar,
    // A hidden or unknown figure draws no bar: its name says which, so that it never reads as 0.
    name: bar.value === null ? `${bar.name} (${rate(null, suppressed)})` : bar.name,
    label: rate(bar.value, suppressed),
  }));
  const summary = bars.map((bar) => `${bar.name}: ${bar.label}`).join('; ');
  return (
    <ChartPanel
      title={translate('analytics.penalty.title')}
      help={translate('analytics.penalty.help')}
      summary={translate('analytics.penalty.summary', { summary })}
      source={{ route: 'penalty-adequacy', filter, groupBy: wholeFilter, asOf }}
      isPending={isPending}
      isError={isError}
      empty={row ? undefined : translate('analytics.penalty.none')}
      suppressed={suppressed}
      footer={
        row && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('analytics.penalty.counted', {
              sentenced: count(row.sentenced),
              counted: count(row.fineToShare.counted),
              notCounted: count(row.fineToShare.notCounted),
            })}{' '}
            {translate('analytics.penalty.rates', { date: format.date(row.ratesReadOn) })}
            {row.provisionalRates && ` ${translate('analytics.penalty.provisional')}`}
          </Typography>
        )
      }
      chart={
        <ResponsiveContainer width="100%" height={340}>
          <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 64 }}>
            <CartesianGrid horizontal={false} stroke={colors.grid} />
            <XAxis
              type="number"
              domain={[0, (max: number) => Math.max(1, max)]}
              tickFormatter={(value: number) => format.percent(value)}
              stroke={colors.axis}
            />
            <YAxis type="category" dataKey="name" width={150} stroke={colors.axis} />
            <Tooltip {...colors.tooltip} formatter={(value) => format.percent(Number(value))} />
            {/* A fine of the whole share of the value takes the profit away: the 100 % line. */}
            <ReferenceLine
              x={1}
              stroke={colors.series[3]}
              strokeDasharray="4 4"
              label={{
                value: translate('analytics.penalty.fineEqualsValue'),
                position: 'insideTopRight',
                fill: colors.text,
                fontSize: 12,
              }}
            />
            <Bar
              dataKey="value"
              name={translate('analytics.penalty.share')}
              fill={colors.series[0]}
              isAnimationActive={false}
            >
              <LabelList dataKey="label" position="right" fill={colors.text} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          label={translate('analytics.penalty.title')}
          columns={[
            translate('analytics.penalty.figure'),
            translate('analytics.penalty.share'),
            translate('analytics.penalty.defendants'),
          ]}
          rows={bars.map((bar) => ({ name: bar.name, figures: [bar.label, bar.detail] }))}
        />
      }
    />
  );
}
