import { Alert, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { Title, useAuthenticated, useTranslate } from 'react-admin';
import { ProjectionTable } from './ProjectionTable';
import { useProjections } from './use-projections';

export function ProjectionsPage() {
  useAuthenticated();
  const translate = useTranslate();
  const { data, isPending, isError, refetch } = useProjections();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('operations.projections.title')} />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('operations.projections.title')}
          </Typography>
          <Typography color="text.secondary" gutterBottom>
            {translate('operations.projections.help')}
          </Typography>
          {isPending && <LinearProgress aria-label={translate('ra.page.loading')} />}
          {isError && (
            <Alert severity="error">{translate('operations.projections.unavailable')}</Alert>
          )}
          {data && <ProjectionTable projections={data} onChange={() => void refetch()} />}
        </CardContent>
      </Card>
    </Stack>
  );
}
