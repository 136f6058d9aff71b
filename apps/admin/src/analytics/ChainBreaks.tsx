import { Alert, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type AnalyticsFilter, type Grouping } from './analytics';
import { AnalyticsSection } from './AnalyticsSection';
import { BreakdownChart } from './BreakdownChart';
import { DropOutSummary } from './DropOutSummary';
import { FunnelChart } from './FunnelChart';
import { FunnelTable } from './FunnelTable';
import { useFunnel } from './use-analytics';

/** The funnel for everything filtered, then the same steps group by group. */
export function ChainBreaks({ filter, groupBy }: { filter: AnalyticsFilter; groupBy: Grouping }) {
  const translate = useTranslate();
  const { data, isPending, isError } = useFunnel(filter, groupBy);
  if (isError) return <Alert severity="error">{translate('analytics.unavailable')}</Alert>;
  if (isPending) return <LinearProgress aria-label={translate('ra.page.loading')} />;
  if (data.length === 0)
    return (
      <AnalyticsSection title={translate('analytics.funnelTitle')}>
        <Typography>{translate('analytics.empty')}</Typography>
      </AnalyticsSection>
    );
  return (
    <>
      <AnalyticsSection title={translate('analytics.funnelTitle')}>
        <FunnelChart rows={data} />
        <DropOutSummary rows={data} />
      </AnalyticsSection>
      <AnalyticsSection
        title={translate('analytics.breakdownTitle', {
          grouping: translate(`analytics.groupings.${groupBy}`),
        })}
      >
        <BreakdownChart rows={data} groupBy={groupBy} />
        <FunnelTable rows={data} groupBy={groupBy} />
        {data.some((row) => row.suppressed) && (
          <Typography variant="caption" component="p" sx={{ mt: 1 }}>
            {translate('analytics.hiddenNote')}
          </Typography>
        )}
      </AnalyticsSection>
    </>
  );
}
