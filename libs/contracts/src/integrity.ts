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
}
