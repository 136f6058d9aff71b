import { randomUUID } from 'node:crypto';
import { caseStream } from '@greenchain/domain';
import { detected } from '@greenchain/domain/fixtures/case.fixtures';
import type { SqlExecutor } from '@greenchain/event-store';
import { caseHistoryProjection } from '../projections';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { AnswerCache } from './answer-cache';

const countCases = 'SELECT count(*)::int AS n FROM case_history WHERE country = $1';

/** The statements that reached the database, the read models' position among them. */
class CountingExecutor implements SqlExecutor {
  readonly statements: string[] = [];

  constructor(private readonly executor: SqlExecutor) {}

  query(sql: string, parameters?: unknown[]): Promise<unknown> {
    this.statements.push(sql);
    return this.executor.query(sql, parameters);
  }

  timesRun(sql: string): number {
    return this.statements.filter((statement) => statement === sql).length;
  }
}

describe('AnswerCache over the read models', () => {
  let fixture: ReadModelFixture;
  let database: CountingExecutor;
  let answers: AnswerCache;
  const addCase = async () => {
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), detected);
    await project(fixture, caseHistoryProjection);
  };

  beforeAll(async () => {
    fixture = await readModelDatabase('answer_cache');
    database = new CountingExecutor(fixture.database.dataSource);
    answers = new AnswerCache(database, 2, 3);
    await addCase();
  });
  afterAll(() => fixture?.database.drop());

  it('answers again from memory while the read models have not moved', async () => {
    const country = (detected[0]?.data as { country: string }).country;
    expect(await answers.query(countCases, [country])).toEqual([{ n: 1 }]);
    expect(await answers.query(countCases, [country])).toEqual([{ n: 1 }]);
    expect(database.timesRun(countCases)).toBe(1);
  });

  it('computes again once a projection has committed, and gives the new answer', async () => {
    const country = (detected[0]?.data as { country: string }).country;
    await addCase();
    expect(await answers.query(countCases, [country])).toEqual([{ n: 2 }]);
    expect(database.timesRun(countCases)).toBe(2);
  });

  it('keeps answers to other values apart', async () => {
    expect(await answers.query(countCases, ['XX'])).toEqual([{ n: 0 }]);
    expect(database.timesRun(countCases)).toBe(3);
  });

  it('hands each caller a copy of its own to reshape', async () => {
    const first = (await answers.query(countCases, ['XX'])) as { n: number }[];
    first[0]!.n = 99;
    expect(await answers.query(countCases, ['XX'])).toEqual([{ n: 0 }]);
  });

  it('forgets the least recently used answer beyond its capacity', async () => {
    const before = database.timesRun(countCases);
    await answers.query(countCases, ['YY']);
    await answers.query(countCases, ['ZZ']);
    await answers.query(countCases, ['XX']);
    expect(database.timesRun(countCases)).toBe(before + 3);
  });

  it('does not keep answers longer than its row limit', async () => {
    const rows = 'SELECT generate_series(1, $1::int) AS n';
    await answers.query(rows, [4]);
    await answers.query(rows, [4]);
    expect(database.timesRun(rows)).toBe(2);
  });
});
