import { type AppSubjectType } from './app-ability';

/** What a refusal calls each subject, in the words of the console's pages rather than class names. */
export const subjectWords: Readonly<Record<AppSubjectType, string>> = {
  Case: 'cases',
  Evidence: 'exhibits',
  User: 'user accounts',
  DataSubject: 'the erasure of personal data',
  Reference: 'reference data',
  Projection: 'the read models (operations)',
  DeadLetter: 'failed jobs (operations)',
  WebhookSubscription: 'webhooks',
  Export: 'exports of the case list',
  Import: 'seizure imports',
  Notification: 'outcome notifications',
  Analytics: 'the analytics',
  IncompleteCases: 'the lists of cases missing data',
  Metrics: 'the service metrics',
  SecurityAudit: 'the security audit trail',
  TreatyReport: 'the treaty and enforcement reports',
};
