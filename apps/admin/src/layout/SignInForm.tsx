import { Button, CardContent, Stack, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useLogin, useNotify, useTranslate } from 'react-admin';
import { SecondFactorNeeded } from '../providers/auth-provider';

/**
 * Email and password, then (for an account with a second factor) the code from the
 * authenticator app or a recovery code, answering the challenge the password step returned.
 */
export function SignInForm() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [challenge, setChallenge] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    setBusy(true);
    try {
      await login(
        challenge === undefined
          ? { username: field('email'), password: field('password') }
          : { challenge, code: field('code') },
      );
    } catch (error) {
      if (error instanceof SecondFactorNeeded) setChallenge(error.challenge);
      else notify((error as Error).message || 'ra.auth.sign_in_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <CardContent>
        <Stack spacing={2}>
          {challenge === undefined ? (
            <>
              <TextField
                name="email"
                type="email"
                autoComplete="username"
                label={translate('ra.auth.username')}
                required
                autoFocus
              />
              <TextField
                name="password"
                type="password"
                autoComplete="current-password"
                label={translate('ra.auth.password')}
                required
              />
            </>
          ) : (
            <TextField
              key="code"
              name="code"
              autoComplete="one-time-code"
              label={translate('secondFactor.signInCode')}
              helperText={translate('secondFactor.signInHelp')}
              slotProps={{ htmlInput: { inputMode: 'text', maxLength: 20 } }}
              required
              autoFocus
            />
          )}
          <Button type="submit" variant="contained" disabled={busy} fullWidth>
            {translate(challenge === undefined ? 'ra.auth.sign_in' : 'secondFactor.verify')}
          </Button>
        </Stack>
      </CardContent>
    </form>
  );
}
