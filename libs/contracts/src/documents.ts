/**
 * Files attached to a case: to the case itself, to one of its exhibits, or to a step of the chain
 * (the referral, a defendant's charges or verdict, a sentence, a disposal of goods). One list for
 * the domain, the API and the console.
 */
export const documentTargetKinds = ['case', 'exhibit', 'step'] as const;
export type DocumentTargetKind = (typeof documentTargetKinds)[number];

/** The steps a file may be attached to, each named by the id the step has in the case. */
export const documentSteps = ['referral', 'charges', 'verdict', 'sentence', 'disposal'] as const;
export type DocumentStep = (typeof documentSteps)[number];

/**
 * Whether a file may show a person (a photograph of a suspect, a passport scan, a judgment naming
 * the accused): `may-hold` unless an officer marked it `none`. Analysts never see `may-hold` files.
 */
export const documentPersonalData = ['may-hold', 'none'] as const;
export type DocumentPersonalData = (typeof documentPersonalData)[number];

export type DocumentTarget =
  | { readonly kind: 'case' }
  | { readonly kind: 'exhibit'; readonly evidenceId: string }
  | { readonly kind: 'step'; readonly step: DocumentStep; readonly stepId: string };

/** Bounds of a file's recorded facts (the stored size limit is configuration). */
export const documentLimits = {
  fileName: 255,
  mediaType: 127,
} as const;

/** A file as the API lists it. */
export interface DocumentSummary {
  readonly documentId: string;
  readonly fileName: string | { readonly redacted: true } | { readonly erased: true };
  readonly declaredType: string;
  readonly detectedType: string;
  readonly size: number;
  readonly sha256: string;
  readonly attachedTo: DocumentTarget;
  readonly personalData: DocumentPersonalData;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly recordedBy: { readonly userId: string; readonly role: string; readonly agency: string };
  /** The bytes were destroyed when a person of the case was erased; the hash stays on record. */
  readonly shredded: boolean;
}
