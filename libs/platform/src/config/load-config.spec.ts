import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from './configuration.error';
import { loadConfig } from './load-config';

const external = {
  DATABASE_URL: 'postgres://app@db:5432/greenchain',
  REDIS_URL: 'redis://cache:6379',
  JWT_ACCESS_SECRET: 'a'.repeat(32),
  JWT_REFRESH_SECRET: 'b'.repeat(32),
  ENCRYPTION_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
};

function problemsFor(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems.map((p) => p.variable);
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'gc-config-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs embedded with no settings, generating secrets once and keeping them', () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(first.database).toEqual({ mode: 'embedded', dataDir });
    expect(first.queue).toEqual({ mode: 'postgres', prefix: 'greenchain' });
    expect(first.encryptionMasterKey).toHaveLength(32);
    expect(second.auth.accessSecret).toBe(first.auth.accessSecret);
    expect(first.seedDemoData).toBe(true);
  });

  it('uses DATABASE_URL and REDIS_URL when set', () => {
    const config = loadConfig(external);
    expect(config.database).toEqual({ mode: 'external', url: external.DATABASE_URL });
    expect(config.queue).toEqual({ mode: 'redis', url: external.REDIS_URL, prefix: 'greenchain' });
    expect(config.seedDemoData).toBe(false);
  });

  it('names every secret missing beside an external database', () => {
    expect(problemsFor({ DATABASE_URL: external.DATABASE_URL })).toEqual([
      'JWT_ACCESS_SECRET',
      'JWT_REFRESH_SECRET',
      'ENCRYPTION_MASTER_KEY',
    ]);
  });

  it('names every wrong value at once', () => {
    const wrong = {
      ...external,
      PORT: 'eighty',
      REDIS_URL: 'http://cache',
      JWT_ACCESS_SECRET: 'short',
      ENCRYPTION_MASTER_KEY: 'not-32-bytes',
      LOG_LEVEL: 'chatty',
    };
    expect(problemsFor(wrong).sort()).toEqual(
      ['ENCRYPTION_MASTER_KEY', 'JWT_ACCESS_SECRET', 'LOG_LEVEL', 'PORT', 'REDIS_URL'].sort(),
    );
  });

  it('says what is wrong in words an operator can act on', () => {
    expect(() => loadConfig({ ...external, PORT: '70000' })).toThrow(/PORT: .*65535/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: '' }).database.mode).toBe('embedded');
  });
});
