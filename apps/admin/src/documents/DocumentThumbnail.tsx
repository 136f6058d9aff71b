import { Box, ButtonBase } from '@mui/material';
import { type DocumentSummary } from '@greenchain/contracts';
import { useDataProvider, useTranslate } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { documentName } from './document-name';
import { useObjectUrl } from './use-object-url';

/** The photographs the API makes thumbnails of. */
const thumbnailed = new Set(['image/jpeg', 'image/png']);

export function hasThumbnail(document: DocumentSummary): boolean {
  return !document.shredded && thumbnailed.has(document.detectedType);
}

/** A photograph's thumbnail (made by the API without its location); it opens the viewer. */
export function DocumentThumbnail({
  caseId,
  document,
  onOpen,
}: {
  readonly caseId: string;
  readonly document: DocumentSummary;
  readonly onOpen: () => void;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const { url } = useObjectUrl(
    () => dataProvider.documentThumbnail(caseId, document.documentId),
    `${caseId}/${document.documentId}`,
  );
  return (
    <ButtonBase
      onClick={onOpen}
      aria-label={translate('documents.open', { name: documentName(document, translate) })}
      sx={{ width: 64, height: 64, borderRadius: 1, bgcolor: 'action.hover', flexShrink: 0 }}
    >
      {url && (
        <Box
          component="img"
          src={url}
          alt=""
          sx={{ maxWidth: 64, maxHeight: 64, objectFit: 'contain', display: 'block' }}
        />
      )}
    </ButtonBase>
  );
}
