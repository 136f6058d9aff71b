import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyPage } from '../common/lazy-page';
import { type OutcomeNotification } from '@greenchain/contracts';

export default {
  list: lazyPage(() => import('./NotificationList'), 'NotificationList'),
  icon: NotificationsIcon,
  recordRepresentation: (notification: OutcomeNotification) => notification.title,
};
