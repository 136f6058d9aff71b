import { Admin } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { authProvider } from './providers/auth-provider';

export function App() {
  return (
    <Admin
      title="Greenchain"
      dashboard={Dashboard}
      authProvider={authProvider}
      requireAuth
      disableTelemetry
    />
  );
}
