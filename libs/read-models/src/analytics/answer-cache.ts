import type { SqlExecutor } from '@greenchain/event-store';

interface Answer {
  readonly position: string;
  readonly rows: unknown;
}

/** Where every projection stands: its subscription (name and generation) and its last position. */
const readModelsPosition = `SELECT coalesce(string_agg(subscription_id || '@' || global_position, ','
                                   ORDER BY subscription_id), '') AS position
                             FROM checkpoints WHERE subscription_id LIKE 'projection:%'`;

/**
 * Analytics statements answered again from memory while the read models have not moved. An answer
 * is a function of the statement, its values (the as-of day among them) and the read models' rows,
 * and those rows change only when a projection commits a batch, which moves its checkpoint in the
 * same transaction (a rebuild switches to a new subscription). So an answer computed while the
 * checkpoints read P is exact for as long as they still read P: nothing to expire, nothing stale.
 * Reading them costs one small statement per query. The position is read before the statement
 * runs: an answer may hold rows newer than the position it is filed under, never older, and once
 * such rows are committed no later read of the position matches it again.
 */
export class AnswerCache implements SqlExecutor {
  private readonly answers = new Map<string, Answer>();

  constructor(
    private readonly executor: SqlExecutor,
    private readonly capacity = 256,
    /** Longer answers (lists of cases) are not kept: they would crowd out the aggregates. */
    private readonly largestRows = 2_000,
  ) {}

  async query(sql: string, parameters: unknown[] = []): Promise<unknown> {
    const position = await this.position();
    const key = `${sql}\u0000${JSON.stringify(parameters)}`;
    const known = this.answers.get(key);
    this.answers.delete(key);
    if (known?.position === position) {
      this.answers.set(key, known);
      return structuredClone(known.rows);
    }
    const rows = await this.executor.query(sql, parameters);
    if (!Array.isArray(rows) || rows.length <= this.largestRows) this.keep(key, position, rows);
    return rows;
  }

  /** Callers may reshape what they get: the kept copy is their own. */
  private keep(key: string, position: string, rows: unknown): void {
    this.answers.set(key, { position, rows: structuredClone(rows) });
    for (const oldest of this.answers.keys()) {
      if (this.answers.size <= this.capacity) break;
      this.answers.delete(oldest);
    }
  }

  private async position(): Promise<string> {
    const rows = (await this.executor.query(readModelsPosition)) as { position: string }[];
    return rows[0]?.position ?? '';
  }
}
