import { ProjectionStatus1795900000000 } from './1795900000000-projection-status';

/** The read models' migrations; the application composes them with the other libraries'. */
export const readModelMigrations = [ProjectionStatus1795900000000];
