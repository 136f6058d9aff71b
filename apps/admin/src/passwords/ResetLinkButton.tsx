import LinkIcon from '@mui/icons-material/Link';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { type PasswordResetLink, type UserRecord } from '@greenchain/contracts';
import { useId, useState } from 'react';
import { HttpError, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { httpClient } from '../providers/http-client';

/**
 * Issues a one-time reset link for the user on the page and shows it to copy: there is no mail
 * server, so the administrator hands it over. Closing the dialog forgets it.
 */
export function ResetLinkButton() {
  const user = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const formatters = useFormatters();
  const titleId = useId();
  const [link, setLink] = useState<PasswordResetLink | null>(null);
  const [busy, setBusy] = useState(false);
  if (!user) return null;
  const url = link ? `${window.location.origin}${link.path}` : '';

  const issue = async () => {
    setBusy(true);
    try {
      const { json } = await httpClient(`/api/users/${encodeURIComponent(user.id)}/reset-link`, {
        method: 'POST',
      });
      setLink(json as PasswordResetLink);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      notify(error.message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    notify('passwords.resetLink.copied', { type: 'info' });
  };

  return (
    <>
      <Button startIcon={<LinkIcon />} onClick={() => void issue()} disabled={busy}>
        {translate('passwords.resetLink.button')}
      </Button>
      <Dialog
        open={link !== null}
        onClose={() => setLink(null)}
        aria-labelledby={titleId}
        fullWidth
      >
        <DialogTitle id={titleId}>
          {translate('passwords.resetLink.title', { name: user.displayName })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {translate('passwords.resetLink.explain', {
              until: link ? formatters.dateTime(link.expiresAt) : '',
            })}
          </DialogContentText>
          <TextField
            fullWidth
            margin="normal"
            label={translate('passwords.resetLink.link')}
            value={url}
            slotProps={{ htmlInput: { readOnly: true } }}
            onFocus={(event) => event.target.select()}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setLink(null)}>{translate('passwords.resetLink.close')}</Button>
          <Button variant="contained" onClick={() => void copy()}>
            {translate('passwords.resetLink.copy')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
