import { type ForcedSubject, type MongoAbility, type MongoQuery } from '@casl/ability';
import { type CaseCommandType, type EvidenceCommandType } from '@greenchain/domain';

/**
 * What a user may do. `read` shows a record without personal fields; `readPersonal` adds them (and
 * each such read is logged); `verify` recomputes a hash chain; command types write.
 */
export type AppAction =
  | 'read'
  | 'readPersonal'
  | 'verify'
  | 'manage'
  | 'erase'
  | 'create'
  /** A report-level choice of a country (its treaty reports' own settings, not a case). */
  | 'record'
  | CaseCommandType
  | EvidenceCommandType;

/**
 * A case or evidence item as abilities see it: its country and agency (from the seizure), and the
 * agencies it is currently shared with, as shareRecipient keys (revoked and expired shares left out).
 */
export interface RecordScope {
  readonly country: string;
  readonly agency: string;
  readonly sharedWith: readonly string[];
  /** Agencies whose share includes the parties, so personal fields. */
  readonly personalSharedWith: readonly string[];
}

export type AppSubjectType =
  | 'Case'
  | 'Evidence'
  | 'User'
  | 'DataSubject'
  | 'Reference'
  /** Projection runners and dead-lettered jobs: operated by administrators. */
  | 'Projection'
  | 'DeadLetter'
  /** Partner URLs that receive case outcomes, with their signing secrets. */
  | 'WebhookSubscription'
  /** Case-list files; scope and fields follow the case list of the requester. */
  | 'Export'
  | 'Import'
  /** Outcome notifications of the seizing office. */
  | 'Notification'
  /** Aggregates without personal fields. */
  | 'Analytics'
  /**
   * The cases of the officer's own country missing a fact data completeness looks for (ids and
   * references): a case list, so not for analysts, who read aggregates, nor administrators.
   */
  | 'IncompleteCases'
  /** The Prometheus scrape: request and command figures, no record content. */
  | 'Metrics'
  /** Who signed in, changed accounts, shared, exported, erased: administrators only. */
  | 'SecurityAudit'
  /**
   * The reports a country files with treaty secretariats and networks (CITES, Basel, Montreal
   * Protocol, WCO CEN, UN-CTS): a national focal point's own country, or every country for
   * analysts.
   */
  | 'TreatyReport';

export type CaseScope = RecordScope & ForcedSubject<'Case'>;
export type EvidenceScope = RecordScope & ForcedSubject<'Evidence'>;

export type AppAbility = MongoAbility<
  [AppAction, AppSubjectType | CaseScope | EvidenceScope],
  MongoQuery<RecordScope>
>;
