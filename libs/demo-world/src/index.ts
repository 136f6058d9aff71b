export * from './random';
export * from './world/country-profiles';
export * from './world/demo-actors';
export * from './world/generate-world';
export * from './world/plan-case';
export * from './world/scenarios';
export type { PlannedCommand } from './world/story';
export * from './writer/decide-streams';
export * from './writer/world-writer';
