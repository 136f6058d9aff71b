import { Stack } from '@mui/material';
import { Title, useAuthenticated, useTranslate } from 'react-admin';
import { SystemStatus } from './SystemStatus';

export function SystemPage() {
  useAuthenticated();
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('system.title')} />
      <SystemStatus />
    </Stack>
  );
}
