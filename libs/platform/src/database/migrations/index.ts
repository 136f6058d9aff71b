import { PlatformTables1764300000000 } from './1764300000000-platform-tables';
import { ApiSecurityTables1796000000000 } from './1796000000000-api-security-tables';
import { IdempotentRequests1796100000000 } from './1796100000000-idempotent-requests';
import { PasswordResetLinks1796220000000 } from './1796220000000-password-reset-links';

export const platformMigrations = [
  PlatformTables1764300000000,
  ApiSecurityTables1796000000000,
  IdempotentRequests1796100000000,
  PasswordResetLinks1796220000000,
];
