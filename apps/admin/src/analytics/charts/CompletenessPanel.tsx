import { completenessFields, type CompletenessRow } from '@greenchain/contracts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../../i18n/use-formatters';
import { type AnalyticsFilter, wholeFilter } from '../analytics';
import { useCompleteness } from '../use-analytics';
import { useCount } from '../use-count';
import { useRate } from '../use-rate';
import { FigureTable } from '../figure/FigureTable';
import { ChartPanel } from './ChartPanel';
import { useChartTheme } from './use-chart-theme';

/** How much of what the figures rest on was recorded: values, outcomes, disposals (section 6). */
export function CompletenessPanel({ filter, asOf }: { filter: AnalyticsFilter; asOf?: string }) {
  const translate = useTranslate();
  const format = useFormatters();
  const count = useCount();
  const rate = useRate();
  const colors = useChartTheme();
  const { rows, isPending, isError } = useCompleteness(filter, asOf);
  const row: CompletenessRow | undefined = rows[0];
  const suppressed = row?.suppressed === true;
  const data = completenessFields.map((field) => ({
    name: translate(`analytics.completeness.${field}`),
    share: row?.[`${field}Share`] ?? null,
    recorded: row?.[`${field}Recorded`] ?? null,
    label: rate(row?.[`${field}Share`], suppressed),
  }));
  const summary = data.map((bar) => `${bar.name}: ${bar.label}`).join('; ');
  return (
    <ChartPanel
      title={translate('analytics.completeness.title')}
      help={translate('analytics.completeness.help', { cases: count(row?.cases) })}
      summary={translate('analytics.completeness.summary', { summary })}
      source={{ route: 'completeness', filter, groupBy: wholeFilter, asOf }}
      isPending={isPending}
      isError={isError}
      empty={row ? undefined : translate('analytics.empty')}
      suppressed={suppressed}
      chart={
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 64 }}>
            <CartesianGrid horizontal={false} stroke={colors.grid} />
            <XAxis
              type="number"
              domain={[0, 1]}
              tickFormatter={(value: number) => format.percent(value)}
              stroke={colors.axis}
            />
            <YAxis type="category" dataKey="name" width={150} stroke={colors.axis} />
            <Tooltip {...colors.tooltip} formatter={(value) => format.percent(Number(value))} />
            <Bar
              dataKey="share"
              name={translate('analytics.completeness.share')}
              fill={colors.series[1]}
              isAnimationActive={false}
            >
              <LabelList dataKey="label" position="right" fill={colors.text} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          label={translate('analytics.completeness.title')}
          columns={[
            translate('analytics.completeness.fact'),
            translate('analytics.completeness.recorded'),
            translate('analytics.completeness.share'),
          ]}
          rows={data.map((bar) => ({ name: bar.name, figures: [count(bar.recorded), bar.label] }))}
        />
      }
    />
  );
}
