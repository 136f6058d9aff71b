import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useRecordContext } from 'react-admin';
import { type Notification } from './notification';

/** The case this notification is about, opened on its page. */
export function CaseLinkField() {
  const notification = useRecordContext<Notification>();
  const createPath = useCreatePath();
  if (!notification) return null;
  return (
    <Link
      component={RouterLink}
      to={createPath({ resource: 'cases', id: notification.caseId, type: 'show' })}
      onClick={(event) => event.stopPropagation()}
    >
      {notification.caseReference}
    </Link>
  );
}
