import { type DomainEvent, markedPersonalData } from '@greenchain/domain';
import { type NewEvent, personal } from '@greenchain/event-store';

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

/** The marker of one case's events, for options that take an event only. */
export const personalFieldsMarker =
  (caseId: string) =>
  (event: DomainEvent): NewEvent =>
    markPersonalFields(event, caseId);
