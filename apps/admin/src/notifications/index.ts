import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyPage } from '../common/lazy-page';
import { type Notification } from './notification';

export default {
  list: lazyPage(() => import('./NotificationList'), 'NotificationList'),
  icon: NotificationsIcon,
  recordRepresentation: (notification: Notification) => notification.title,
};
