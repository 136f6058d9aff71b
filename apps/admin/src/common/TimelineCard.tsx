import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type StreamRecord } from '@greenchain/contracts';
import { useFormatters } from '../i18n/use-formatters';
import { SectionCard } from './SectionCard';

/** Every fact in order: what, who (role, agency, country), when it happened and when recorded. */
export function TimelineCard() {
  const record = useRecordContext<StreamRecord>();
  const translate = useTranslate();
  const format = useFormatters();
  if (!record) return null;
  return (
    <SectionCard title="common.timeline.title">
      <Table size="small" aria-label={translate('common.timeline.title')}>
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>{translate('common.timeline.event')}</TableCell>
            <TableCell>{translate('common.timeline.who')}</TableCell>
            <TableCell>{translate('common.timeline.occurredAt')}</TableCell>
            <TableCell>{translate('common.timeline.recordedAt')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.timeline.map((entry) => (
            <TableRow key={entry.position}>
              <TableCell>{entry.position}</TableCell>
              <TableCell>{translate(`common.events.${entry.type}`, { _: entry.type })}</TableCell>
              <TableCell>
                {entry.actor
                  ? `${translate(`common.roles.${entry.actor.role}`, { _: entry.actor.role })} · ${entry.actor.agency} (${entry.actor.country})`
                  : '—'}
              </TableCell>
              <TableCell>{entry.occurredAt ? format.date(entry.occurredAt) : '—'}</TableCell>
              <TableCell>{format.dateTime(entry.recordedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
