export * from './disclosure/disclosed-table';
export * from './disclosure/small-cells';
export * from './funnel/funnel-figures';
export * from './index/chain-strength';
export * from './money/usd-rate-table';
export * from './statistics/kaplan-meier';
export * from './statistics/quantiles';
export * from './statistics/ratio-distribution';
