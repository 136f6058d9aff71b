import { Inject, Injectable } from '@nestjs/common';
import { caseNarrativeSubject } from '@greenchain/domain';
import { EventStore, type SqlExecutor } from '@greenchain/event-store';
import { DataSource } from 'typeorm';
import { DOCUMENT_STORAGE, type DocumentStorage } from '../documents/storage/document-storage';
import { type DocumentFactRow, personalFileHashes } from './personal-files';

const casePrefix = 'case-';

/** What an erasure destroyed besides the party's own key. */
export interface ErasureOutcome {
  /** The cases the party appears in, whose free text was erased with it. */
  readonly cases: string[];
  /** Files of those cases that may show a person, whose bytes were destroyed. */
  readonly shreddedFiles: number;
}

/**
 * Crypto-shredding of a party: its own key, then the narrative key of every case it appears in, so
 * the free text of those cases (which may name or describe it) is gone with it, and the bytes of
 * those cases' files that may show a person, for the same reason (their hashes stay on record).
 */
@Injectable()
export class DataSubjectErasure {
  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(DOCUMENT_STORAGE) private readonly documents: DocumentStorage,
  ) {}

  /**
   * Runs on `executor` when given, so the erasure can commit with its audit entry.
   */
  async erase(partyId: string, executor: SqlExecutor = this.dataSource): Promise<ErasureOutcome> {
    // The party first: its tombstone refuses any new PartyAdded for it, so the cases found below
    // are all the cases it will ever be in.
    await this.store.eraseSubject(partyId, executor);
    const rows = (await executor.query(
      `SELECT DISTINCT stream_id FROM events
        WHERE event_type IN ('PartyAdded', 'PartyAmended') AND data->>'partyId' = $1
          AND stream_type = 'case'
        ORDER BY stream_id`,
      [partyId],
    )) as { stream_id: string }[];
    const caseIds = rows.map((row) => row.stream_id.slice(casePrefix.length));
    for (const caseId of caseIds) {
      await this.store.eraseSubject(caseNarrativeSubject(caseId), executor);
    }
    const facts = (await executor.query(
      `SELECT event_type, data->>'documentId' AS document_id, data->>'sha256' AS sha256,
              data->>'personalData' AS personal_data
         FROM events
        WHERE stream_id = ANY($1) AND event_type IN ('DocumentAttached', 'DocumentCorrected')
        ORDER BY global_position`,
      [rows.map((row) => row.stream_id)],
    )) as DocumentFactRow[];
    const hashes = personalFileHashes(facts);
    const shreddedFiles = await this.documents.shred(hashes, partyId, executor);
    return { cases: caseIds, shreddedFiles };
  }
}
