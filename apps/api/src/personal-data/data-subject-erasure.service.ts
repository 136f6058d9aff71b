import { Injectable } from '@nestjs/common';
import { caseNarrativeSubject } from '@greenchain/domain';
import { EventStore, type SqlExecutor } from '@greenchain/event-store';
import { DataSource } from 'typeorm';

const casePrefix = 'case-';

/**
 * Crypto-shredding of a party: its own key, then the narrative key of every case it appears in, so
 * the free text of those cases (which may name or describe it) is gone with it.
 */
@Injectable()
export class DataSubjectErasure {
  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Returns the ids of the cases whose free text was erased with the party. Runs on `executor`
   * when given, so the erasure can commit with its audit entry.
   */
  async erase(partyId: string, executor: SqlExecutor = this.dataSource): Promise<string[]> {
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
    return caseIds;
  }
}
