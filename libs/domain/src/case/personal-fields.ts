import type { DomainEvent } from '../decider';
import type { PartyData } from './case.events';

/** Which fields of an event hold one data subject's personal data, for encryption per subject. */
export interface PersonalFields {
  /** The party id: erasing a subject's key erases these fields in every event of every case. */
  readonly subjectId: string;
  /** Dot paths inside `event.data`, only those present in this event. */
  readonly paths: readonly string[];
}

/**
 * A person's name, birth date, identity document, address and contact are personal. For a company
 * only the contact is (it often names a person); its name and registration stay readable, since
 * legal persons as repeat offenders are what the analysis is about.
 */
const personPaths = ['name', 'dateOfBirth', 'idDocument', 'address', 'contact'] as const;
const companyPaths = ['contact'] as const;

export const personalEventTypes = ['PartyAdded', 'PartyAmended'] as const;

export function personalFieldsOf(event: DomainEvent): PersonalFields | undefined {
  if (!(personalEventTypes as readonly string[]).includes(event.type)) return undefined;
  const data = event.data as PartyData;
  const candidates = data.kind === 'company' ? companyPaths : personPaths;
  const paths = candidates.filter((path) => data[path] !== undefined);
  return { subjectId: data.partyId, paths };
}
