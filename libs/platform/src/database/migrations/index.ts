import { PlatformTables1764300000000 } from './1764300000000-platform-tables';

export const platformMigrations = [PlatformTables1764300000000];
