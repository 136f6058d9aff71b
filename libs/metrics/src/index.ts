export * from './disclosure/small-cells';
export * from './statistics/kaplan-meier';
export * from './statistics/quantiles';
export * from './statistics/ratio-distribution';
export * from './money/usd-rate-table';
