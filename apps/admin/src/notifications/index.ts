import NotificationsIcon from '@mui/icons-material/Notifications';
import { type Notification } from './notification';
import { NotificationList } from './NotificationList';

export default {
  list: NotificationList,
  icon: NotificationsIcon,
  recordRepresentation: (notification: Notification) => notification.title,
};
