import { allMigrations } from '@greenchain/platform';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { removeExpiredAccessLog } from './access-log-retention';

// The database refuses a cutoff less than 30 days before its own clock, so the job runs at the
// test's real time.
const now = new Date();

describe('personal-data read log retention', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: allMigrations, label: 'access_log' });
  }, 60_000);
  afterAll(() => database?.drop());

  /** One read log entry per age (in days before `now`), its purpose naming the age. */
  async function logReadsAged(days: readonly number[]): Promise<void> {
    await database.dataSource.query(
      `INSERT INTO personal_data_access_log
         (user_id, user_role, stream_id, subject_id, purpose, accessed_at)
       SELECT gen_random_uuid(), 'prosecutor', 'case-1', 'party-1', 'age ' || age, $1::timestamptz - age * interval '1 day'
         FROM unnest($2::numeric[]) AS age`,
      [now.toISOString(), days],
    );
  }

  const remainingAges = async () =>
    (
      await database.dataSource.query<{ purpose: string }[]>(
        `SELECT purpose FROM personal_data_access_log ORDER BY accessed_at DESC`,
      )
    ).map((row) => row.purpose);

  it('removes only the entries older than the retention, however many there are', async () => {
    await logReadsAged([0, 1, 30, 729, 729.99, 730.01, 731, 2_000]);
    // More expired entries than one chunk, to prove the job keeps going until none are left.
    await database.dataSource.query(
      `INSERT INTO personal_data_access_log
         (user_id, user_role, stream_id, subject_id, purpose, accessed_at)
       SELECT gen_random_uuid(), 'customs', 'case-2', 'party-2', 'bulk', $1::timestamptz - interval '800 days'
         FROM generate_series(1, 12000)`,
      [now.toISOString()],
    );
    expect(await removeExpiredAccessLog(database.dataSource, 730, now)).toBe(12_003);
    expect(await remainingAges()).toEqual(['age 0', 'age 1', 'age 30', 'age 729', 'age 729.99']);
    expect(await removeExpiredAccessLog(database.dataSource, 730, now)).toBe(0);
    // The shortest retention: an entry exactly at the limit stays.
    expect(await removeExpiredAccessLog(database.dataSource, 30, now)).toBe(2);
    expect(await remainingAges()).toEqual(['age 0', 'age 1', 'age 30']);
  });

  it('cannot remove entries younger than 30 days, whoever asks', async () => {
    await expect(removeExpiredAccessLog(database.dataSource, 29, now)).rejects.toThrow(
      /kept at least 30 days/,
    );
    expect(await remainingAges()).toEqual(['age 0', 'age 1', 'age 30']);
  });
});
