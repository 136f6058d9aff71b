/** A file of a case, its stored bytes hashed again against the SHA-256 on record. */
export interface DocumentCheck {
  readonly documentId: string;
  readonly sha256: string;
  /** shredded: destroyed on an erasure, on purpose (the hash stays on record). */
  readonly condition: 'intact' | 'altered' | 'missing' | 'shredded';
}

/** GET /api/cases/:id/integrity (and of an exhibit): a stream's hash chain, recomputed. */
export interface IntegrityReport {
  readonly streamId: string;
  /** True when every event is present, unaltered and linked. */
  readonly valid: boolean;
  /** The verified version (when valid). */
  readonly version?: number;
  /** The first broken position (when not valid). */
  readonly brokenAt?: number;
  readonly reason?: string;
  /** SHA-256 head of the chain, hex. */
  readonly headHash?: string;
  readonly verifiedAt: string;
  /** A case's files (not an exhibit's stream): valid is false when any is altered or missing. */
  readonly documents?: readonly DocumentCheck[];
}
