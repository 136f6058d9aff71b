import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { type ReauthenticationProof } from '@greenchain/contracts';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { httpClient } from '../providers/http-client';
import { problemOf } from '../providers/problem-error';
import { reauthentication } from '../providers/reauthentication';

type Answer = (proof: ReauthenticationProof | null) => void;

/**
 * The password asked again before a sensitive change; mounted once in the layout, it opens when a
 * request is refused with auth/reauthentication-required, and that request is then sent again.
 */
export function ReauthenticationDialog() {
  const translate = useTranslate();
  const titleId = useId();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(
    () =>
      reauthentication.setPrompt(
        () => new Promise<ReauthenticationProof | null>((resolve) => setAnswer(() => resolve)),
      ),
    [],
  );

  const close = (proof: ReauthenticationProof | null) => {
    answer?.(proof);
    setAnswer(null);
    setPassword('');
    setError(null);
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    try {
      const { json } = await httpClient('/api/auth/reauthenticate', {
        method: 'POST',
        headers: new Headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ password }),
      });
      close(json as ReauthenticationProof);
    } catch (refusal) {
      setError(problemOf(refusal)?.detail ?? translate('common.failed'));
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open={answer !== null} onClose={() => close(null)} aria-labelledby={titleId}>
      <form onSubmit={(event) => void confirm(event)}>
        <DialogTitle id={titleId}>{translate('passwords.reauthenticate.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('passwords.reauthenticate.explain')}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            margin="normal"
            type="password"
            autoComplete="current-password"
            label={translate('passwords.fields.password')}
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setError(null);
            }}
            error={error !== null}
            helperText={error ?? ' '}
            required
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => close(null)}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={sending || password === ''}>
            {translate('passwords.reauthenticate.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
