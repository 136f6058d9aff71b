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
import { useId } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { documentName } from './document-name';
import { useObjectUrl } from './use-object-url';

/** A picture or a PDF shown in the page, from the bytes as the reader may have them. */
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
  const { url, failure } = useObjectUrl(
    () => dataProvider.documentContent(caseId, document.documentId),
    `${caseId}/${document.documentId}`,
  );
  const name = documentName(document, translate);

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
