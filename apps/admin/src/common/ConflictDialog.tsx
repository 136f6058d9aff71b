import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { type TimelineEntry } from '@greenchain/contracts';
import { TimelineEntryText } from './TimelineEntryText';

interface ConflictDialogProps {
  /** What others recorded since the user opened the record. */
  readonly changes: readonly TimelineEntry[];
  readonly onRetry: () => void;
  readonly onCancel: () => void;
}

/**
 * A 412: someone recorded something first. Shows what changed so the user decides with the new
 * facts in view; retrying sends the same entry against the new version, never silently.
 */
export function ConflictDialog({ changes, onRetry, onCancel }: ConflictDialogProps) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onCancel} aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">{translate('common.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('common.conflict.explanation')}</DialogContentText>
        <Stack component="ul" spacing={1} sx={{ pl: 2 }}>
          {changes.map((entry) => (
            <li key={entry.position}>
              <TimelineEntryText entry={entry} />
            </li>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={onRetry}>
          {translate('common.conflict.retry')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
