import { PlatformTables1764300000000 } from './1764300000000-platform-tables';
import { ApiSecurityTables1796000000000 } from './1796000000000-api-security-tables';
import { IdempotentRequests1796100000000 } from './1796100000000-idempotent-requests';
import { PlatformGrants1796200000100 } from './1796200000100-platform-grants';
import { SessionsAndRateLimits1796210000000 } from './1796210000000-sessions-and-rate-limits';
import { PasswordResetLinks1796220000000 } from './1796220000000-password-reset-links';
import { SecondFactors1796230000000 } from './1796230000000-second-factors';
import { PartyCasesIndex1796250000000 } from './1796250000000-party-cases-index';
import { AccessLogRetentionIndex1796260000000 } from './1796260000000-access-log-retention-index';
import { AccessLogPurge1796270000000 } from './1796270000000-access-log-purge';
import { AccountSecurityGrants1796270000100 } from './1796270000100-account-security-grants';
import { DocumentBlobs1796500000000 } from './1796500000000-document-blobs';
import { DocumentChunkTimes1796500000100 } from './1796500000100-document-chunk-times';
import { UserFocalPoints1796700000000 } from './1796700000000-user-focal-points';
import { IccwcSharingChoices1796700000100 } from './1796700000100-iccwc-sharing-choices';
import { EvidenceCaseIndex1796800000000 } from './1796800000000-evidence-case-index';
import { DocumentUploadSessions1796900000000 } from './1796900000000-document-upload-sessions';

export const platformMigrations = [
  PlatformTables1764300000000,
  ApiSecurityTables1796000000000,
  IdempotentRequests1796100000000,
  PlatformGrants1796200000100,
  SessionsAndRateLimits1796210000000,
  PasswordResetLinks1796220000000,
  SecondFactors1796230000000,
  PartyCasesIndex1796250000000,
  AccessLogRetentionIndex1796260000000,
  AccessLogPurge1796270000000,
  AccountSecurityGrants1796270000100,
  DocumentBlobs1796500000000,
  DocumentChunkTimes1796500000100,
  UserFocalPoints1796700000000,
  IccwcSharingChoices1796700000100,
  EvidenceCaseIndex1796800000000,
  DocumentUploadSessions1796900000000,
];
