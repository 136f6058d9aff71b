import { TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { chainFunnelSteps, type ChainFunnelRow } from '@greenchain/contracts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { ScrollableTable } from '../../layout/ScrollableTable';
import { type AnalyticsFilter, wholeFilter } from '../analytics';
import { useChainFunnel } from '../use-analytics';
import { useCount } from '../use-count';
import { useRate } from '../use-rate';
import { ChartPanel } from './ChartPanel';
import { useChartTheme } from './use-chart-theme';

const units = ['cases', 'defendants'] as const;

/** Cases and defendants that reached each step of the chain, with the rate from the step before. */
export function ChainFunnelPanel({ filter, asOf }: { filter: AnalyticsFilter; asOf?: string }) {
  const translate = useTranslate();
  const count = useCount();
  const rate = useRate();
  const colors = useChartTheme();
  const { rows, isPending, isError } = useChainFunnel(filter, asOf);
  const row: ChainFunnelRow | undefined = rows[0];
  const suppressed = row?.suppressed === true;
  const stepName = (step: string) => translate(`analytics.chain.steps.${step}`);
  const data = chainFunnelSteps.map((step) => {
    const figures = row?.steps.find((candidate) => candidate.step === step);
    return {
      step: stepName(step),
      // A hidden figure draws as an empty bar labelled "hidden", so the step is not left out.
      cases: figures?.reached.cases ?? 0,
      defendants: figures?.reached.defendants ?? 0,
      casesLabel: label(figures?.reached.cases, figures?.ofPrevious.cases),
      defendantsLabel: label(figures?.reached.defendants, figures?.ofPrevious.defendants),
      figures,
    };
  });
  function label(value: number | null | undefined, ofPrevious: number | null | undefined) {
    const shown = count(value);
    return ofPrevious == null ? shown : `${shown} (${rate(ofPrevious)})`;
  }
  const summary = data
    .map((step) => `${step.step}: ${step.casesLabel}, ${step.defendantsLabel}`)
    .join('; ');
  return (
    <ChartPanel
      title={translate('analytics.chain.title')}
      help={translate('analytics.chain.help')}
      summary={translate('analytics.chain.summary', { summary })}
      source={{ route: 'chain-funnel', filter, groupBy: wholeFilter, asOf, part: 'steps' }}
      isPending={isPending}
      isError={isError}
      empty={row ? undefined : translate('analytics.empty')}
      suppressed={suppressed}
      chart={
        <ResponsiveContainer width="100%" height={380}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 96 }}>
            <CartesianGrid horizontal={false} stroke={colors.grid} />
            <XAxis type="number" allowDecimals={false} stroke={colors.axis} />
            <YAxis type="category" dataKey="step" width={112} stroke={colors.axis} />
            <Tooltip
              {...colors.tooltip}
              formatter={(_value, _name, item) =>
                (item.payload as Record<string, string>)[`${String(item.dataKey)}Label`]
              }
            />
            <Legend />
            {units.map((unit, index) => (
              <Bar
                key={unit}
                dataKey={unit}
                name={translate(`analytics.chain.${unit}`)}
                fill={colors.series[index]}
                isAnimationActive={false}
              >
                <LabelList dataKey={`${unit}Label`} position="right" fill={colors.text} />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      footer={
        row && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('analytics.chain.split', {
              referred: count(row.referred.cases),
              settled: count(row.settled.cases),
              chargedOfReferred: rate(row.chargedOfReferred.cases, suppressed),
            })}
          </Typography>
        )
      }
      table={
        <ScrollableTable label={translate('analytics.chain.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('analytics.chain.step')}</TableCell>
              {units.map((unit) => [
                <TableCell key={unit} align="right">
                  {translate(`analytics.chain.${unit}`)}
                </TableCell>,
                <TableCell key={`${unit}-previous`} align="right">
                  {translate('analytics.chain.ofPrevious', {
                    unit: translate(`analytics.chain.${unit}`),
                  })}
                </TableCell>,
                <TableCell key={`${unit}-seized`} align="right">
                  {translate('analytics.chain.ofSeized', {
                    unit: translate(`analytics.chain.${unit}`),
                  })}
                </TableCell>,
              ])}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map(({ step, figures }) => (
              <TableRow key={step}>
                <TableCell component="th" scope="row">
                  {step}
                </TableCell>
                {units.map((unit) => [
                  <TableCell key={unit} align="right">
                    {count(figures?.reached[unit])}
                  </TableCell>,
                  <TableCell key={`${unit}-previous`} align="right">
                    {rate(figures?.ofPrevious[unit], suppressed)}
                  </TableCell>,
                  <TableCell key={`${unit}-seized`} align="right">
                    {rate(figures?.ofSeized[unit], suppressed)}
                  </TableCell>,
                ])}
              </TableRow>
            ))}
          </TableBody>
        </ScrollableTable>
      }
    />
  );
}
