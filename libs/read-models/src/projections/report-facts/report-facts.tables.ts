import type { ProjectionTable } from '../../runner/projection';

/**
 * One row per case: the facts the treaty and enforcement reports read (a ReportCase, without any
 * personal field), and the two dates a report year is chosen by.
 */
export const reportFactsTable: ProjectionTable = {
  name: 'report_facts',
  columns: `
    case_id        text NOT NULL,
    country        text NOT NULL,
    seized_on      date,
    last_fact_on   date,
    facts          jsonb NOT NULL,
    stream_version bigint NOT NULL,
    last_position  bigint NOT NULL,
    PRIMARY KEY (case_id)`,
  indexes: ['country, seized_on, last_fact_on'],
};
