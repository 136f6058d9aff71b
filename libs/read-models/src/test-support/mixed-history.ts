import { caseStream, evidenceStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { charged, detected, judged, referred } from '@greenchain/domain/fixtures/case.fixtures';
import type { EvidenceEvent } from '@greenchain/domain';
import {
  custodyToLab,
  evidenceSealed,
  registration,
} from '@greenchain/domain/fixtures/evidence.fixtures';
import { appendEvents, type ReadModelFixture } from './read-model-fixture';

/**
 * A small but varied history: cases at every stage, some appended in several commits, and
 * evidence linked to them, so every projection has rows to build and rebuild.
 */
export async function appendMixedHistory(fixture: ReadModelFixture, cases = 6): Promise<void> {
  const histories = [detected, referred, charged, judged];
  for (let index = 0; index < cases; index += 1) {
    const caseId = randomUUID();
    const history = histories[index % histories.length] ?? detected;
    const split = Math.ceil(history.length / 2);
    const version = await appendEvents(
      fixture.store,
      caseStream.streamId(caseId),
      history.slice(0, split),
    );
    await appendEvents(fixture.store, caseStream.streamId(caseId), history.slice(split), version);
    const registered: EvidenceEvent = {
      type: 'EvidenceRegistered',
      data: { ...registration, caseId, occurredAt: '2024-03-01' },
    };
    await appendEvents(fixture.store, evidenceStream.streamId(randomUUID()), [
      registered,
      evidenceSealed,
      custodyToLab,
    ]);
  }
}
