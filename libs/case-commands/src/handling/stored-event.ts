import { markedPersonalData, type CommandMetadata, type DomainEvent } from '@greenchain/domain';
import { personal, type BulkEntry, type NewEvent } from '@greenchain/event-store';

/**
 * Wraps each personal value of a decided event with `personal(subjectId, value)`, so the store
 * encrypts it under the data subject's own key (erasable by destroying that key): a party's
 * identifying fields under the party, free text under the narrative subject of the case `caseId`
 * (the case of the stream, or the exhibit's case for an evidence stream).
 */
export function markPersonalFields(event: DomainEvent, caseId: string): NewEvent {
  const data = markedPersonalData(event, caseId, personal);
  return data === event.data ? event : { ...event, data };
}

/**
 * A decided event as every writer stores it: personal values marked, the command's actor and
 * business time (the store stamps the recording time itself), and the bulk path that entered it,
 * if any (its facts notify no one: docs/events.md#what-is-notified).
 */
export function storedEvent(
  event: DomainEvent,
  caseId: string,
  { actor, occurredAt }: Pick<CommandMetadata, 'actor' | 'occurredAt'>,
  bulkEntry?: BulkEntry,
): NewEvent {
  const metadata =
    bulkEntry === undefined ? { actor, occurredAt } : { actor, occurredAt, bulkEntry };
  return { ...markPersonalFields(event, caseId), metadata };
}
