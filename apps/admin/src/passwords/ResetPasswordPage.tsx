import ForestIcon from '@mui/icons-material/Forest';
import { Alert, Avatar, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { type ResetPasswordRequest } from '@greenchain/contracts';
import { useState } from 'react';
import { Form, SaveButton, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { noRecord } from '../common/no-record';
import { ProblemAlert } from '../common/ProblemAlert';
import { brandBackground } from '../layout/brand-background';
import { type Problem } from '../providers/problem-error';
import { NewPasswordInputs } from './NewPasswordInputs';
import { submitPassword } from './submit-password';

/**
 * The page an administrator's reset link opens, before any sign-in: the token is in the link's
 * fragment, which browsers never send to a server or in a Referer.
 */
export function ResetPasswordPage() {
  const translate = useTranslate();
  const { token = '' } = useParams();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const reset = async ({ newPassword }: { newPassword: string }) => {
    const outcome = await submitPassword('/api/auth/password-reset', {
      token,
      newPassword,
    } satisfies ResetPasswordRequest);
    if (outcome.ok) {
      setDone(true);
      return undefined;
    }
    setProblem(outcome.problem);
    // A dead link is no input's fault: the alert says it, the form has nothing to mark.
    return outcome.problem.field === 'token' ? undefined : outcome.errors;
  };
  return (
    <Box
      component="main"
      sx={{ ...brandBackground, minHeight: '100vh', display: 'flex', alignItems: 'flex-start' }}
    >
      <Card sx={{ width: 400, maxWidth: '100%', mx: 'auto', mt: '6em' }}>
        <CardContent>
          <Stack spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
            <Avatar sx={{ bgcolor: 'secondary.main' }}>
              <ForestIcon />
            </Avatar>
            <Typography variant="h5" component="h1">
              {translate('passwords.reset.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary" align="center">
              {translate('passwords.reset.intro')}
            </Typography>
          </Stack>
          {done ? (
            <Stack spacing={2}>
              <Alert severity="success">{translate('passwords.reset.done')}</Alert>
              <Button component={Link} to="/login" variant="contained">
                {translate('passwords.reset.signIn')}
              </Button>
            </Stack>
          ) : (
            <Form
              record={noRecord}
              onSubmit={(values: Record<string, unknown>) =>
                reset(values as { newPassword: string })
              }
            >
              <Stack>
                {problem && <ProblemAlert problem={problem} />}
                <NewPasswordInputs />
                <SaveButton label="passwords.reset.save" alwaysEnable />
              </Stack>
            </Form>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
