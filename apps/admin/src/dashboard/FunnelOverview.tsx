import { Button, LinearProgress, Typography } from '@mui/material';
import { Suspense } from 'react';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { lazyPage } from '../common/lazy-page';
import { AnalyticsSection } from '../analytics/AnalyticsSection';
import { type FunnelRow } from '../analytics/analytics';
import { DropOutSummary } from '../analytics/DropOutSummary';
import { FunnelTable } from '../analytics/FunnelTable';
import { useFunnel } from '../analytics/use-analytics';

/** The chart library is fetched only where the funnel is drawn. */
const FunnelChart = lazyPage(() => import('../analytics/FunnelChart'), 'FunnelChart');

/**
 * The whole chain at a glance, with the way to the detailed breakdowns. Analysts see it drawn; a
 * customs office, often on a slow link at the border, reads its own country's row as a table and
 * never downloads the charts.
 */
export function FunnelOverview({ drawn }: { drawn: boolean }) {
  const translate = useTranslate();
  const { data, isPending, isError } = useFunnel({}, 'country');
  return (
    <AnalyticsSection title={translate('analytics.funnelTitle')}>
      {isPending && <LinearProgress aria-label={translate('ra.page.loading')} />}
      {isError && translate('analytics.unavailable')}
      {data?.length === 0 && <Typography>{translate('dashboard.noCases')}</Typography>}
      {data && data.length > 0 && <FunnelFigure rows={data} drawn={drawn} />}
      {data && data.length > 0 && <DropOutSummary rows={data} />}
      <Button component={Link} to="/analytics" sx={{ mt: 1 }}>
        {translate('dashboard.openAnalytics')}
      </Button>
    </AnalyticsSection>
  );
}

function FunnelFigure({ rows, drawn }: { rows: FunnelRow[]; drawn: boolean }) {
  const translate = useTranslate();
  if (!drawn) return <FunnelTable rows={rows} groupBy="country" />;
  return (
    <Suspense fallback={<LinearProgress aria-label={translate('ra.page.loading')} />}>
      <FunnelChart rows={rows} />
    </Suspense>
  );
}
