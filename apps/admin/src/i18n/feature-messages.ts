import * as access from '../access/access.messages';
import * as analytics from '../analytics/analytics.messages';
import * as cases from '../cases/cases.messages';
import * as countries from '../analytics/countries/countries.messages';
import * as dashboard from '../dashboard/dashboard.messages';
import * as documents from '../documents/documents.messages';
import * as evidence from '../evidence/evidence.messages';
import * as common from './common.messages';
import * as layout from '../layout/layout.messages';
import * as notifications from '../notifications/notifications.messages';
import * as operations from '../operations/operations.messages';
import * as secondFactor from '../second-factor/second-factor.messages';
import * as passwords from '../passwords/passwords.messages';
import * as reports from '../reports/reports.messages';
import * as seizureEntry from '../cases/seizure-entry.messages';
import * as securityAudit from '../security-audit/security-audit.messages';
import * as sessions from '../sessions/sessions.messages';
import * as system from '../system/system.messages';
import * as users from '../users/users.messages';
import * as weakSentences from '../analytics/weak-sentences/weak-sentences.messages';

/**
 * Every feature's catalogue (`<feature>/<feature>.messages.ts`, keys under `<feature>.*`) and the
 * common one (`common.*`, strings more than one feature shows); the key-set test reads this list.
 * Code names are apart (`./code-labels`): English comes with the reference lists themselves.
 */
export const featureMessages = {
  access,
  analytics,
  cases,
  common,
  countries,
  dashboard,
  documents,
  evidence,
  layout,
  notifications,
  operations,
  securityAudit,
  secondFactor,
  passwords,
  reports,
  seizureEntry,
  sessions,
  system,
  users,
  weakSentences,
};
