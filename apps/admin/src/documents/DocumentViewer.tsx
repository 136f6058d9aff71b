import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@mui/material';
import { type DocumentSummary } from '@greenchain/contracts';
import { useEffect, useId, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { documentName } from './document-name';

/**
 * A picture or a PDF shown in the page. The bytes are fetched with the session's token (a plain
 * link would carry none) and shown from an object URL, revoked when the viewer closes.
 */
export function DocumentViewer({
  caseId,
  document,
  onClose,
}: {
  readonly caseId: string;
  readonly document: DocumentSummary;
  readonly onClose: () => void;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const titleId = useId();
  const [url, setUrl] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const name = documentName(document, translate);

  useEffect(() => {
    let objectUrl: string | undefined;
    let current = true;
    dataProvider.documentContent(caseId, document.documentId).then(
      (blob) => {
        if (!current) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      (error: Error) => current && setFailure(error.message),
    );
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [caseId, dataProvider, document.documentId]);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="lg">
      <DialogTitle id={titleId} sx={{ wordBreak: 'break-all' }}>
        {translate('documents.viewTitle', { name })}
      </DialogTitle>
      <DialogContent>
        {failure && (
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        )}
        {!url && !failure && <CircularProgress aria-label={translate('ra.page.loading')} />}
        {url && document.detectedType === 'application/pdf' && (
          <Box
            component="iframe"
            title={name}
            src={url}
            sx={{ width: 1, height: '75vh', border: 0 }}
          />
        )}
        {url && document.detectedType.startsWith('image/') && (
          <Box
            component="img"
            src={url}
            alt={name}
            sx={{ maxWidth: 1, maxHeight: '75vh', display: 'block', mx: 'auto' }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
