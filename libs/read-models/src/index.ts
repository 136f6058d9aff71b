export * from './analytics/analytics-scope';
export * from './analytics/answer-cache';
export * from './analytics/chain-breakdown.query';
export * from './analytics/chain-breakdown.table';
export * from './analytics/chain-funnel.query';
export * from './analytics/chain-strength.query';
export * from './analytics/chain-strength.table';
export * from './analytics/drop-outs.query';
export * from './analytics/completeness.query';
export * from './analytics/penalty-adequacy';
export * from './analytics/penalty-adequacy.query';
export * from './analytics/penalty-bins.query';
export * from './analytics/stalled.query';
export * from './analytics/time-in-stage.query';
export * from './analytics/usd-rates';
export * from './analytics/weak-sentences.query';
export * from './exports';
export * from './jobs';
export * from './migrations';
export * from './outgoing';
export * from './projections';
export * from './projections/case-summary/case-summary.query';
export * from './projections/case-summary/stalled-deadlines';
export * from './projections/case-timeline/case-timeline.query';
export * from './projections/defendants/defendants.query';
export * from './projections/evidence-custody/evidence-custody.query';
export * from './projections/report-facts/report-case';
export * from './projections/report-facts/report-facts.query';
export * from './projections/security-audit/security-audit.query';
export * from './projections/stage-transitions/stage-transitions.query';
export * from './runner/projection';
export * from './runner/projection-lag';
export * from './runner/projection-runner';
export * from './runner/projection-status';
export * from './runner/projection-wake';
export * from './runner/shared-batch-reads';
export { PollingLoop } from './shared/polling-loop';
export { SecretSeal } from './shared/secret-seal';
export { StreamSnapshots } from './shared/stream-snapshots';
export { StreamStates } from './shared/stream-state-fold';
export { physicalTableName } from './runner/projection-tables';
export {
  InvalidListParamsError,
  maxPageSize,
  quotedName,
  type ListParams,
  type ListResult,
  type SortOrder,
} from './shared/list-query';
export * from './analytics/money/sentenced-defendants.sql';
export * from './analytics/money/usd-rate-table-answer';
export * from './analytics/analytics-table';
export * from './analytics/chain-funnel.table';
export * from './analytics/drop-outs.table';
export * from './analytics/penalty-adequacy.table';
export * from './analytics/penalty-bins.table';
export * from './analytics/stalled.table';
export * from './analytics/completeness.table';
export * from './analytics/time-in-stage.table';
export * from './analytics/weak-sentences.table';
