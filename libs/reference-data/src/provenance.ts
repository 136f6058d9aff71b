/** How sure the research was of a fact: seen in a source, or recalled and not re-checked (see data/SOURCES.md). */
export type Confidence = 'verified' | 'recalled';

/** A record whose fields were not all equally sure carries `mixed` with a per-field breakdown. */
export type RecordConfidence = Confidence | 'mixed';

export interface CodedEntry {
  readonly code: string;
  readonly confidence?: Confidence;
  readonly note?: string;
}

export function normaliseCode(value: string): string {
  return value.trim().toUpperCase();
}
