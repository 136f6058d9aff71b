/**
 * The values of one SQL statement, bound in order: each value becomes the next `$n`, so fragments
 * built apart (the filter, a deadline table, a rate table) never collide on a number, and no value
 * is ever written into the statement's text.
 */
export class SqlParameters {
  private readonly bound: unknown[] = [];

  /** The placeholder of this value, to write into the statement where it belongs. */
  bind(value: unknown): string {
    this.bound.push(value);
    return `$${this.bound.length}`;
  }

  get values(): readonly unknown[] {
    return this.bound;
  }
}
