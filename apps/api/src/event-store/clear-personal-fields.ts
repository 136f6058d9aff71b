import { Injectable } from '@nestjs/common';
import { type PersonalFields, personalFieldsOf } from '@greenchain/domain';
import {
  erasedValue,
  EventStore,
  isErasedValue,
  isRedactedValue,
  redactedValue,
  type PersonalDataMode,
  type RecordedEvent,
} from '@greenchain/event-store';

type Marker = typeof erasedValue | typeof redactedValue;

/**
 * Events recorded before a field was personal (a company's name and address, free text) hold it in
 * clear, and a recorded event is never rewritten: its hash covers it. Such values are read as if
 * they had been encrypted under the subject the field now belongs to: `{ redacted: true }` for a
 * reader without the right to personal data, `{ erased: true }` once that subject is erased. The
 * clear value stays in the `events` table.
 */
@Injectable()
export class ClearPersonalFields {
  constructor(private readonly store: EventStore) {}

  /** `caseId`: the case of the stream (the exhibit's case for an evidence stream). */
  async hide(
    events: readonly RecordedEvent[],
    caseId: string,
    mode: PersonalDataMode,
  ): Promise<readonly RecordedEvent[]> {
    const groups = events.map((event) => personalFieldsOf(event, caseId));
    const subjects = new Set(groups.flat().map((group) => group.subjectId));
    if (subjects.size === 0) return events;
    // A redacted read shows no personal value at all; a decrypted one already reads every
    // encrypted value of an erased subject as erased, so what is left of it is stored in clear.
    const erased = mode === 'redact' ? undefined : await this.store.erasedSubjects(subjects);
    const markerOf = (subjectId: string): Marker | undefined =>
      erased === undefined ? redactedValue : erased.has(subjectId) ? erasedValue : undefined;
    return events.map((event, index) => hideIn(event, groups[index] ?? [], markerOf));
  }
}

function hideIn(
  event: RecordedEvent,
  groups: readonly PersonalFields[],
  markerOf: (subjectId: string) => Marker | undefined,
): RecordedEvent {
  let data: Record<string, unknown> | undefined;
  for (const { subjectId, paths } of groups) {
    const marker = markerOf(subjectId);
    if (marker === undefined) continue;
    for (const path of paths) {
      const keys = path.split('.');
      const last = keys.pop() ?? '';
      const parentOf = (root: unknown) =>
        keys.reduce<Record<string, unknown>>(
          (node, key) => node[key] as Record<string, unknown>,
          root as Record<string, unknown>,
        );
      const value = parentOf(data ?? event.data)[last];
      if (isErasedValue(value) || isRedactedValue(value)) continue;
      data ??= structuredClone(event.data) as Record<string, unknown>;
      parentOf(data)[last] = marker;
    }
  }
  return data === undefined ? event : { ...event, data };
}
