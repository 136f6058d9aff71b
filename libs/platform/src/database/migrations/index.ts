import { PlatformTables1764300000000 } from './1764300000000-platform-tables';
import { ApiSecurityTables1796000000000 } from './1796000000000-api-security-tables';
import { IdempotentRequests1796100000000 } from './1796100000000-idempotent-requests';
import { SessionsAndRateLimits1796210000000 } from './1796210000000-sessions-and-rate-limits';

export const platformMigrations = [
  PlatformTables1764300000000,
  ApiSecurityTables1796000000000,
  IdempotentRequests1796100000000,
  SessionsAndRateLimits1796210000000,
];
