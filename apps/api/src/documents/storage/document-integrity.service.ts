import { Inject, Injectable } from '@nestjs/common';
import { type DocumentCheck } from '@greenchain/contracts';
import { type CaseState } from '@greenchain/domain';
import { DOCUMENT_STORAGE, type DocumentStorage } from './document-storage';

/**
 * Every file a case records, its stored bytes hashed again and compared with the SHA-256 its
 * DocumentAttached event holds (which the case's hash chain covers): a changed, missing or extra
 * byte shows as `altered` or `missing` with the document's id. Shredded files count as intact
 * records: their bytes are gone on purpose, their hash stays.
 */
@Injectable()
export class DocumentIntegrity {
  constructor(@Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage) {}

  async check(state: CaseState): Promise<DocumentCheck[]> {
    const checks: DocumentCheck[] = [];
    for (const { attached } of Object.values(state.documents)) {
      const condition = await this.storage.condition(attached.sha256);
      checks.push({ documentId: attached.documentId, sha256: attached.sha256, condition });
    }
    return checks;
  }
}
