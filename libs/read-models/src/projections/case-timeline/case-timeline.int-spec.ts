import { caseStream, evidenceStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { referred } from '@greenchain/domain/fixtures/case.fixtures';
import type { EvidenceEvent } from '@greenchain/domain';
import {
  custodyToLab,
  evidenceSealed,
  registration,
} from '@greenchain/domain/fixtures/evidence.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../../test-support/read-model-fixture';
import { caseTimelineProjection } from './case-timeline.projection';
import { CaseTimelineQuery } from './case-timeline.query';

describe('case-timeline projection', () => {
  let fixture: ReadModelFixture;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_timeline');
  });
  afterAll(() => fixture?.database.drop());

  it('lists the case and evidence events of one case with who and when', async () => {
    const caseId = randomUUID();
    const exhibitStream = evidenceStream.streamId(randomUUID());
    const registered: EvidenceEvent = {
      type: 'EvidenceRegistered',
      data: { ...registration, caseId, occurredAt: '2024-03-01' },
    };
    await appendEvents(fixture.store, caseStream.streamId(caseId), referred);
    const version = await appendEvents(fixture.store, exhibitStream, [registered]);
    await project(fixture, caseTimelineProjection);
    // The later custody events name no case: the first one linked the stream to it.
    await appendEvents(fixture.store, exhibitStream, [evidenceSealed, custodyToLab], version);
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), referred);
    await project(fixture, caseTimelineProjection);

    const { rows, total } = await new CaseTimelineQuery(fixture.database.dataSource).list({
      filter: { caseId },
      range: [0, 99],
    });
    expect(total).toBe(8);
    expect(rows.map((row) => row.eventType)).toEqual([
      'SeizureRecorded',
      'CommodityItemAdded',
      'PartyAdded',
      'PartyAdded',
      'CaseReferredToProsecution',
      'EvidenceRegistered',
      'EvidenceSealed',
      'CustodyTransferred',
    ]);
    expect(rows[2]).toMatchObject({
      caseId,
      partyId: 'party-a',
      actorUserId: 'customs-1',
      actorRole: 'customs',
      actorAgency: 'customs-agency',
      occurredAt: '2024-03-01',
    });
  });
});
