import { useTranslate } from 'react-admin';
import { type AnalyticsFilter, type Grouping, groupRows } from '../analytics';
import { BreakdownChart } from '../BreakdownChart';
import { FunnelTable } from '../FunnelTable';
import { useFunnel } from '../use-analytics';
import { useCount } from '../use-count';
import { useGroupLabel } from '../use-group-label';
import { ChartPanel } from './ChartPanel';

/** The chain's steps group by group (country, agreement, port ...), for the chosen grouping. */
export function BreakdownPanel({
  filter,
  groupBy,
  asOf,
}: {
  filter: AnalyticsFilter;
  groupBy: Grouping;
  asOf?: string;
}) {
  const translate = useTranslate();
  const count = useCount();
  const label = useGroupLabel(groupBy);
  const { data, isPending, isError } = useFunnel(filter, groupBy, asOf);
  const rows = data ?? [];
  const title = translate('analytics.breakdownTitle', {
    grouping: translate(`analytics.groupings.${groupBy}`),
  });
  const summary = groupRows(rows)
    .map((row) => `${label(row.group)}: ${count(row.seized)} → ${count(row.sentenced)}`)
    .join('; ');
  return (
    <ChartPanel
      title={title}
      summary={translate('analytics.breakdownSummary', { summary })}
      source={{ route: 'funnel', filter, groupBy, asOf }}
      isPending={isPending}
      isError={isError}
      empty={groupRows(rows).length === 0 ? translate('analytics.empty') : undefined}
      suppressed={rows.some((row) => row.suppressed)}
      chart={<BreakdownChart rows={rows} groupBy={groupBy} />}
      table={<FunnelTable rows={rows} groupBy={groupBy} />}
    />
  );
}
