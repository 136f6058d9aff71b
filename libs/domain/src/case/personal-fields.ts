import type { DomainEvent } from '../decider';
import { narrativeFieldsOf } from './narrative-fields';

/** Which fields of an event hold one data subject's personal data, for encryption per subject. */
export interface PersonalFields {
  /**
   * A party id (erasing its key erases these fields in every event of every case), or a case's
   * narrative subject (see {@link caseNarrativeSubject}).
   */
  readonly subjectId: string;
  /** Dot paths inside `event.data` (array items by index), only those present in this event. */
  readonly paths: readonly string[];
}

/**
 * The identifying fields of a party, whatever its kind. A party recorded as a company may later be
 * amended to a person (a sole trader, a kind chosen in error), and a fact once recorded can never be
 * encrypted afterwards: so a company's name and address are encrypted under its party key too. A
 * company stays identifiable for analysis by its registration number and country, which are not
 * personal.
 */
export const partyPersonalPaths = [
  'name',
  'dateOfBirth',
  'idDocument',
  'address',
  'contact',
] as const;

export const personalEventTypes = ['PartyAdded', 'PartyAmended'] as const;

/**
 * The subject under whose key a case's free text (notes, reasons, summaries, descriptions, and those
 * of its exhibits) is encrypted. Erasing any person of the case erases it too. The colon keeps it
 * apart from party ids, which never hold one.
 */
export function caseNarrativeSubject(caseId: string): string {
  return `${narrativePrefix}${caseId}`;
}

export function isCaseNarrativeSubject(subjectId: string): boolean {
  return subjectId.startsWith(narrativePrefix);
}

const narrativePrefix = 'case:';

/**
 * Every group of personal fields of an event of a case stream or of an evidence stream of the case
 * `caseId`: the party's identifying fields under the party id, the free text under the case's
 * narrative subject. Groups with no field present are left out.
 */
export function personalFieldsOf(event: DomainEvent, caseId: string): PersonalFields[] {
  const groups: PersonalFields[] = [];
  const party = partyFieldsOf(event);
  if (party) groups.push(party);
  const narrative = narrativeFieldsOf(event);
  if (narrative.length > 0)
    groups.push({ subjectId: caseNarrativeSubject(caseId), paths: narrative });
  return groups;
}

function partyFieldsOf(event: DomainEvent): PersonalFields | undefined {
  if (!(personalEventTypes as readonly string[]).includes(event.type)) return undefined;
  const data = event.data as Readonly<Record<string, unknown>> & { partyId: string };
  const paths = partyPersonalPaths.filter((path) => data[path] !== undefined);
  return paths.length > 0 ? { subjectId: data.partyId, paths } : undefined;
}

/**
 * A copy of the event's data with each personal value replaced by `mark(subjectId, value)` (the
 * event store's `personal` marker, which it encrypts under that subject's key).
 */
export function markedPersonalData(
  event: DomainEvent,
  caseId: string,
  mark: (subjectId: string, value: unknown) => unknown,
): unknown {
  const groups = personalFieldsOf(event, caseId);
  if (groups.length === 0) return event.data;
  const data = structuredClone(event.data) as Record<string, unknown>;
  for (const { subjectId, paths } of groups) {
    for (const path of paths) {
      const keys = path.split('.');
      const last = keys.pop() ?? '';
      let parent = data;
      for (const key of keys) parent = parent[key] as Record<string, unknown>;
      parent[last] = mark(subjectId, parent[last]);
    }
  }
  return data;
}
