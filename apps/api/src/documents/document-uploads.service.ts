import { Inject, Injectable } from '@nestjs/common';
import { documentSteps, type DocumentTarget, type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { type Request, type Response } from 'express';
import { notFound } from '../authorization/access-guard';
import { assertMayCommandCase } from '../cases/case-access';
import { CaseRecords } from '../cases/case-records.service';
import { EvidenceRecords } from '../evidence/evidence-records.service';
import { DocumentTypes } from './document-types';
import { receiveUpload, type ReceivedUpload } from './multipart-upload';
import { DOCUMENT_STORAGE, type DocumentStorage } from './storage/document-storage';

/**
 * Receives an upload: the sender's right to attach to the case is checked before a byte is read,
 * then the file streams into storage with its type and size checked on the way.
 */
@Injectable()
export class DocumentUploads {
  constructor(
    private readonly cases: CaseRecords,
    private readonly evidence: EvidenceRecords,
    private readonly types: DocumentTypes,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async receive(
    caseId: string,
    target: DocumentTarget,
    user: SessionUser,
    request: Request,
    response: Response,
  ): Promise<ReceivedUpload> {
    await this.assertMayAttach(caseId, user);
    if (target.kind === 'step' && !(documentSteps as readonly string[]).includes(target.step)) {
      throw new ProblemException(
        400,
        'request/invalid-field',
        `step must be one of ${documentSteps.join(', ')}.`,
        'step',
      );
    }
    return receiveUpload(request, response, (file) =>
      this.storage.store(file, this.types.maxBytes, this.types.detect),
    );
  }

  /** 404 or 403 unless the user may attach files to the case (before any byte is read). */
  async assertMayAttach(caseId: string, user: SessionUser): Promise<void> {
    const { state } = await this.cases.load(caseId, 'redact');
    assertMayCommandCase(user, 'AttachDocument', state);
  }

  /** The case an exhibit belongs to; 404 naming the exhibit when there is none. */
  async caseOfExhibit(evidenceId: string): Promise<string> {
    const caseId = await this.evidence.caseOf(evidenceId);
    if (caseId === undefined) throw notFound('Evidence', 'evidenceId');
    return caseId;
  }
}
