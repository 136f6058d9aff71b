import { ProjectionStatus1795900000000 } from './1795900000000-projection-status';
import { JobTables1795900000001 } from './1795900000001-job-tables';
import { WebhookSubscriptions1795900000002 } from './1795900000002-webhook-subscriptions';
import { FileJobs1795900000003 } from './1795900000003-file-jobs';
import { WebhookSecretSealed1795920000001 } from './1795920000001-webhook-secret-sealed';
import { DropFoldedStateTables1795930000000 } from './1795930000000-drop-folded-state-tables';
import { ReadModelSchema1796200000000 } from './1796200000000-read-model-schema';
import { ReadModelGrants1796200000001 } from './1796200000001-read-model-grants';

/** The worker's migrations (read models and jobs); the application composes them with the others'. */
export const readModelMigrations = [
  ProjectionStatus1795900000000,
  JobTables1795900000001,
  WebhookSubscriptions1795900000002,
  FileJobs1795900000003,
  WebhookSecretSealed1795920000001,
  DropFoldedStateTables1795930000000,
  ReadModelSchema1796200000000,
  ReadModelGrants1796200000001,
];
