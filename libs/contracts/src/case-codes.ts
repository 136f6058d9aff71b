/**
 * Codes the domain accepts in case commands and the console offers as choices: one list for both,
 * so a choice the console offers is one the API accepts.
 */
export const verdictOutcomes = [
  'convicted',
  'acquitted',
  'dismissed_on_merits',
  'dismissed_procedural',
] as const;
export type VerdictOutcome = (typeof verdictOutcomes)[number];

export const appealOutcomes = ['upheld', 'overturned', 'varied'] as const;
export type AppealOutcome = (typeof appealOutcomes)[number];

/**
 * A natural person's sex as the crime statistics break offenders down (UN-CTS: female, male);
 * `unknown` when the officer could not establish it, absent when nobody recorded it.
 */
export const partySexes = ['female', 'male', 'unknown'] as const;
export type PartySex = (typeof partySexes)[number];

/**
 * A natural person's age band at the time of the offence, as UN-CTS breaks persons down: `juvenile`
 * under the national age of criminal majority, `adult` from it; `unknown` when not established. A
 * band, not an age: it is what the statistics ask, and it identifies no one.
 */
export const ageBands = ['adult', 'juvenile', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

export const closeReasons = ['concluded', 'no_offence', 'duplicate', 'merged', 'other'] as const;
export type CloseReason = (typeof closeReasons)[number];

/**
 * Parts of a case another country may see; parties are the personal part. `documents`: the files
 * attached to the parts shared (personal ones only with `parties` too).
 */
export const shareableFields = [
  'seizure',
  'items',
  'parties',
  'prosecution',
  'court',
  'disposal',
  'evidence',
  'documents',
] as const;
export type ShareableField = (typeof shareableFields)[number];
