import { platformMigrations } from './migrations';

/** Every library's migrations, in the order TypeORM runs them (by timestamp). */
export const allMigrations = [...platformMigrations];
