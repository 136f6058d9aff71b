import { planCase, type GeneratedCase } from './plan-case';
import { dayNumber, isoDay } from './story';

export interface WorldOptions {
  readonly seed: number;
  readonly cases: number;
}

/**
 * The world's "today": every business time lies before it. Fixed by the seed (never the clock) so a
 * world is the same whenever it is generated; seeds shift it by up to three months.
 */
export function worldAsOf(seed: number): string {
  return isoDay(dayNumber('2026-03-31') - (Math.abs(seed) % 90));
}

/** The world's cases one by one, so a large world never sits in memory whole. */
export function* generateWorld(options: WorldOptions): Generator<GeneratedCase> {
  const asOfDay = dayNumber(worldAsOf(options.seed));
  for (let index = 0; index < options.cases; index += 1)
    yield planCase(options.seed, index, asOfDay);
}
