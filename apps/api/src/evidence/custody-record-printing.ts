import { type DocumentSummary, type SessionUser } from '@greenchain/contracts';

/** Who printed the custody record, and when. */
export interface CustodyRecordPrinting {
  readonly by: SessionUser;
  readonly at: string;
}

/** A file's name as the reader may see it: withheld or erased names are said to be so. */
function shownName({ fileName }: DocumentSummary): string {
  if (typeof fileName === 'string') return fileName;
  return 'erased' in fileName ? '(erased)' : '(name withheld)';
}

/**
 * A file of the exhibit as the record prints it: its name, detected type, size and SHA-256, which
 * a court compares with the file it is handed.
 */
export function custodyRecordFile(file: DocumentSummary) {
  return {
    name: shownName(file),
    type: file.detectedType,
    size: `${file.size} bytes`,
    sha256: file.sha256,
    shredded: file.shredded ? 'bytes destroyed at erasure, hash kept' : '',
  };
}
