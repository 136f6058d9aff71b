import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { session } from '../providers/session';
import { useReadiness } from './use-readiness';

export function Dashboard() {
  const user = session.user();
  const readiness = useReadiness();
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
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            System status
          </Typography>
          {readiness === null ? (
            <Typography>Checking…</Typography>
          ) : (
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <Chip
                label={readiness.ok ? 'Ready to record' : 'Not ready'}
                color={readiness.ok ? 'success' : 'error'}
              />
              {Object.entries(readiness.checks).map(([name, check]) => (
                <Chip
                  key={name}
                  variant="outlined"
                  label={`${name}: ${check.status}`}
                  color={check.status === 'up' ? 'success' : 'error'}
                />
              ))}
            </Stack>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
