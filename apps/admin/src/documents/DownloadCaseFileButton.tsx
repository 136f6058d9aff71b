import FolderZipIcon from '@mui/icons-material/FolderZip';
import { Button, CircularProgress, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { type CaseRecord } from '../cases/case-record';
import { saveBlob } from '../common/save-blob';
import { type GreenchainDataProvider } from '../providers/data-provider';

/** The case's file for a court, as the reader may see it, saved under the case's reference. */
export function DownloadCaseFileButton() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const reference = record.state.seizure?.reference ?? String(record.id);

  const download = async () => {
    setBusy(true);
    try {
      saveBlob(
        await dataProvider.caseFile(String(record.id)),
        `case-file-${reference.replace(/[^\w.-]+/g, '_')}.zip`,
      );
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={translate('documents.caseFileHelp')} describeChild>
      <Button
        variant="outlined"
        startIcon={busy ? <CircularProgress size={16} /> : <FolderZipIcon />}
        disabled={busy}
        onClick={() => void download()}
        sx={{ alignSelf: 'flex-start' }}
      >
        {translate('documents.caseFile')}
      </Button>
    </Tooltip>
  );
}
