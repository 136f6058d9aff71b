import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useReadiness } from './use-readiness';

/** Whether the system can record right now: database, queues and a worker. */
export function SystemStatus() {
  const readiness = useReadiness();
  return (
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
  );
}
