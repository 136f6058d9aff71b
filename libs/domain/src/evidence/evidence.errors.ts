import { DomainError } from '../domain-error';

export const evidenceErrorCodes = [
  'evidence/actor-not-allowed',
  'evidence/not-registered',
  'evidence/already-registered',
  'evidence/conflicting-repeat',
  'evidence/not-current-holder',
  'evidence/same-holder',
  'evidence/already-sealed',
  'evidence/not-sealed',
  'evidence/seal-mismatch',
  'evidence/released',
  'evidence/destroyed',
  'evidence/date-out-of-order',
] as const;
export type EvidenceErrorCode = (typeof evidenceErrorCodes)[number];

export function evidenceError(code: EvidenceErrorCode, message: string, field?: string): never {
  throw new DomainError(code, message, field);
}
