import { caseEventTypes } from '@greenchain/domain';
import type { RecordedEvent } from '@greenchain/event-store';

export const caseEventTypeSet: ReadonlySet<string> = new Set(caseEventTypes);

/** Business time of an event: the data's occurredAt, else the metadata's, else recordedAt. */
export function occurredAt(event: RecordedEvent): string {
  const data = event.data as { occurredAt?: unknown };
  if (typeof data.occurredAt === 'string') return data.occurredAt;
  return event.metadata.occurredAt ?? event.metadata.recordedAt;
}

export interface EventActor {
  readonly userId: string | null;
  readonly role: string | null;
  readonly agency: string | null;
  readonly country: string | null;
}

export function actorOf(event: RecordedEvent): EventActor {
  const actor = (event.metadata.actor ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    userId: text(actor.userId),
    role: text(actor.role),
    agency: text(actor.agency),
    country: text(actor.country),
  };
}

/** Case streams are named `case-<caseId>`; read models key cases by the caseId alone. */
export function caseIdOf(streamId: string): string {
  return streamId.startsWith('case-') ? streamId.slice('case-'.length) : streamId;
}

/** A business date (YYYY-MM-DD) of an ISO timestamp or date. */
export function dateOf(isoTime: string | undefined): string | null {
  return isoTime === undefined ? null : isoTime.slice(0, 10);
}
