import data from './data/agreements.json';
import type { Confidence, RecordConfidence } from './provenance';

export const agreementCodes = ['MP', 'BC', 'RC', 'SC', 'CITES', 'CPB', 'CWC', 'MC'] as const;
export type AgreementCode = (typeof agreementCodes)[number];

export interface Agreement {
  readonly code: AgreementCode;
  readonly name: string;
  readonly adopted: string;
  readonly inForce: string;
  readonly secretariat: string;
  readonly illegalTradeReporting: string;
  readonly confidence: RecordConfidence;
  readonly fieldConfidence: Readonly<Record<string, Confidence>>;
  /** Minamata is outside the Green Customs core set; it is kept but flagged. */
  readonly optional: boolean;
  readonly note?: string;
}

export const agreements = data as readonly Agreement[];

export function isAgreementCode(value: unknown): value is AgreementCode {
  return typeof value === 'string' && (agreementCodes as readonly string[]).includes(value);
}

export function agreement(code: string): Agreement | undefined {
  return agreements.find((entry) => entry.code === code);
}
