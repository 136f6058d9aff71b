import type { EvidenceEvent, EvidenceState } from '@greenchain/domain';
import type { RecordedEvent } from '@greenchain/event-store';
import { actorOf, occurredAt } from '../../shared/case-events';
import type { FoldStep } from '../../shared/stream-state-fold';

/** Evidence streams are named `evidence-<evidenceId>`. */
export function evidenceIdOf(streamId: string): string {
  return streamId.startsWith('evidence-') ? streamId.slice('evidence-'.length) : streamId;
}

export function evidenceRow(streamId: string, state: EvidenceState, version: number) {
  return {
    evidence_id: evidenceIdOf(streamId),
    case_id: state.registration?.caseId ?? '',
    item_id: state.registration?.itemId ?? null,
    kind: state.registration?.kind ?? '',
    status: state.status,
    holder_id: state.holder?.holderId ?? null,
    holder_agency: state.holder?.agency ?? null,
    holder_country: state.holder?.country ?? null,
    seal_number: state.seal?.number ?? null,
    seal_intact: state.seal?.intact ?? null,
    transfer_count: Object.keys(state.transfers).length,
    examination_count: Object.keys(state.examinations).length,
    registered_at: state.registeredAt ?? null,
    last_changed_at: state.lastChangedAt ?? null,
    stream_version: version,
  };
}

/** Who held the exhibit before and after the event, and the handover's particulars. */
function movement(event: EvidenceEvent, before: EvidenceState) {
  const none = { to_agency: null, place: null, seal_number: null };
  switch (event.type) {
    case 'EvidenceRegistered':
      return {
        ...none,
        to: event.data.holder.holderId,
        to_agency: event.data.holder.agency,
        place: event.data.place,
      };
    case 'CustodyTransferred':
      return {
        to: event.data.to.holderId,
        to_agency: event.data.to.agency,
        place: event.data.place,
        seal_number: event.data.sealNumber ?? null,
      };
    case 'EvidenceSealed':
      return { ...none, to: before.holder?.holderId ?? null, seal_number: event.data.sealNumber };
    case 'EvidenceExamined':
      return {
        ...none,
        to: before.holder?.holderId ?? null,
        seal_number: event.data.newSealNumber ?? null,
      };
    case 'EvidenceReleased':
    case 'EvidenceDestroyed':
      return { ...none, to: null };
  }
}

export function custodyEventRow(streamId: string, step: FoldStep<EvidenceState, EvidenceEvent>) {
  const recorded: RecordedEvent = step.recorded;
  const { to, ...details } = movement(step.event, step.before);
  return {
    evidence_id: evidenceIdOf(streamId),
    stream_position: recorded.streamPosition,
    global_position: recorded.globalPosition,
    event_type: recorded.type,
    from_holder_id: step.before.holder?.holderId ?? null,
    to_holder_id: to,
    ...details,
    actor_user_id: actorOf(recorded).userId,
    occurred_at: occurredAt(recorded),
    recorded_at: recorded.metadata.recordedAt,
  };
}
