import LogoutIcon from '@mui/icons-material/Logout';
import { Chip, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { type SessionRecord } from '@greenchain/contracts';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { ScrollableTable } from '../layout/ScrollableTable';
import { ConfirmEndButton } from './ConfirmEndButton';
import { endSession } from './sessions-api';

const columns = ['device', 'address', 'created', 'lastUsed', 'expires', 'actions'];

export function SessionsTable({
  sessions,
  onChange,
}: {
  sessions: readonly SessionRecord[];
  onChange: () => void;
}) {
  const translate = useTranslate();
  const format = useFormatters();
  return (
    <ScrollableTable label={translate('sessions.title')}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column}>{translate(`sessions.${column}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {sessions.map((session) => (
          <TableRow key={session.id}>
            <TableCell component="th" scope="row" sx={{ maxWidth: 360, overflowWrap: 'anywhere' }}>
              {session.userAgent ?? translate('sessions.unknown')}
              {session.current && (
                <Chip
                  size="small"
                  color="primary"
                  label={translate('sessions.current')}
                  sx={{ ml: 1 }}
                />
              )}
            </TableCell>
            <TableCell>{session.clientAddress ?? translate('sessions.unknown')}</TableCell>
            <TableCell>{format.dateTime(session.createdAt)}</TableCell>
            <TableCell>{format.dateTime(session.lastUsedAt)}</TableCell>
            <TableCell>{format.dateTime(session.expiresAt)}</TableCell>
            <TableCell>
              {!session.current && (
                <ConfirmEndButton
                  label="sessions.end"
                  icon={<LogoutIcon />}
                  title="sessions.endTitle"
                  content="sessions.endContent"
                  done="sessions.ended"
                  end={() => endSession(session.id)}
                  onDone={onChange}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
