/** A DocumentAttached or DocumentCorrected of a case, as the erasure reads it from the events. */
export interface DocumentFactRow {
  readonly event_type: string;
  readonly document_id: string;
  readonly sha256: string | null;
  readonly personal_data: string;
}

/**
 * The SHA-256 of each file that may show a person, by its marking in force (the last fact about
 * it, in the order given): the files an erasure shreds. A file marked as holding no personal data
 * stays.
 */
export function personalFileHashes(facts: readonly DocumentFactRow[]): string[] {
  const hashes = new Map<string, string>();
  const marking = new Map<string, string>();
  for (const fact of facts) {
    if (fact.event_type === 'DocumentAttached' && fact.sha256 !== null) {
      hashes.set(fact.document_id, fact.sha256);
    }
    marking.set(fact.document_id, fact.personal_data);
  }
  return [...hashes].filter(([id]) => marking.get(id) === 'may-hold').map(([, hash]) => hash);
}
