import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useUnreadCount } from './use-unread-count';

const unreadList = `/notifications?filter=${encodeURIComponent(JSON.stringify({ unread: true }))}`;

export function NotificationBell() {
  const translate = useTranslate();
  const unread = useUnreadCount() ?? 0;
  const label = translate('notifications.bell', { smart_count: unread });
  return (
    <Tooltip title={label}>
      <IconButton component={Link} to={unreadList} color="inherit" aria-label={label}>
        <Badge badgeContent={unread} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
