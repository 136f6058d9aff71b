export * from './disclosure/small-cells';
export * from './statistics/kaplan-meier';
export * from './statistics/quantiles';
export * from './funnel/funnel-figures';
