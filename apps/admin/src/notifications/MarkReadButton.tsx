import DoneIcon from '@mui/icons-material/Done';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { type OutcomeNotification } from '@greenchain/contracts';

export function MarkReadButton() {
  const notification = useRecordContext<OutcomeNotification>();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const [sending, setSending] = useState(false);
  if (!notification || notification.readAt) return null;

  const markRead = async () => {
    setSending(true);
    try {
      await dataProvider.command('notifications', notification.id, 'read', {});
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSending(false);
    }
  };

  return (
    <Button
      label="notifications.markRead"
      disabled={sending}
      onClick={(event) => {
        event.stopPropagation();
        void markRead();
      }}
    >
      <DoneIcon />
    </Button>
  );
}
