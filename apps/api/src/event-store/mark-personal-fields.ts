import { type DomainEvent, personalFieldsOf } from '@greenchain/domain';
import { type NewEvent, personal } from '@greenchain/event-store';

/**
 * Wraps each personal value of a decided event with `personal(subjectId, value)`, so the store
 * encrypts it under the data subject's own key (erasable by destroying that key).
 */
export function markPersonalFields(event: DomainEvent): NewEvent {
  const fields = personalFieldsOf(event);
  if (!fields || fields.paths.length === 0) return event;
  const data = structuredClone(event.data) as Record<string, unknown>;
  for (const path of fields.paths) {
    const keys = path.split('.');
    const last = keys.pop();
    let parent: Record<string, unknown> | undefined = data;
    for (const key of keys) parent = parent?.[key] as Record<string, unknown> | undefined;
    if (parent && last !== undefined && parent[last] !== undefined) {
      parent[last] = personal(fields.subjectId, parent[last]);
    }
  }
  return { ...event, data };
}
