import { eventStoreMigrations } from '@greenchain/event-store';
import { readModelMigrations } from '@greenchain/read-models';
import { platformMigrations } from './migrations';

/** Every library's migrations; TypeORM runs them in timestamp order. */
export const allMigrations = [
  ...platformMigrations,
  ...eventStoreMigrations,
  ...readModelMigrations,
];
