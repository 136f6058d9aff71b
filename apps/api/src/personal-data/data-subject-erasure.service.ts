import { Injectable } from '@nestjs/common';
import { caseNarrativeSubject } from '@greenchain/domain';
import { EventStore } from '@greenchain/event-store';
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

  /** Returns the ids of the cases whose free text was erased with the party. */
  async erase(partyId: string): Promise<string[]> {
    // The party first: its tombstone refuses any new PartyAdded for it, so the cases found below
    // are all the cases it will ever be in.
    await this.store.eraseSubject(partyId);
    const rows = await this.dataSource.query<{ stream_id: string }[]>(
      `SELECT DISTINCT stream_id FROM events
        WHERE event_type IN ('PartyAdded', 'PartyAmended') AND data->>'partyId' = $1
          AND stream_type = 'case'
        ORDER BY stream_id`,
      [partyId],
    );
    const caseIds = rows.map((row) => row.stream_id.slice(casePrefix.length));
    for (const caseId of caseIds) await this.store.eraseSubject(caseNarrativeSubject(caseId));
    return caseIds;
  }
}
