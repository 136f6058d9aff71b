import { ProblemException } from '@greenchain/platform';
import { QueryFailedError } from 'typeorm';

/** Who reads the analytics, as every analytics route documents it. */
export const analyticsReaders =
  'Analysts and administrators: every country; officers: their own country only. Aggregates from read models without personal fields.';

/** The read model is created by the worker on its first run; until then: 503, retry. */
export async function fromReadModels<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    const code =
      error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    if (code === '42P01') {
      throw new ProblemException(
        503,
        'read-model/not-ready',
        'The analytics read models are being built by the worker; retry shortly.',
      );
    }
    throw error;
  }
}

/** Today in UTC (YYYY-MM-DD): the as-of day when a request names none. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
