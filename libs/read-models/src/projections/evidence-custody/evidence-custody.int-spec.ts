import { evidenceStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import {
  custodyToLab,
  evidenceRegistered,
  evidenceSealed,
} from '@greenchain/domain/fixtures/evidence.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { evidenceCustodyProjection } from './evidence-custody.projection';
import { EvidenceCustodyQuery } from './evidence-custody.query';

describe('evidence-custody projection', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_custody');
  });
  afterAll(() => fixture?.database.drop());

  it('shows the current holder and seal, and the chain link by link', async () => {
    const evidenceId = randomUUID();
    await appendEvents(fixture.store, evidenceStream.streamId(evidenceId), [
      evidenceRegistered,
      evidenceSealed,
      custodyToLab,
    ]);
    await project(fixture, evidenceCustodyProjection);
    const query = new EvidenceCustodyQuery(fixture.database.dataSource);

    expect((await query.list({ filter: { id: evidenceId } })).rows).toEqual([
      expect.objectContaining({
        id: evidenceId,
        caseId: 'case-1',
        status: 'held',
        holderId: 'lab-1',
        holderAgency: 'national-lab',
        sealNumber: 'S-100',
        sealIntact: true,
        transferCount: 1,
      }),
    ]);
    const chain = await query.chain({ filter: { evidenceId } });
    expect(chain.rows.map((link) => [link.eventType, link.fromHolderId, link.toHolderId])).toEqual([
      ['EvidenceRegistered', null, 'store-1'],
      ['EvidenceSealed', 'store-1', 'store-1'],
      ['CustodyTransferred', 'store-1', 'lab-1'],
    ]);
  });
});
