import { listProblem } from '../records/list-problem';

/** Who reads the analytics, as every analytics route documents it. */
export const analyticsReaders =
  'Analysts and administrators: every country; officers: their own country only. Aggregates from read models without personal fields.';

/**
 * An analytics answer from the read models; a bad parameter found there is a 400 naming it, and a
 * read model the worker has not built yet a 503 (retry).
 */
export async function fromReadModels<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    throw listProblem(error, 'The analytics read model');
  }
}

/** Today in UTC (YYYY-MM-DD): the as-of day when a request names none. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
