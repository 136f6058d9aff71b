import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { IconButton, Stack, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import { type DocumentSummary } from '@greenchain/contracts';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { type CaseRecord } from '../cases/case-record';
import { type ExhibitRow } from '../cases/use-case-exhibits';
import { saveBlob } from '../common/save-blob';
import { useFormatters } from '../i18n/use-formatters';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { CorrectDocumentButton } from './CorrectDocumentButton';
import { documentName, downloadName, viewable } from './document-name';
import { DocumentThumbnail, hasThumbnail } from './DocumentThumbnail';
import { targetLabel } from './document-targets';

/** The first characters of a digest: enough to compare by eye, the whole one is copied. */
const shortDigest = (sha256: string) => `${sha256.slice(0, 12)}…`;

/** One file: what it is, who recorded it, its digest, and what the reader may do with it. */
export function DocumentRow({
  record,
  document,
  exhibits,
  correctable,
  onView,
}: {
  readonly record: CaseRecord;
  readonly document: DocumentSummary;
  readonly exhibits: readonly ExhibitRow[];
  readonly correctable: boolean;
  readonly onView: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const format = useFormatters();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const name = documentName(document, translate);
  const { recordedBy } = document;

  const download = async () => {
    try {
      saveBlob(
        await dataProvider.documentContent(String(record.id), document.documentId),
        downloadName(document),
      );
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  const copy = async () => {
    await navigator.clipboard.writeText(document.sha256);
    notify('documents.digestCopied', { type: 'info' });
  };

  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ wordBreak: 'break-word', minWidth: 120 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {hasThumbnail(document) && (
            <DocumentThumbnail caseId={String(record.id)} document={document} onOpen={onView} />
          )}
          <span>
            {name}
            {document.shredded && (
              <Typography variant="caption" component="div">
                {translate('documents.shredded')}
              </Typography>
            )}
          </span>
        </Stack>
      </TableCell>
      <TableCell>{document.detectedType}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.fileSize(document.size)}</TableCell>
      <TableCell>{targetLabel(document.attachedTo, exhibits, translate)}</TableCell>
      <TableCell>
        {translate(`common.roles.${recordedBy.role}`, { _: recordedBy.role })} · {recordedBy.agency}
        <Typography variant="caption" component="div">
          {format.dateTime(document.recordedAt)}
        </Typography>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Typography component="code" variant="body2" title={document.sha256}>
          {shortDigest(document.sha256)}
        </Typography>
        <Tooltip title={translate('documents.copyDigest', { name })}>
          <IconButton
            size="small"
            aria-label={translate('documents.copyDigest', { name })}
            onClick={() => void copy()}
          >
            <ContentCopyIcon fontSize="inherit" />
          </IconButton>
        </Tooltip>
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          {viewable(document) && (
            <IconButton aria-label={translate('documents.view', { name })} onClick={onView}>
              <VisibilityIcon />
            </IconButton>
          )}
          {!document.shredded && (
            <IconButton
              aria-label={translate('documents.download', { name })}
              onClick={() => void download()}
            >
              <DownloadIcon />
            </IconButton>
          )}
          {correctable && (
            <CorrectDocumentButton record={record} document={document} exhibits={exhibits} />
          )}
        </Stack>
      </TableCell>
    </TableRow>
  );
}
