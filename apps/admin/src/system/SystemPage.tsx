import { Stack } from '@mui/material';
import { Title, useAuthenticated } from 'react-admin';
import { SystemStatus } from './SystemStatus';

export function SystemPage() {
  useAuthenticated();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="System" />
      <SystemStatus />
    </Stack>
  );
}
