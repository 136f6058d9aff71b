import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { gated, gatedResource } from './access/role-gate';
import cases from './cases';
import { lazyPage } from './common/lazy-page';
import evidence from './evidence';
import { i18nProvider } from './i18n/i18n-provider';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import notifications from './notifications';
import deadLetters from './operations/dead-letters';
import { authProvider, secondFactorPath } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import securityAudit from './security-audit';
import { darkTheme, lightTheme } from './theme/theme';
import users from './users';

const Dashboard = lazyPage(() => import('./dashboard/Dashboard'), 'Dashboard');
const SystemPage = gated(
  'system',
  lazyPage(() => import('./system/SystemPage'), 'SystemPage'),
);
const AnalyticsPage = gated(
  'analytics',
  lazyPage(() => import('./analytics/AnalyticsPage'), 'AnalyticsPage'),
);
const ReportsPage = gated(
  'reports',
  lazyPage(() => import('./reports/ReportsPage'), 'ReportsPage'),
);
const ProjectionsPage = gated(
  'projections',
  lazyPage(() => import('./operations/ProjectionsPage'), 'ProjectionsPage'),
);
const SecondFactorPage = lazyPage(
  () => import('./second-factor/SecondFactorPage'),
  'SecondFactorPage',
);
const SessionsPage = lazyPage(() => import('./sessions/SessionsPage'), 'SessionsPage');
const ChangePasswordPage = lazyPage(
  () => import('./passwords/ChangePasswordPage'),
  'ChangePasswordPage',
);
const ResetPasswordPage = lazyPage(
  () => import('./passwords/ResetPasswordPage'),
  'ResetPasswordPage',
);

export function App() {
  return (
    <Admin
      title="Greenchain"
      dashboard={Dashboard}
      layout={AppLayout}
      loginPage={LoginPage}
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      theme={lightTheme}
      darkTheme={darkTheme}
      disableTelemetry
    >
      <Resource name="cases" {...gatedResource('cases', cases)} />
      <Resource name="evidence" {...evidence} />
      <Resource name="notifications" {...gatedResource('notifications', notifications)} />
      <Resource name="users" {...gatedResource('users', users)} />
      <Resource name="dead-letters" {...gatedResource('dead-letters', deadLetters)} />
      <Resource name="security-audit" {...gatedResource('security-audit', securityAudit)} />
      <CustomRoutes>
        <Route path="/system" element={<SystemPage />} />
        <Route path="/analytics" element={<AnalyticsPage />} />
        <Route path="/reports" element={<ReportsPage />} />
        <Route path="/projections" element={<ProjectionsPage />} />
        <Route path={secondFactorPath} element={<SecondFactorPage />} />
        <Route path="/sessions" element={<SessionsPage />} />
        <Route path="/change-password" element={<ChangePasswordPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
      </CustomRoutes>
    </Admin>
  );
}
