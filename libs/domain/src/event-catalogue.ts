import { caseEventUpcasters } from './case/case.upcasters';
import { caseEventSchemaVersions } from './case/case.events';
import type { EventUpcaster } from './event-upcaster';
import { evidenceEventSchemaVersions } from './evidence/evidence.events';
import { securityAuditEventSchemaVersions } from './security-audit/security-audit.events';

export type { EventUpcaster } from './event-upcaster';

/** Every stored event type and its current schema version, for the event store's upcasters. */
export const eventSchemaVersions = {
  ...caseEventSchemaVersions,
  ...evidenceEventSchemaVersions,
  ...securityAuditEventSchemaVersions,
} as const;

export type StoredEventType = keyof typeof eventSchemaVersions;

/** What brings each older stored event to its current schema version. */
export const eventUpcasters: readonly EventUpcaster[] = [...caseEventUpcasters];

/**
 * The event store's options for the domain's events: new events are stored at their current
 * version, older ones upcast on read. Every store that writes or reads domain events takes it.
 */
export const domainEventCatalogue = {
  schemaVersions: eventSchemaVersions,
  upcasters: eventUpcasters,
} as const;
