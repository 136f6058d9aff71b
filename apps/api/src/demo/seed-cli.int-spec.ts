import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { testEnvironment } from '@greenchain/test/support/test-app';

const entry = join(__dirname, '../../../../dist/apps/api/src/seed.js');

/** Runs the built `npm run seed` entry, as the embedded start test runs the built server. */
function seed(databaseUrl: string, ...args: string[]) {
  const environment = testEnvironment('', { LOG_LEVEL: 'silent' });
  delete (environment as NodeJS.ProcessEnv).DATABASE_URL;
  return spawnSync(process.execPath, [entry, ...args, '--database-url', databaseUrl], {
    env: { ...process.env, ...environment },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm run seed', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: [], label: 'seed_cli' });
  });
  afterAll(() => database?.drop());

  it('migrates an empty database, seeds it and says how fast; a second run adds nothing', () => {
    const first = seed(database.url, '--cases', '25', '--seed', '11');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /Seed 11: 25 cases \(25 new\), [1-9]\d* events in [\d.]+ s \(\d+ events\/s/,
    );
    const second = seed(database.url, '--cases', '25', '--seed', '11');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Seed 11: 25 cases (0 new), 0 events');
  }, 240_000);

  it('refuses a size that is not a whole number, naming the option', () => {
    const result = seed(database.url, '--cases', 'many');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--cases must be a whole number');
  });
});
