import { type SecurityAuditOutcome } from '@greenchain/contracts';
import { streamIdOf } from '../streams/stream-type';

/** Why a sign-in was refused; the caller's answer stays the same for all of them. */
export type SignInFailureReason =
  'unknown-account' | 'wrong-password' | 'account-disabled' | 'locked-out' | 'wrong-second-factor';

/**
 * The fields of a user that decide what the account may do, before or after a change. The display
 * name is personal and grants nothing, so a change of it is named (`changedFields`) but not copied.
 */
export interface AuditedProfile {
  readonly role?: string;
  readonly country?: string | null;
  readonly agency?: string | null;
  /** Files the country's treaty reports; absent in entries recorded before it existed. */
  readonly focalPoint?: boolean;
  readonly active?: boolean;
}

/**
 * What happened, by kind: the facts the security audit trail records. `userId` is always the
 * account concerned (the one signing in, locked out, created or changed), which may differ from
 * whoever acted. Case shares are not here: the case streams already record them.
 */
export type SecurityAuditEntry =
  | { readonly kind: 'SignInSucceeded'; readonly userId: string }
  | {
      readonly kind: 'SignInFailed';
      /** The email typed: personal data, stored encrypted (see the recording service). */
      readonly email: string;
      /** The account that email belongs to, when there is one. */
      readonly userId: string | null;
      readonly reason: SignInFailureReason;
    }
  | {
      readonly kind: 'AccountLockedOut';
      readonly userId: string;
      /** ISO 8601 time the lock ends. */
      readonly until: string;
      readonly failedAttempts: number;
    }
  | { readonly kind: 'PasswordChanged'; readonly userId: string }
  | {
      readonly kind: 'PasswordResetIssued';
      readonly userId: string;
      /** ISO 8601 time the reset token stops working. */
      readonly expiresAt: string;
    }
  | { readonly kind: 'SecondFactorEnabled'; readonly userId: string }
  | { readonly kind: 'SecondFactorDisabled'; readonly userId: string }
  | { readonly kind: 'RecoveryCodeUsed'; readonly userId: string; readonly remaining: number }
  | {
      readonly kind: 'SessionsEnded';
      readonly userId: string;
      /** one: a sign-out; others: every session but the caller's; all: every session. */
      readonly scope: 'one' | 'others' | 'all';
      readonly reason: string;
    }
  | { readonly kind: 'UserCreated'; readonly userId: string; readonly profile: AuditedProfile }
  | {
      readonly kind: 'UserUpdated';
      readonly userId: string;
      /** Every field the change altered, the display name included. */
      readonly changedFields: readonly string[];
      /** The audited fields that changed, as they were and as they are. */
      readonly before: AuditedProfile;
      readonly after: AuditedProfile;
    }
  | { readonly kind: 'ExportRequested'; readonly exportId: string; readonly format: string }
  | { readonly kind: 'ExportDownloaded'; readonly exportId: string }
  | { readonly kind: 'DataSubjectErased'; readonly subjectId: string }
  | {
      readonly kind: 'TreatyReportDownloaded';
      readonly report: string;
      readonly country: string;
      readonly year: number;
      /** xlsx or csv for a file, validation for the list of what the report still needs. */
      readonly format: 'xlsx' | 'csv' | 'validation';
      readonly templateVersion: number;
      /** The file's rows, or the cases the validation covers. */
      readonly rows: number;
      /** Whether the personal columns (offenders' nationalities) were filled. */
      readonly personalColumns: boolean;
    }
  | {
      readonly kind: 'IccwcSharingChosen';
      readonly country: string;
      readonly year: number;
      /** False: the Party objects to its CITES illegal trade data going to the ICCWC partners. */
      readonly shared: boolean;
      /** What it was before, or null when the default (shared) stood. */
      readonly before: boolean | null;
    }
  | {
      readonly kind: 'WebhookRegistered';
      readonly webhookId: string;
      readonly url: string;
      readonly agency: string;
      readonly country: string;
    }
  | {
      readonly kind: 'WebhookChanged';
      readonly webhookId: string;
      readonly change: 'secret-rotated';
    }
  | { readonly kind: 'WebhookRemoved'; readonly webhookId: string };

export type SecurityAuditEventType = SecurityAuditEntry['kind'];

/** The kinds recorded in `security-audit` streams (the others come from case streams). */
export const securityAuditEventSchemaVersions: Readonly<Record<SecurityAuditEventType, 1>> = {
  SignInSucceeded: 1,
  SignInFailed: 1,
  AccountLockedOut: 1,
  PasswordChanged: 1,
  PasswordResetIssued: 1,
  SecondFactorEnabled: 1,
  SecondFactorDisabled: 1,
  RecoveryCodeUsed: 1,
  SessionsEnded: 1,
  UserCreated: 1,
  UserUpdated: 1,
  ExportRequested: 1,
  ExportDownloaded: 1,
  DataSubjectErased: 1,
  TreatyReportDownloaded: 1,
  IccwcSharingChosen: 1,
  WebhookRegistered: 1,
  WebhookChanged: 1,
  WebhookRemoved: 1,
};

export const securityAuditEventTypes = Object.keys(
  securityAuditEventSchemaVersions,
) as readonly SecurityAuditEventType[];

/** Where the request came from: the proxy-aware client address and the User-Agent header. */
export interface AuditClient {
  readonly address: string | null;
  readonly userAgent: string | null;
}

/**
 * A stored audit event's data: the entry without its kind (the event type), with the outcome and
 * the client. The actor and the time are the event's metadata, as for every event.
 */
export type SecurityAuditEventData = Omit<SecurityAuditEntry, 'kind'> & {
  readonly outcome: SecurityAuditOutcome;
  readonly client: AuditClient;
};

/** A sign-in failure is the one kind whose outcome is failed; the others record what took effect. */
export function auditOutcomeOf(kind: SecurityAuditEventType): SecurityAuditOutcome {
  return kind === 'SignInFailed' ? 'failed' : 'succeeded';
}

/** The stream type, and every entry's own stream: one event each, so no two appends ever wait. */
export const securityAuditStreamType = 'security-audit';

/** One stream per entry, written once and never decided on, so it needs no StreamType of its own. */
export function securityAuditStreamId(entryId: string): string {
  return streamIdOf(securityAuditStreamType, entryId);
}
