import { LinearProgress, Stack } from '@mui/material';
import { Suspense } from 'react';
import { Title, useTranslate } from 'react-admin';
import { offers } from '../layout/role-menu';
import { useRole } from '../layout/use-role';
import { lazyPage } from '../common/lazy-page';
import { SystemStatus } from '../system/SystemStatus';
import { RecentCases } from './RecentCases';
import { RecentNotifications } from './RecentNotifications';
import { RoleQueues } from './RoleQueues';
import { Welcome } from './Welcome';

/** Fetched only for the roles that see it. */
const FunnelOverview = lazyPage(() => import('./FunnelOverview'), 'FunnelOverview');

/**
 * What each role looks at first: officers their cases and what waits on their office (Customs also
 * where its seizures went), analysts and administrators the chain.
 */
export function Dashboard() {
  const translate = useTranslate();
  const role = useRole();
  const readsAcrossCountries = role === 'analyst' || role === 'admin';
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={translate('ra.page.dashboard')} />
      <Welcome />
      {offers(role, 'notifications') && <RecentNotifications />}
      {offers(role, 'cases') && !readsAcrossCountries && <RecentCases />}
      <RoleQueues role={role} />
      {(readsAcrossCountries || role === 'customs') && (
        <Suspense fallback={<LinearProgress aria-label={translate('ra.page.loading')} />}>
          <FunnelOverview drawn={readsAcrossCountries} />
        </Suspense>
      )}
      <SystemStatus />
    </Stack>
  );
}
