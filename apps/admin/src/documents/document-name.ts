import { type DocumentSummary } from '@greenchain/contracts';

type Translate = (key: string) => string;

/** The file's name as this reader may see it: withheld from analysts, gone after an erasure. */
export function documentName(document: DocumentSummary, translate: Translate): string {
  const { fileName } = document;
  if (typeof fileName === 'string') return fileName;
  return translate('erased' in fileName ? 'documents.nameErased' : 'documents.nameWithheld');
}

/** A name to save the file under when its own is not shown: its id and the type's extension. */
export function downloadName(document: DocumentSummary): string {
  if (typeof document.fileName === 'string') return document.fileName;
  const extension = document.detectedType.split('/')[1] ?? 'bin';
  return `document-${document.documentId.slice(0, 8)}.${extension}`;
}

/** Only what the browser shows safely inline: pictures and PDFs. */
export function viewable(document: DocumentSummary): boolean {
  return (
    !document.shredded &&
    (document.detectedType.startsWith('image/') || document.detectedType === 'application/pdf')
  );
}
