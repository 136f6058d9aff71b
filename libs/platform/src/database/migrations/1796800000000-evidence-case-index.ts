import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The exhibits of a case, found from their EvidenceRegistered events: a case file lists every
 * exhibit from the event store itself, not from a read model the worker may not have caught up.
 * Partial, so it holds only registrations.
 */
export class EvidenceCaseIndex1796800000000 implements MigrationInterface {
  name = 'EvidenceCaseIndex1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX events_evidence_case_id ON events ((data->>'caseId'), global_position)
        WHERE event_type = 'EvidenceRegistered'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX events_evidence_case_id');
  }
}
