import { TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { type DropOutReasonCounts, type DropOutRow } from '@greenchain/contracts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { useCodeLabel } from '../../common/use-code-list';
import { ScrollableTable } from '../../layout/ScrollableTable';
import { type AnalyticsFilter, wholeFilter } from '../analytics';
import { useDropOuts } from '../use-analytics';
import { useCount } from '../use-count';
import { ChartPanel } from './ChartPanel';
import { stepLeft } from './drop-out-steps';
import { useChartTheme } from './use-chart-theme';

const steps = ['chargeDecision', 'trial', 'appeal'] as const;

/** Why defendants left the chain, step by step: the prosecutor's reasons, the court's, the appeal's. */
export function DropOutsPanel({ filter, asOf }: { filter: AnalyticsFilter; asOf?: string }) {
  const translate = useTranslate();
  const count = useCount();
  const colors = useChartTheme();
  const declineReason = useCodeLabel('declineReasons');
  const { rows, isPending, isError } = useDropOuts(filter, asOf);
  const row: DropOutRow | undefined = rows[0];
  const reasonName = (reason: DropOutReasonCounts) =>
    reason.reasonCode
      ? `${translate(`analytics.dropOuts.reasons.${reason.reason}`)}: ${declineReason(reason.reasonCode)}`
      : translate(`analytics.dropOuts.reasons.${reason.reason}`);
  const reasons = [...(row?.reasons ?? [])].sort(
    (a, b) => steps.indexOf(stepLeft[a.reason]) - steps.indexOf(stepLeft[b.reason]),
  );
  // A hidden count draws no bar: its name says so, so that it never reads as zero.
  const data = reasons.map((reason) => ({
    name:
      reason.defendants === null
        ? `${reasonName(reason)} (${translate('analytics.hidden')})`
        : reasonName(reason),
    step: stepLeft[reason.reason],
    defendants: reason.defendants,
    label: count(reason.defendants),
    reason,
  }));
  const summary = data.map((bar) => `${bar.name}: ${bar.label}`).join('; ');
  return (
    <ChartPanel
      title={translate('analytics.dropOuts.title')}
      help={translate('analytics.dropOuts.help')}
      summary={translate('analytics.dropOuts.summary', { summary })}
      source={{ route: 'drop-outs', filter, groupBy: wholeFilter, asOf, part: 'reasons' }}
      isPending={isPending}
      isError={isError}
      empty={row ? undefined : translate('analytics.empty')}
      suppressed={row?.suppressed === true}
      footer={
        row && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('analytics.dropOuts.totals', {
              defendants: count(row.droppedOut.defendants),
              cases: count(row.droppedOut.cases),
              settled: count(row.settled.cases),
            })}
          </Typography>
        )
      }
      chart={
        <ResponsiveContainer width="100%" height={Math.max(160, 36 * data.length + 40)}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48 }}>
            <CartesianGrid horizontal={false} stroke={colors.grid} />
            <XAxis type="number" allowDecimals={false} stroke={colors.axis} />
            <YAxis type="category" dataKey="name" width={180} stroke={colors.axis} />
            <Tooltip {...colors.tooltip} />
            <Bar
              dataKey="defendants"
              name={translate('analytics.chain.defendants')}
              isAnimationActive={false}
            >
              {data.map((bar) => (
                <Cell key={bar.name} fill={colors.series[steps.indexOf(bar.step) + 2]} />
              ))}
              <LabelList dataKey="label" position="right" fill={colors.text} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <ScrollableTable label={translate('analytics.dropOuts.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('analytics.dropOuts.step')}</TableCell>
              <TableCell>{translate('analytics.dropOuts.reason')}</TableCell>
              <TableCell align="right">{translate('analytics.chain.defendants')}</TableCell>
              <TableCell align="right">{translate('analytics.chain.cases')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((bar) => (
              <TableRow key={bar.name}>
                <TableCell>{translate(`analytics.dropOuts.steps.${bar.step}`)}</TableCell>
                <TableCell component="th" scope="row">
                  {bar.name}
                </TableCell>
                <TableCell align="right">{count(bar.reason.defendants)}</TableCell>
                <TableCell align="right">{count(bar.reason.cases)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollableTable>
      }
    />
  );
}
