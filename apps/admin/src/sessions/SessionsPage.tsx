import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { Alert, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { Title, useAuthenticated, useTranslate } from 'react-admin';
import { ConfirmEndButton } from './ConfirmEndButton';
import { endOtherSessions } from './sessions-api';
import { SessionsTable } from './SessionsTable';
import { useSessions } from './use-sessions';

/** The signed-in user's own sessions, reached from the user menu. */
export function SessionsPage() {
  useAuthenticated();
  const translate = useTranslate();
  const { data, isPending, isError, refetch } = useSessions();
  const reload = () => void refetch();
  const others = data?.filter((session) => !session.current).length ?? 0;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate('sessions.title')} />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('sessions.title')}
          </Typography>
          <Typography color="text.secondary" gutterBottom>
            {translate('sessions.help')}
          </Typography>
          {isPending && <LinearProgress aria-label={translate('ra.page.loading')} />}
          {isError && <Alert severity="error">{translate('sessions.unavailable')}</Alert>}
          {data && <SessionsTable sessions={data} onChange={reload} />}
          {data && others === 0 && (
            <Typography color="text.secondary" sx={{ mt: 2 }}>
              {translate('sessions.none')}
            </Typography>
          )}
          {others > 0 && (
            <Stack direction="row" sx={{ mt: 2 }}>
              <ConfirmEndButton
                label="sessions.endOthers"
                icon={<ExitToAppIcon />}
                title="sessions.endOthersTitle"
                content="sessions.endOthersContent"
                done="sessions.endedOthers"
                end={endOtherSessions}
                onDone={reload}
              />
            </Stack>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
