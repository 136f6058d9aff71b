import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { type DocumentSummary } from '@greenchain/contracts';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { type CaseRecord } from '../cases/case-record';
import { useCaseExhibits } from '../cases/use-case-exhibits';
import { SectionCard } from '../common/SectionCard';
import { session } from '../providers/session';
import { AttachDocumentsButton } from './AttachDocumentsButton';
import { mayRecordDocuments } from './document-abilities';
import { DocumentRow } from './DocumentRow';
import { DocumentViewer } from './DocumentViewer';
import { useCaseDocuments } from './use-case-documents';

const columns = ['name', 'type', 'size', 'attachedTo', 'recorded', 'digest', 'actions'] as const;

/**
 * The files of the case this reader may see, each to view, download or correct; attaching is
 * offered to the roles that may attach.
 */
export function DocumentsCard() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const { data, error } = useCaseDocuments(record);
  const exhibits = useCaseExhibits(record?.id).data ?? [];
  const [viewed, setViewed] = useState<DocumentSummary>();
  if (!record) return null;
  const user = session.user();
  return (
    <SectionCard
      title="documents.title"
      action={
        mayRecordDocuments(user, record, 'AttachDocument') && (
          <AttachDocumentsButton record={record} exhibits={exhibits} />
        )
      }
    >
      {error ? <Alert severity="warning">{translate('documents.unavailable')}</Alert> : null}
      {data?.length === 0 && <Typography>{translate('documents.none')}</Typography>}
      {data && data.length > 0 && (
        <Table size="small" aria-label={translate('documents.title')}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column}>{translate(`documents.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((document) => (
              <DocumentRow
                key={document.documentId}
                record={record}
                document={document}
                exhibits={exhibits}
                correctable={mayRecordDocuments(user, record, 'CorrectDocument')}
                onView={() => setViewed(document)}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {viewed && (
        <DocumentViewer
          caseId={String(record.id)}
          document={viewed}
          onClose={() => setViewed(undefined)}
        />
      )}
    </SectionCard>
  );
}
