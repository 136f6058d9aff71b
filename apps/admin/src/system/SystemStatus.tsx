import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useReadiness } from './use-readiness';

/** Whether the system can record right now: database, queues and a worker. */
export function SystemStatus() {
  const translate = useTranslate();
  const readiness = useReadiness();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('system.status')}
        </Typography>
        {readiness === null ? (
          <Typography>{translate('system.checking')}</Typography>
        ) : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Chip
              label={translate(readiness.ok ? 'system.ready' : 'system.notReady')}
              color={readiness.ok ? 'success' : 'error'}
            />
            {Object.entries(readiness.checks).map(([name, check]) => (
              <Chip
                key={name}
                variant="outlined"
                label={translate('system.check', { name, status: check.status })}
                color={check.status === 'up' ? 'success' : 'error'}
              />
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
