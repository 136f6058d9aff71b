import { createHash } from 'node:crypto';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * A full 128-bit generator state from a label ("seed 7, case 12"), through SHA-256 so that labels
 * differing in one digit give unrelated states (and 100,000 cases no shared 32-bit seed).
 */
function stateOf(label: string): number[] {
  const digest = createHash('sha256').update(label).digest();
  const state = [0, 4, 8, 12].map((offset) => digest.readInt32LE(offset));
  return state.every((word) => word === 0) ? [1, 0, 0, 0] : state;
}

/**
 * A seeded source of choices. Every case draws from its own generator (seed and case number), so a
 * case is the same whether the world is generated whole, in slices, or in another order.
 */
export class Random {
  private constructor(private readonly generator: RandomGenerator) {}

  static of(...labels: readonly (string | number)[]): Random {
    return new Random(xoroshiro128plusFromState(stateOf(labels.join('|'))));
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  /** A number in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** One of the entries, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let threshold = this.float() * total;
    for (const [item, weight] of entries) {
      threshold -= weight;
      if (threshold < 0) return item;
    }
    const last = entries.at(-1);
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /**
   * A duration in days skewed towards its lower end, as stage durations are: most files move in
   * weeks, a few take years.
   */
  days(min: number, max: number): number {
    const skewed = this.float() * this.float();
    return Math.round(min + skewed * (max - min));
  }

  /** Distinct items, as many as asked (or all of them). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(this.int(0, pool.length - 1), 1)[0] as T);
    }
    return chosen;
  }

  /** A UUID (version 4 layout) drawn from the generator: ids repeat exactly with the seed. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      (this.int(0, 0xffffffff) >>> 0).toString(16).padStart(8, '0'),
    ).join('');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `4${hex.slice(13, 16)}`,
      `${variant}${hex.slice(17, 20)}`,
      hex.slice(20, 32),
    ].join('-');
  }
}
