import { Button, LinearProgress, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { AnalyticsSection } from '../analytics/AnalyticsSection';
import { DropOutSummary } from '../analytics/DropOutSummary';
import { FunnelChart } from '../analytics/FunnelChart';
import { useFunnel } from '../analytics/use-analytics';

/** The whole chain at a glance, with the way to the detailed breakdowns. */
export function FunnelOverview() {
  const translate = useTranslate();
  const { data, isPending, isError } = useFunnel({}, 'country');
  return (
    <AnalyticsSection title={translate('analytics.funnelTitle')}>
      {isPending && <LinearProgress aria-label={translate('ra.page.loading')} />}
      {isError && translate('analytics.unavailable')}
      {data?.length === 0 && <Typography>{translate('dashboard.noCases')}</Typography>}
      {data && data.length > 0 && <FunnelChart rows={data} />}
      {data && data.length > 0 && <DropOutSummary rows={data} />}
      <Button component={Link} to="/analytics" sx={{ mt: 1 }}>
        {translate('dashboard.openAnalytics')}
      </Button>
    </AnalyticsSection>
  );
}
