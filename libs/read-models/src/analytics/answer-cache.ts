import type { SqlExecutor } from '@greenchain/event-store';

interface Answer {
  readonly position: string;
  /** The answer as JSON: what it weighs is what it holds, and each caller parses its own copy. */
  readonly json: string;
}

/** Where every projection stands: its subscription (name and generation) and its last position. */
const readModelsPosition = `SELECT coalesce(string_agg(subscription_id || '@' || global_position, ','
                                   ORDER BY subscription_id), '') AS position
                             FROM checkpoints WHERE subscription_id LIKE 'projection:%'`;

/**
 * Analytics answers given again from memory while the read models have not moved (ADR 0012, 0020).
 * An answer is a function of its question (the route, the as-of day, the filter, the group) and the
 * read models' rows, and those rows change only when a projection commits a batch, which moves its
 * checkpoint in the same transaction (a rebuild switches to a new subscription). So an answer
 * computed while the checkpoints read P is exact for as long as they still read P: nothing to
 * expire, nothing stale. Reading them costs one small statement per answer. The position is read
 * before the answer is computed: an answer may hold rows newer than the position it is filed under,
 * never older, and once such rows are committed no later read of the position matches it again.
 * The whole answer is kept, not the rows of its statements: those can be one per defendant or per
 * day, too many to keep, while the answer has a row per group. Memory is bounded by the answers'
 * size, not their number: a time-in-stage answer with its survival curves weighs a thousand funnels.
 * An answer is kept as its JSON text, a fraction of what the same objects take on the heap; one that
 * JSON would not give back as it is (a date, an undefined, a number that is not finite) is not kept.
 */
export class AnswerCache {
  private readonly answers = new Map<string, Answer>();
  private kept = 0;

  constructor(
    private readonly executor: SqlExecutor,
    /** What all answers kept weigh at most, in characters of JSON. */
    private readonly budget = 32_000_000,
    /** Larger answers (a file of cases, a survival curve per day of a large filter) are not kept. */
    private readonly largest = budget / 4,
  ) {}

  /**
   * The answer to `question` (every value the answer depends on, the reader's country among them),
   * computed by `compute` unless known at the read models' current position.
   */
  async answer<T>(question: readonly unknown[], compute: () => Promise<T>): Promise<T> {
    const position = await this.position();
    const key = JSON.stringify(question);
    const known = this.answers.get(key);
    this.forget(key);
    if (known?.position === position) {
      this.keep(key, known);
      return JSON.parse(known.json) as T;
    }
    const value = await compute();
    const json = asJson(value);
    if (json !== undefined && json.length <= this.largest) this.keep(key, { position, json });
    return value;
  }

  /** Kept as the most recently used; the least recently used go while over the budget. */
  private keep(key: string, answer: Answer): void {
    this.answers.set(key, answer);
    this.kept += answer.json.length;
    for (const oldest of this.answers.keys()) {
      if (this.kept <= this.budget) break;
      this.forget(oldest);
    }
  }

  private forget(key: string): void {
    this.kept -= this.answers.get(key)?.json.length ?? 0;
    this.answers.delete(key);
  }

  private async position(): Promise<string> {
    const rows = (await this.executor.query(readModelsPosition)) as { position: string }[];
    return rows[0]?.position ?? '';
  }
}

/** The value as JSON, or undefined when parsing that JSON would not give the same value back. */
function asJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, function exact(this: unknown, key: string, held: unknown) {
      const own = (this as Record<string, unknown>)[key];
      const lost = held === undefined || (typeof held === 'number' && !Number.isFinite(held));
      if (own instanceof Date || lost) {
        throw new NotJson();
      }
      return held;
    });
  } catch (error) {
    if (error instanceof NotJson) return undefined;
    throw error;
  }
}

class NotJson extends Error {}
