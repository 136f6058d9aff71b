/**
 * The kinds of entry in the security audit trail. Most are events of their own stream type
 * (`security-audit`); CaseShared and CaseShareRevoked are the case events themselves, read from the
 * case streams rather than recorded twice.
 */
export const securityAuditKinds = [
  'SignInSucceeded',
  'SignInFailed',
  'AccountLockedOut',
  'PasswordChanged',
  'PasswordResetIssued',
  'SecondFactorEnabled',
  'SecondFactorDisabled',
  'RecoveryCodeUsed',
  'SessionsEnded',
  'UserCreated',
  'UserUpdated',
  'CaseShared',
  'CaseShareRevoked',
  'ExportRequested',
  'ExportDownloaded',
  'DataSubjectErased',
  'TreatyReportDownloaded',
  'IccwcSharingChosen',
  'WebhookRegistered',
  'WebhookChanged',
  'WebhookRemoved',
] as const;

export type SecurityAuditKind = (typeof securityAuditKinds)[number];

/** succeeded: the action took effect; failed: it was attempted and did not (a wrong password). */
export const securityAuditOutcomes = ['succeeded', 'failed'] as const;

export type SecurityAuditOutcome = (typeof securityAuditOutcomes)[number];

/** One row of the audit trail as administrators read it (GET /api/security-audit). */
export interface SecurityAuditRecord {
  /** The event's global position, as text: the order in which entries were recorded. */
  readonly id: string;
  readonly kind: SecurityAuditKind;
  readonly outcome: SecurityAuditOutcome;
  /** Who acted; null when nobody was signed in (a failed sign-in). */
  readonly actorUserId: string | null;
  readonly actorRole: string | null;
  /** The account the entry is about (the one signing in, created, changed), if any. */
  readonly userId: string | null;
  /** The record it is about: a case, an export, a webhook, a data subject. */
  readonly targetId: string | null;
  readonly clientAddress: string | null;
  readonly userAgent: string | null;
  /** What else the entry says (before/after of a change, a reason, a format), never a personal value. */
  readonly details: Readonly<Record<string, unknown>>;
  readonly recordedAt: string;
}
