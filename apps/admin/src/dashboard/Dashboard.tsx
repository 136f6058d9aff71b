import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { session } from '../providers/session';
import { SystemStatus } from '../system/SystemStatus';

export function Dashboard() {
  const user = session.user();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="Greenchain" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            Welcome, {user?.displayName}
          </Typography>
          <Typography color="text.secondary">
            Role: {user?.role}
            {user?.country ? ` · Country: ${user.country}` : ' · All countries'}
            {user?.agency ? ` · ${user.agency}` : ''}
          </Typography>
        </CardContent>
      </Card>
      <SystemStatus />
    </Stack>
  );
}
