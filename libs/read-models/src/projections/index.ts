import type { Projection } from '../runner/projection';
import { caseHistoryProjection } from './case-history/case-history.projection';
import { caseMoneyProjection } from './case-money/case-money.projection';
import { caseSummaryProjection } from './case-summary/case-summary.projection';
import { caseTimelineProjection } from './case-timeline/case-timeline.projection';
import { deadlinesProjection } from './deadlines/deadlines.projection';
import { defendantsProjection } from './defendants/defendants.projection';
import { evidenceCustodyProjection } from './evidence-custody/evidence-custody.projection';
import { reportFactsProjection } from './report-facts/report-facts.projection';
import { securityAuditProjection } from './security-audit/security-audit.projection';
import { stageTransitionsProjection } from './stage-transitions/stage-transitions.projection';

/** Every projection the worker runs. */
export const allProjections: readonly Projection[] = [
  caseSummaryProjection,
  caseTimelineProjection,
  deadlinesProjection,
  defendantsProjection,
  evidenceCustodyProjection,
  stageTransitionsProjection,
  caseMoneyProjection,
  caseHistoryProjection,
  securityAuditProjection,
  reportFactsProjection,
];

/**
 * Connections a worker holds for as long as it leads: one per projection runner and one for the job
 * dispatcher's runner (each keeps its leader lock on its own session). A pool needs these on top of
 * what requests and jobs use, or in one process the runners could take every connection.
 */
export const runnerConnections = allProjections.length + 1;

export {
  caseHistoryProjection,
  caseMoneyProjection,
  caseSummaryProjection,
  caseTimelineProjection,
  deadlinesProjection,
  defendantsProjection,
  evidenceCustodyProjection,
  reportFactsProjection,
  securityAuditProjection,
  stageTransitionsProjection,
};
