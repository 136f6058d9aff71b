import type { SqlExecutor } from '@greenchain/event-store';
import { anyOf, InvalidListParamsError, listRows, type ListSpec } from './list-query';

/** Records each statement and its parameters; answers as an empty table would. */
function recordingExecutor() {
  const statements: { sql: string; parameters: unknown[] }[] = [];
  const executor: SqlExecutor = {
    query: (sql: string, parameters: unknown[] = []) => {
      statements.push({ sql, parameters });
      return Promise.resolve(sql.includes('AS total') ? [{ total: '0' }] : []);
    },
  };
  return { executor, statements };
}

const spec: ListSpec = {
  from: 'things',
  fields: { id: 'id', name: 'name' },
  filters: { name: anyOf('name') },
  defaultSort: ['name', 'ASC'],
  tieBreaker: 'id',
};

const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
const injected = "x') OR (SELECT 1 FROM pg_sleep(1)) IS NOT NULL OR ('";

async function refusal(run: () => Promise<unknown>): Promise<InvalidListParamsError> {
  const error = await run().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InvalidListParamsError);
  return error as InvalidListParamsError;
}

describe('listRows and names taken from a request', () => {
  it.each(prototypeNames)('refuses %s as a filter field before any SQL runs', async (name) => {
    const { executor, statements } = recordingExecutor();
    const filter = JSON.parse(`{${JSON.stringify(name)}: ${JSON.stringify(injected)}}`) as Record<
      string,
      unknown
    >;
    const error = await refusal(() => listRows(executor, spec, { filter }));
    expect(error.parameter).toBe('filter');
    expect(statements).toEqual([]);
  });

  it.each(prototypeNames)('refuses %s as a sort field before any SQL runs', async (name) => {
    const { executor, statements } = recordingExecutor();
    const error = await refusal(() => listRows(executor, spec, { sort: [name, 'ASC'] }));
    expect(error.parameter).toBe('sort');
    expect(statements).toEqual([]);
  });

  it('binds every filter value as a parameter, never as SQL text', async () => {
    const { executor, statements } = recordingExecutor();
    await listRows(executor, spec, { filter: { name: [injected, 'Manis'] } });
    expect(statements.map(({ sql }) => sql).join('\n')).not.toContain('pg_sleep');
    expect(statements[0]?.parameters).toEqual([[injected, 'Manis']]);
  });

  it('refuses an object where a code belongs, naming the filter field', async () => {
    const { executor } = recordingExecutor();
    const error = await refusal(() =>
      listRows(executor, spec, { filter: { name: { constructor: injected } } }),
    );
    expect(error.parameter).toBe('filter.name');
  });

  it('binds the values a spec builds with the placeholders, the count of a page past the end too', async () => {
    const { executor, statements } = recordingExecutor();
    await listRows(
      executor,
      (bind) => ({ ...spec, from: `(SELECT * FROM things WHERE country = ${bind("K'E")}) t` }),
      { range: [50, 74] },
    );
    expect(statements.map(({ sql }) => sql).join('\n')).not.toContain("K'E");
    expect(statements.map(({ parameters }) => parameters)).toEqual([["K'E"], ["K'E"]]);
  });

  it.each([
    ['a first page that ends before its limit', [0, 24], 3, 3],
    ['a later page that ends before its limit', [25, 49], 3, 28],
    ['a full page', [0, 2], 3, 40],
  ] as const)(
    'sends the count beside the page and takes the total of %s from the count only when the page cannot tell it',
    async (_, range, rows, total) => {
      const ran: string[] = [];
      const executor: SqlExecutor = {
        query: (sql: string) => {
          ran.push(sql);
          const page = Array.from({ length: rows }, (__, index) => ({ id: `${index}`, name: 'x' }));
          return Promise.resolve(sql.includes('AS total') ? [{ total: '40' }] : page);
        },
      };
      const listed = listRows(executor, spec, { range });
      expect(ran).toHaveLength(2);
      expect(await listed).toMatchObject({ total });
    },
  );
});
