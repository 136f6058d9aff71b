import { securityAuditEventTypes, type AuditClient } from '@greenchain/domain';
import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { actorOf, caseIdOf } from '../../shared/case-events';
import { insertRows } from '../../shared/row-writes';
import { securityAuditTable } from './security-audit.tables';

/** Case events that are security facts too: read from the case streams, not recorded twice. */
const caseShareEvents: ReadonlySet<string> = new Set(['CaseShared', 'CaseShareRevoked']);

/** Facts that have a column of their own, or that a read model must not hold. */
const notDetails: ReadonlySet<string> = new Set([
  'userId',
  'outcome',
  'client',
  'email',
  'occurredAt',
  'dateOrderReason',
  'exportId',
  'subjectId',
  'webhookId',
]);

type Facts = Readonly<Record<string, unknown>>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function targetOf(event: RecordedEvent, facts: Facts): string | null {
  if (caseShareEvents.has(event.type)) return caseIdOf(event.streamId);
  return text(facts.exportId) ?? text(facts.subjectId) ?? text(facts.webhookId);
}

function detailsOf(facts: Facts): Facts {
  return Object.fromEntries(Object.entries(facts).filter(([key]) => !notDetails.has(key)));
}

function rowOf(event: RecordedEvent) {
  const facts = event.data as Facts;
  const client = (facts.client ?? {}) as Partial<AuditClient>;
  const actor = actorOf(event);
  return {
    global_position: event.globalPosition,
    event_id: event.eventId,
    kind: event.type,
    outcome: text(facts.outcome) ?? 'succeeded',
    actor_user_id: actor.userId,
    actor_role: actor.role,
    user_id: text(facts.userId),
    target_id: targetOf(event, facts),
    client_address: text(client.address),
    user_agent: text(client.userAgent),
    details: detailsOf(facts),
    recorded_at: event.metadata.recordedAt,
  };
}

/**
 * The security audit trail for administrators. Events are read redacted, as by every projection:
 * a failed sign-in's email never reaches this table, only the account it belongs to.
 */
export const securityAuditProjection: Projection = {
  name: 'security-audit',
  version: 1,
  tables: [securityAuditTable],
  eventTypes: new Set([...securityAuditEventTypes, ...caseShareEvents]),

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    await insertRows(
      context.executor,
      context.table(securityAuditTable.name),
      events.map(rowOf),
      'ON CONFLICT (global_position) DO NOTHING',
    );
  },
};
