import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The cases a party appears in, found from its PartyAdded and PartyAmended events: erasing a party
 * erases the free text of those cases too. Partial, so it holds only party events.
 */
export class PartyCasesIndex1796250000000 implements MigrationInterface {
  name = 'PartyCasesIndex1796250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX events_party_id ON events ((data->>'partyId'), stream_id)
        WHERE event_type IN ('PartyAdded', 'PartyAmended')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX events_party_id');
  }
}
