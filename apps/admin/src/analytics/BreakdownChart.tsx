import { useTheme } from '@mui/material';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { type FunnelRow, type Grouping, groupRows } from './analytics';
import { useGroupLabel } from './use-group-label';

const shown = ['seized', 'charged', 'convicted', 'sentenced'] as const;
/** More bars than this stop being readable; the table below lists every group. */
const maxGroups = 12;

export function BreakdownChart({
  rows,
  groupBy,
}: {
  rows: readonly FunnelRow[];
  groupBy: Grouping;
}) {
  const translate = useTranslate();
  const theme = useTheme();
  const label = useGroupLabel(groupBy);
  // One hue per step, from the neutral seizure to the chain's green end, told apart without colour
  // by the legend order and the table below.
  const colors = [
    theme.palette.grey[500],
    theme.palette.info.main,
    theme.palette.warning.main,
    theme.palette.primary.main,
  ];
  const data = groupRows(rows)
    .sort((a, b) => (b.seized ?? 0) - (a.seized ?? 0))
    .slice(0, maxGroups)
    .map((row) => ({ ...row, label: label(row.group) }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 8 }}>
        <CartesianGrid vertical={false} stroke={theme.palette.divider} />
        <XAxis dataKey="label" stroke={theme.palette.text.secondary} />
        <YAxis allowDecimals={false} stroke={theme.palette.text.secondary} />
        <Tooltip
          contentStyle={{
            background: theme.palette.background.paper,
            color: theme.palette.text.primary,
          }}
        />
        <Legend itemSorter={null} />
        {shown.map((stage, index) => (
          <Bar
            key={stage}
            dataKey={stage}
            name={translate(`analytics.stages.${stage}`)}
            fill={colors[index]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
