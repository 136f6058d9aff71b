import { List as MuiList, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useGetList, useTranslate } from 'react-admin';
import { AnalyticsSection } from '../analytics/AnalyticsSection';
import { useFormatters } from '../i18n/use-formatters';
import { type OutcomeNotification } from '@greenchain/contracts';

/** Outcomes of the office's seizures that nobody here has read yet. */
export function RecentNotifications() {
  const translate = useTranslate();
  const format = useFormatters();
  const createPath = useCreatePath();
  const { data, isPending } = useGetList<OutcomeNotification>('notifications', {
    filter: { unread: true },
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 5 },
  });
  return (
    <AnalyticsSection title={translate('dashboard.unreadNotifications')}>
      {!isPending && data?.length === 0 && (
        <Typography color="text.secondary">{translate('dashboard.noNotifications')}</Typography>
      )}
      <MuiList dense disablePadding>
        {data?.map((notification) => (
          <ListItemButton
            key={notification.id}
            component={Link}
            to={createPath({ resource: 'cases', id: notification.caseId, type: 'show' })}
          >
            <ListItemText
              primary={notification.title}
              secondary={`${notification.caseReference} · ${format.dateTime(notification.createdAt)}`}
            />
          </ListItemButton>
        ))}
      </MuiList>
    </AnalyticsSection>
  );
}
