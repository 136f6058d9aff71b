import type { ProjectionTable } from '../../runner/projection';

/**
 * The clocks running on open cases, one per awaited step (and defendant for the verdict). Due
 * dates are computed when scanning, from the per-country deadlines in force then.
 */
export const deadlinesTable: ProjectionTable = {
  name: 'stage_deadlines',
  columns: `
    case_id         text NOT NULL,
    step            text NOT NULL,
    party_id        text NOT NULL,
    country         text NOT NULL,
    started_on      date NOT NULL,
    missed_deadline date,
    PRIMARY KEY (case_id, step, party_id)`,
  indexes: ['step, started_on'],
};
