import PrintIcon from '@mui/icons-material/Print';
import { Button } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { type EvidenceRecord } from './evidence-record';

/**
 * Opens the server's printable custody record (verified head hash included) in a new tab; it is
 * fetched with the session's token, which a plain link could not send.
 */
export function PrintCustodyRecordButton() {
  const record = useRecordContext<EvidenceRecord>();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  if (!record) return null;
  const open = async () => {
    const opened = window.open('', '_blank');
    try {
      const blob = await dataProvider.custodyRecord(record.id);
      if (opened) opened.location.href = URL.createObjectURL(blob);
    } catch (error) {
      opened?.close();
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => void open()}>
      {translate('evidence.print')}
    </Button>
  );
}
