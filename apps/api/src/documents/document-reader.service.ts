import { Inject, Injectable } from '@nestjs/common';
import { type DocumentSummary, type SessionUser } from '@greenchain/contracts';
import { documentDetailsOf, type DocumentRecord } from '@greenchain/domain';
import { type RecordedEvent } from '@greenchain/event-store';
import { ProblemException } from '@greenchain/platform';
import { CaseRecords } from '../cases/case-records.service';
import { PersonalDataAccessLog } from '../personal-data/personal-data-access.log';
import { documentViewFor, type DocumentView } from './document-access';
import { DOCUMENT_STORAGE, type DocumentStorage } from './storage/document-storage';

/** One file a reader may fetch: its record and events, how they see it. */
export interface ReadableDocument {
  readonly record: DocumentRecord;
  readonly summary: DocumentSummary;
  readonly view: DocumentView;
  /** Its DocumentAttached and DocumentCorrected events, as read. */
  readonly events: readonly RecordedEvent[];
}

interface RecordingActor {
  readonly userId?: string;
  readonly role?: string;
  readonly agency?: string;
}

function summaryOf(record: DocumentRecord, event: RecordedEvent, shredded: boolean) {
  const { attached } = record;
  const details = documentDetailsOf(record);
  const actor = (event.metadata.actor ?? {}) as RecordingActor;
  const summary: DocumentSummary = {
    ...details,
    declaredType: attached.declaredType,
    detectedType: attached.detectedType,
    size: attached.size,
    sha256: attached.sha256,
    occurredAt: attached.occurredAt,
    recordedAt: event.metadata.recordedAt,
    recordedBy: {
      userId: actor.userId ?? '',
      role: actor.role ?? '',
      agency: actor.agency ?? '',
    },
    shredded,
  };
  return summary;
}

/**
 * The files of a case as one reader may see them (see documentViewFor). File names are free text
 * of the case, shown only to readers of its personal data; each such read, and each download of a
 * file that may show a person, is written to the personal-data access log before the answer.
 */
@Injectable()
export class DocumentReader {
  constructor(
    private readonly cases: CaseRecords,
    private readonly accessLog: PersonalDataAccessLog,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async list(caseId: string, user: SessionUser): Promise<DocumentSummary[]> {
    const readable = await this.readable(caseId, user);
    const personal = readable.filter(({ view, summary }) => view.personal && !summary.shredded);
    await this.logRead(user, caseId, personal, 'document-list');
    return readable.map(({ summary }) => summary);
  }

  /**
   * One file to download (or to show as a thumbnail, `purpose` says which in the access log); 404
   * when the reader may not see it, 410 once it was shredded.
   */
  async one(
    caseId: string,
    documentId: string,
    user: SessionUser,
    purpose = 'document-download',
  ): Promise<ReadableDocument> {
    const found = (await this.readable(caseId, user)).find(
      ({ summary }) => summary.documentId === documentId,
    );
    if (!found) {
      throw new ProblemException(404, 'document/not-found', 'No such document.', 'documentId');
    }
    if (found.summary.shredded) {
      throw new ProblemException(
        410,
        'document/shredded',
        'The bytes of this file were destroyed when a person of the case was erased; its SHA-256 stays on record.',
        'documentId',
      );
    }
    if (documentDetailsOf(found.record).personalData === 'may-hold') {
      await this.logRead(user, caseId, [found], purpose);
    }
    return found;
  }

  /**
   * Every file a reader may fetch, for a case file: the shredded ones are left out (their hash
   * stays on the case's record), and the read of those that may show a person is logged once.
   */
  async all(caseId: string, user: SessionUser, purpose: string): Promise<ReadableDocument[]> {
    const readable = (await this.readable(caseId, user)).filter(({ summary }) => !summary.shredded);
    await this.logRead(
      user,
      caseId,
      readable.filter(({ view }) => view.personal),
      purpose,
    );
    return readable;
  }

  private async readable(caseId: string, user: SessionUser): Promise<ReadableDocument[]> {
    const redacted = await this.cases.load(caseId, 'redact');
    const view = documentViewFor(user, redacted.state);
    const loaded = view.personal ? await this.cases.load(caseId, 'decrypt') : redacted;
    const visible = Object.values(loaded.state.documents).filter(view.visible);
    const shredded = await this.storage.shreddedAmong(
      visible.map(({ attached }) => attached.sha256),
    );
    return visible.map((record) => {
      const events = loaded.events.filter(
        (event) => documentIdOf(event) === record.attached.documentId,
      );
      const attaching = events.find((event) => event.type === 'DocumentAttached');
      // The record was folded from these very events.
      if (!attaching) throw new Error(`no DocumentAttached for ${record.attached.documentId}`);
      const summary = summaryOf(record, attaching, shredded.has(record.attached.sha256));
      return { record, view, events, summary };
    });
  }

  private async logRead(
    user: SessionUser,
    caseId: string,
    documents: readonly ReadableDocument[],
    purpose: string,
  ): Promise<void> {
    const read = documents.flatMap(({ events }) => events);
    if (read.length > 0) await this.accessLog.recordRead(user, read, caseId, purpose);
  }
}

function documentIdOf(event: RecordedEvent): string | undefined {
  if (event.type !== 'DocumentAttached' && event.type !== 'DocumentCorrected') return undefined;
  return (event.data as { documentId?: string }).documentId;
}
