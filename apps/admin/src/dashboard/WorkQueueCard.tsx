import { List as MuiList, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useGetList, useTranslate } from 'react-admin';
import { AnalyticsSection } from '../analytics/AnalyticsSection';
import { useFormatters } from '../i18n/use-formatters';
import { type QueuedCase, type WorkQueue } from './role-queues';

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / dayMs);

interface Props {
  readonly queue: WorkQueue;
  readonly today: string;
  /** The reader may open the case: each line links to its page. */
  readonly opensCases: boolean;
  /** Cases of every country: each line names its country. */
  readonly showsCountry: boolean;
}

/** A role's queue of waiting cases, oldest first, with their age and their next deadline. */
export function WorkQueueCard({ queue, today, opensCases, showsCountry }: Props) {
  const translate = useTranslate();
  const format = useFormatters();
  const createPath = useCreatePath();
  const { data, total, isPending, isError } = useGetList<QueuedCase>('cases', {
    filter: queue.filter,
    sort: { field: queue.sortBy, order: 'ASC' },
    pagination: { page: 1, perPage: 8 },
  });
  const title = translate(`dashboard.queues.${queue.name}`);
  const describe = (line: QueuedCase) => {
    const since = line[queue.since];
    const due = line.nextDeadlineOn;
    return [
      showsCountry && format.country(line.country),
      line.stage && translate(`common.stages.${line.stage}`, { _: line.stage }),
      since && translate('dashboard.waiting', { smart_count: daysBetween(since, today) }),
      due &&
        (due < today
          ? translate('dashboard.overdue', { smart_count: daysBetween(due, today) })
          : translate('dashboard.due', { date: format.date(due) })),
    ]
      .filter(Boolean)
      .join(' · ');
  };
  return (
    <AnalyticsSection title={total === undefined ? title : `${title} (${format.number(total)})`}>
      {isError && <Typography>{translate('dashboard.queueUnavailable')}</Typography>}
      {!isPending && data?.length === 0 && (
        <Typography color="text.secondary">{translate('dashboard.queueEmpty')}</Typography>
      )}
      <MuiList dense disablePadding aria-label={title}>
        {data?.map((line) => {
          const text = (
            <ListItemText primary={line.reference ?? line.id} secondary={describe(line)} />
          );
          return opensCases ? (
            <ListItem key={line.id} disablePadding>
              <ListItemButton
                component={Link}
                to={createPath({ resource: 'cases', id: line.id, type: 'show' })}
              >
                {text}
              </ListItemButton>
            </ListItem>
          ) : (
            <ListItem key={line.id}>{text}</ListItem>
          );
        })}
      </MuiList>
    </AnalyticsSection>
  );
}
