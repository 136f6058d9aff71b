import { caseEventSchemaVersions } from './case/case.events';
import { evidenceEventSchemaVersions } from './evidence/evidence.events';

/** Every stored event type and its current schema version, for the event store's upcasters. */
export const eventSchemaVersions = {
  ...caseEventSchemaVersions,
  ...evidenceEventSchemaVersions,
} as const;

export type StoredEventType = keyof typeof eventSchemaVersions;
