import { caseMoneyProjection } from '../analytics/case-money.projection';
import type { Projection } from '../runner/projection';
import { caseSummaryProjection } from './case-summary/case-summary.projection';
import { caseTimelineProjection } from './case-timeline/case-timeline.projection';
import { deadlinesProjection } from './deadlines/deadlines.projection';
import { defendantsProjection } from './defendants/defendants.projection';
import { evidenceCustodyProjection } from './evidence-custody/evidence-custody.projection';
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
];

export {
  caseSummaryProjection,
  caseTimelineProjection,
  deadlinesProjection,
  defendantsProjection,
  evidenceCustodyProjection,
  stageTransitionsProjection,
};
