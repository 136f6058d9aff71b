import { readModelDatabase, type ReadModelFixture } from '../test-support/read-model-fixture';
import { insertRows, replaceCaseRows, writeRows } from './row-writes';

const awkward = `a "quoted", back\\slashed {braced} NULL, ünïcode`;

describe('row writes (one array per column, unnest)', () => {
  let fixture: ReadModelFixture;
  const query = <T>(sql: string) => fixture.database.dataSource.query<T[]>(sql);

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_row_writes');
    await query(`CREATE TABLE typed_rows (
      case_id text, step text, amount numeric(14,2), position bigint, done boolean,
      tags text[], details jsonb, at timestamptz, PRIMARY KEY (case_id, step))`);
    await query(`CREATE TABLE other_rows (id bigint PRIMARY KEY, note text)`);
  });
  afterAll(() => fixture?.database.drop());

  it('writes every column type as its value, awkward text and empty values included', async () => {
    const executor = fixture.database.dataSource;
    await insertRows(
      executor,
      'typed_rows',
      [
        {
          case_id: 'c1',
          step: awkward,
          amount: 1234.5,
          position: 9_007_199_254_740_991,
          done: true,
          tags: [awkward, null, 'CITES'],
          details: { note: awkward, list: [1, 'two'] },
          at: '2026-11-28T10:15:00.123Z',
        },
        { case_id: 'c1', step: 'empty', amount: null, tags: [], details: 'plain' },
      ],
      '',
    );
    const rows = await query<Record<string, unknown>>(
      `SELECT case_id, step, amount::text, position::text, done, tags, details,
              to_json(at)::text AS at FROM typed_rows ORDER BY step = 'empty'`,
    );
    expect(rows).toEqual([
      {
        case_id: 'c1',
        step: awkward,
        amount: '1234.50',
        position: '9007199254740991',
        done: true,
        tags: [awkward, null, 'CITES'],
        details: { note: awkward, list: [1, 'two'] },
        at: '"2026-11-28T10:15:00.123+00:00"',
      },
      {
        case_id: 'c1',
        step: 'empty',
        amount: null,
        position: null,
        done: null,
        tags: [],
        details: 'plain',
        at: null,
      },
    ]);
  });

  it('writes several tables in one statement, each with its conflict rule', async () => {
    const executor = fixture.database.dataSource;
    await writeRows(executor, [
      { table: 'other_rows', rows: [{ id: 1, note: 'first' }], conflict: '' },
      { table: 'typed_rows', rows: [], conflict: '' },
    ]);
    await writeRows(executor, [
      {
        table: 'other_rows',
        rows: [
          { id: 1, note: 'again' },
          { id: 2, note: 'second' },
        ],
        conflict: 'ON CONFLICT (id) DO UPDATE SET note = excluded.note',
      },
      { table: 'typed_rows', rows: [{ case_id: 'c2', step: 'x' }], conflict: '' },
    ]);
    expect(await query(`SELECT id::int, note FROM other_rows ORDER BY id`)).toEqual([
      { id: 1, note: 'again' },
      { id: 2, note: 'second' },
    ]);
    expect(await query(`SELECT step FROM typed_rows WHERE case_id = 'c2'`)).toEqual([
      { step: 'x' },
    ]);
  });

  it("replaces a case's rows: missing keys deleted, others upserted, other cases untouched", async () => {
    const executor = fixture.database.dataSource;
    const key = ['case_id', 'step'];
    await replaceCaseRows(
      executor,
      'typed_rows',
      ['c3'],
      [
        { case_id: 'c3', step: 'a', tags: ['one'] },
        { case_id: 'c3', step: 'b', tags: ['two'] },
      ],
      key,
    );
    await replaceCaseRows(
      executor,
      'typed_rows',
      ['c3'],
      [{ case_id: 'c3', step: 'b', tags: ['changed'] }],
      key,
    );
    expect(await query(`SELECT step, tags FROM typed_rows WHERE case_id = 'c3'`)).toEqual([
      { step: 'b', tags: ['changed'] },
    ]);
    await replaceCaseRows(executor, 'typed_rows', ['c3'], [], key);
    expect(await query(`SELECT step FROM typed_rows WHERE case_id = 'c3'`)).toEqual([]);
    expect(await query(`SELECT count(*)::int AS n FROM typed_rows WHERE case_id = 'c1'`)).toEqual([
      { n: 2 },
    ]);
  });

  it('asks the catalog again after a table changed shape under the same name', async () => {
    const executor = fixture.database.dataSource;
    await query(`CREATE TABLE reshaped (id bigint PRIMARY KEY, value bigint)`);
    await insertRows(executor, 'reshaped', [{ id: 1, value: 5 }], '');
    await query(`DROP TABLE reshaped`);
    await query(`CREATE TABLE reshaped (id bigint PRIMARY KEY, value text[])`);
    await expect(insertRows(executor, 'reshaped', [{ id: 2, value: ['x'] }], '')).rejects.toThrow();
    await insertRows(executor, 'reshaped', [{ id: 2, value: ['x'] }], '');
    expect(await query(`SELECT id::int, value FROM reshaped`)).toEqual([{ id: 2, value: ['x'] }]);
  });
});
