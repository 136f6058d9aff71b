import { useTheme } from '@mui/material';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { type FunnelRow, funnelStages, totals } from './analytics';
import { useCount } from './use-count';

/** Cases at each step of the chain, all groups together: the drop between bars is the break. */
export function FunnelChart({ rows }: { rows: readonly FunnelRow[] }) {
  const translate = useTranslate();
  const format = useFormatters();
  const theme = useTheme();
  const sums = totals(rows);
  const count = useCount();
  const data = funnelStages.map((stage) => ({
    stage: translate(`analytics.stages.${stage}`),
    cases: sums[stage],
  }));
  const summary = data.map((step) => `${step.stage}: ${count(step.cases)}`).join(', ');
  return (
    <figure style={{ margin: 0 }} aria-label={translate('analytics.funnelSummary', { summary })}>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={data} layout="vertical" margin={{ left: 16, right: 48 }}>
          <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
          <XAxis type="number" allowDecimals={false} stroke={theme.palette.text.secondary} />
          <YAxis
            type="category"
            dataKey="stage"
            width={110}
            stroke={theme.palette.text.secondary}
          />
          <Bar dataKey="cases" fill={theme.palette.primary.main} isAnimationActive={false}>
            <LabelList
              dataKey="cases"
              position="right"
              fill={theme.palette.text.primary}
              formatter={(value: unknown) => format.number(Number(value))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
