import { caseEventSchemaVersions } from './case/case.events';
import { evidenceEventSchemaVersions } from './evidence/evidence.events';
import { securityAuditEventSchemaVersions } from './security-audit/security-audit.events';

/** Every stored event type and its current schema version, for the event store's upcasters. */
export const eventSchemaVersions = {
  ...caseEventSchemaVersions,
  ...evidenceEventSchemaVersions,
  ...securityAuditEventSchemaVersions,
} as const;

export type StoredEventType = keyof typeof eventSchemaVersions;
