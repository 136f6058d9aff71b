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
