import { Admin, CustomRoutes } from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n/i18n-provider';
import { AppLayout } from './layout/AppLayout';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { SystemPage } from './system/SystemPage';

export function App() {
  return (
    <Admin
      title="Greenchain"
      dashboard={Dashboard}
      layout={AppLayout}
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      disableTelemetry
    >
      <CustomRoutes>
        <Route path="/system" element={<SystemPage />} />
      </CustomRoutes>
    </Admin>
  );
}
