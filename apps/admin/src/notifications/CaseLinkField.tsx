import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useRecordContext } from 'react-admin';
import { type OutcomeNotification } from '@greenchain/contracts';

/** The case this notification is about, opened on its page. */
export function CaseLinkField() {
  const notification = useRecordContext<OutcomeNotification>();
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
