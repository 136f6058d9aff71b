import { stageTransitions, type TimeInStageRow } from '@greenchain/contracts';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../../i18n/use-formatters';
import { type AnalyticsFilter, wholeFilter } from '../analytics';
import { useTimeInStage } from '../use-analytics';
import { useCount } from '../use-count';
import { FigureTable } from '../figure/FigureTable';
import { ChartPanel } from './ChartPanel';
import { useChartTheme } from './use-chart-theme';

/**
 * Day ticks at the default deadlines (30, 180, 365 days) and whole years, on a square-root axis
 * that gives the first months, where most cases move on, room beside the long tail.
 */
const dayTicks = [0, 30, 90, 180, 365, 730, 1095, 1460, 1825, 2190, 2555, 2920, 3285, 3650];

interface CurvePoint {
  readonly day: number;
  readonly survival: number;
  readonly censored: number;
}

/** The curve from day 0, where every case that entered still waits, to its last event. */
function curve(row: TimeInStageRow): CurvePoint[] {
  return [
    { day: 0, survival: 1, censored: 0 },
    ...row.survival.map(({ day, survival, censored }) => ({ day, survival, censored })),
  ];
}

/** A censored case is marked as survival plots mark it: a short vertical tick on the curve. */
function CensoredTick(props: { cx?: number; cy?: number; stroke?: string; payload?: CurvePoint }) {
  const { cx, cy, stroke, payload } = props;
  if (cx === undefined || cy === undefined || !payload || payload.censored === 0) return null;
  return <path d={`M${cx},${cy - 5}V${cy + 5}`} stroke={stroke} strokeWidth={2} />;
}

/**
 * Kaplan–Meier curves of the three waits (docs/metrics.md section 4): the share of cases still
 * waiting after so many days, cases that have not moved on counted until today (ticks), and the
 * median read off where a curve crosses one half.
 */
export function TimeInStagePanel({ filter, asOf }: { filter: AnalyticsFilter; asOf?: string }) {
  const translate = useTranslate();
  const format = useFormatters();
  const count = useCount();
  const colors = useChartTheme();
  const { rows, isPending, isError } = useTimeInStage(filter, asOf);
  const ordered = stageTransitions.flatMap((transition) =>
    rows.filter((row) => row.transition === transition),
  );
  const name = (row: TimeInStageRow) => translate(`analytics.stageTimes.${row.transition}`);
  const days = (value: number | null, row: TimeInStageRow) => {
    if (value !== null) return translate('analytics.stageTimes.days', { days: value });
    return row.suppressed ? translate('analytics.hidden') : '—';
  };
  const summary = ordered
    .map((row) =>
      translate('analytics.stageTimes.rowSummary', {
        transition: name(row),
        median: days(row.survivalMedianDays, row),
        entered: count(row.entered),
      }),
    )
    .join('; ');
  const drawn = ordered.filter((row) => row.survival.length > 0);
  const lastDay = Math.max(0, ...drawn.flatMap((row) => row.survival.map(({ day }) => day)));
  return (
    <ChartPanel
      title={translate('analytics.stageTimes.title')}
      help={translate('analytics.stageTimes.help')}
      summary={translate('analytics.stageTimes.summary', { summary })}
      source={{ route: 'time-in-stage', filter, groupBy: wholeFilter, asOf, part: 'survival' }}
      isPending={isPending}
      isError={isError}
      empty={drawn.length === 0 ? translate('analytics.stageTimes.none') : undefined}
      suppressed={ordered.some((row) => row.suppressed)}
      chart={
        <ResponsiveContainer width="100%" height={360}>
          <LineChart margin={{ top: 16, right: 16, left: 0, bottom: 16 }}>
            <CartesianGrid stroke={colors.grid} />
            <XAxis
              type="number"
              dataKey="day"
              scale="sqrt"
              domain={[0, lastDay]}
              ticks={dayTicks.filter((day) => day <= lastDay)}
              stroke={colors.axis}
              label={{
                value: translate('analytics.stageTimes.axisDays'),
                position: 'insideBottom',
                offset: -8,
                fill: colors.axis,
              }}
            />
            <YAxis
              type="number"
              domain={[0, 1]}
              tickFormatter={(value: number) => format.percent(value)}
              stroke={colors.axis}
              width={52}
            />
            <Tooltip
              {...colors.tooltip}
              formatter={(value) => format.percent(Number(value))}
              labelFormatter={(day) => translate('analytics.stageTimes.days', { days: day })}
            />
            <Legend verticalAlign="top" itemSorter={null} />
            <ReferenceLine y={0.5} stroke={colors.axis} strokeDasharray="4 4" />
            {drawn.map((row) => {
              const color = colors.series[stageTransitions.indexOf(row.transition)];
              return [
                <Line
                  key={row.transition}
                  data={curve(row)}
                  dataKey="survival"
                  name={
                    row.survivalMedianDays === null
                      ? name(row)
                      : translate('analytics.stageTimes.withMedian', {
                          transition: name(row),
                          days: format.number(row.survivalMedianDays),
                        })
                  }
                  type="stepAfter"
                  stroke={color}
                  strokeWidth={2}
                  dot={<CensoredTick />}
                  activeDot={{ r: 4 }}
                  isAnimationActive={false}
                />,
                row.survivalMedianDays !== null && (
                  // The median read off: down from where the curve crosses one half.
                  <ReferenceLine
                    key={`${row.transition}-median`}
                    segment={[
                      { x: row.survivalMedianDays, y: 0 },
                      { x: row.survivalMedianDays, y: 0.5 },
                    ]}
                    stroke={color}
                    strokeDasharray="2 3"
                  />
                ),
              ];
            })}
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          label={translate('analytics.stageTimes.title')}
          columns={[
            translate('analytics.stageTimes.transition'),
            ...(['entered', 'completed', 'kmMedian', 'median', 'p90', 'censored'] as const).map(
              (column) => translate(`analytics.stageTimes.${column}`),
            ),
          ]}
          rows={ordered.map((row) => ({
            name: name(row),
            figures: [
              count(row.entered),
              count(row.completed),
              days(row.survivalMedianDays, row),
              days(row.medianDays, row),
              days(row.p90Days, row),
              row.suppressed && row.survival.length === 0
                ? translate('analytics.hidden')
                : format.number(row.survival.reduce((sum, day) => sum + day.censored, 0)),
            ],
          }))}
        />
      }
    />
  );
}
