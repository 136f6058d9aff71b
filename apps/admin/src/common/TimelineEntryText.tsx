import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { type TimelineEntry } from '@greenchain/contracts';

/** "Charges filed · 15 Apr 2024 · prosecutor, ODPP (KE)": one fact in one line. */
export function TimelineEntryText({ entry }: { readonly entry: TimelineEntry }) {
  const translate = useTranslate();
  const format = useFormatters();
  const who = entry.actor
    ? `${translate(`common.roles.${entry.actor.role}`, { _: entry.actor.role })}, ${entry.actor.agency} (${entry.actor.country})`
    : '';
  return (
    <Typography variant="body2">
      <strong>{translate(`common.events.${entry.type}`, { _: entry.type })}</strong>
      {entry.occurredAt ? ` · ${format.date(entry.occurredAt)}` : ''}
      {who ? ` · ${who}` : ''}
    </Typography>
  );
}
