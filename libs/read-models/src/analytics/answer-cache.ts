import type { SqlExecutor } from '@greenchain/event-store';

interface Answer {
  readonly position: string;
  readonly value: unknown;
  /** Its length as JSON: what it weighs against the cache's budget. */
  readonly size: number;
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
 */
export class AnswerCache {
  private readonly answers = new Map<string, Answer>();
  private kept = 0;

  constructor(
    private readonly executor: SqlExecutor,
    /** What all answers kept weigh at most, in characters of JSON (the heap holds a few times that). */
    private readonly budget = 16_000_000,
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
      return structuredClone(known.value) as T;
    }
    const value = await compute();
    const size = JSON.stringify(value)?.length ?? 0;
    // Callers may reshape what they get: the kept copy is their own.
    if (size <= this.largest) this.keep(key, { position, value: structuredClone(value), size });
    return value;
  }

  /** Kept as the most recently used; the least recently used go while over the budget. */
  private keep(key: string, answer: Answer): void {
    this.answers.set(key, answer);
    this.kept += answer.size;
    for (const oldest of this.answers.keys()) {
      if (this.kept <= this.budget) break;
      this.forget(oldest);
    }
  }

  private forget(key: string): void {
    this.kept -= this.answers.get(key)?.size ?? 0;
    this.answers.delete(key);
  }

  private async position(): Promise<string> {
    const rows = (await this.executor.query(readModelsPosition)) as { position: string }[];
    return rows[0]?.position ?? '';
  }
}
