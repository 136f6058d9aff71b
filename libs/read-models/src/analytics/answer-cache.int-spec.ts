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
  /** An answer made of a statement's rows, reshaped as a query class does. */
  const casesIn = (country: string) =>
    answers.answer(['cases', country], async () => {
      const rows = (await database.query(countCases, [country])) as { n: number }[];
      return rows.map(({ n }) => ({ country, cases: n }));
    });
  const country = (detected[0]?.data as { country: string }).country;

  beforeAll(async () => {
    fixture = await readModelDatabase('answer_cache');
    database = new CountingExecutor(fixture.database.dataSource);
    // Room for two answers of one country (28 characters of JSON each), none of 31 or more.
    answers = new AnswerCache(database, 60, 30);
    await addCase();
  });
  afterAll(() => fixture?.database.drop());

  it('answers again from memory while the read models have not moved', async () => {
    expect(await casesIn(country)).toEqual([{ country, cases: 1 }]);
    expect(await casesIn(country)).toEqual([{ country, cases: 1 }]);
    expect(database.timesRun(countCases)).toBe(1);
  });

  it('computes again once a projection has committed, and gives the new answer', async () => {
    await addCase();
    expect(await casesIn(country)).toEqual([{ country, cases: 2 }]);
    expect(database.timesRun(countCases)).toBe(2);
  });

  it('keeps answers to other questions apart', async () => {
    expect(await casesIn('XX')).toEqual([{ country: 'XX', cases: 0 }]);
    expect(database.timesRun(countCases)).toBe(3);
  });

  it('hands each caller a copy of its own to reshape', async () => {
    const first = await casesIn('XX');
    first[0]!.cases = 99;
    expect(await casesIn('XX')).toEqual([{ country: 'XX', cases: 0 }]);
  });

  it('forgets the least recently used answers beyond its budget', async () => {
    const before = database.timesRun(countCases);
    await casesIn('YY');
    await casesIn('ZZ');
    await casesIn('XX');
    expect(database.timesRun(countCases)).toBe(before + 3);
  });

  it.each([
    ['a list', (rows: unknown[]) => rows],
    ['a page', (rows: unknown[]) => ({ rows, total: rows.length })],
  ])('does not keep %s larger than its limit', async (label, shape) => {
    const rows = 'SELECT generate_series(1, $1::int) AS n';
    const longAnswer = () =>
      answers.answer(['long', label], async () =>
        shape((await database.query(rows, [4])) as unknown[]),
      );
    const before = database.timesRun(rows);
    await longAnswer();
    await longAnswer();
    expect(database.timesRun(rows)).toBe(before + 2);
  });

  it.each([
    ['a number that is not finite', { ratio: Number.NaN }],
    ['an undefined', { ratio: undefined }],
    ['a date', { on: new Date(0) }],
  ])('does not keep an answer holding %s, which JSON would change', async (label, row) => {
    let computed = 0;
    const odd = () =>
      answers.answer(['odd', label], () => {
        computed += 1;
        return Promise.resolve([row]);
      });
    expect(await odd()).toEqual([row]);
    expect(await odd()).toEqual([row]);
    expect(computed).toBe(2);
  });
});
