import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from './configuration.error';
import { loadConfig } from './load-config';

const external = {
  DATABASE_URL: 'postgres://app@db:5432/greenchain',
  REDIS_URL: 'redis://cache:6379',
  JWT_ACCESS_SECRET: 'a'.repeat(32),
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

  it('closes the API documentation and the readiness details in production unless asked', () => {
    const production = loadConfig({ ...external, NODE_ENV: 'production' });
    expect(production.http).toMatchObject({ apiDocs: false, healthDetails: false });
    const opened = loadConfig({ ...external, NODE_ENV: 'production', API_DOCS: 'true' });
    expect(opened.http.apiDocs).toBe(true);
    expect(loadConfig({ ...external }).http).toMatchObject({ apiDocs: true, healthDetails: true });
    expect(problemsFor({ ...external, API_DOCS: 'yes' })).toEqual(['API_DOCS']);
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
      'ENCRYPTION_MASTER_KEY',
    ]);
  });

  it('migrates as MIGRATION_DATABASE_URL and grants to the user of DATABASE_URL', () => {
    const owner = 'postgres://owner@db:5432/greenchain';
    expect(loadConfig({ ...external, MIGRATION_DATABASE_URL: owner }).database).toEqual({
      mode: 'external',
      url: external.DATABASE_URL,
      migrationUrl: owner,
      appRole: 'app',
    });
    const named = { ...external, MIGRATION_DATABASE_URL: owner, DATABASE_APP_ROLE: 'Runtime "x"' };
    expect(loadConfig(named).database).toMatchObject({ appRole: 'Runtime "x"' });
  });

  it('refuses separate roles without an external database, Redis or a runtime role name', () => {
    const owner = 'postgres://owner@db:5432/greenchain';
    expect(problemsFor({ MIGRATION_DATABASE_URL: owner, DATABASE_APP_ROLE: 'app' })).toEqual([
      'MIGRATION_DATABASE_URL',
      'DATABASE_APP_ROLE',
    ]);
    const withoutRedis = { ...external, REDIS_URL: '' };
    expect(problemsFor({ ...withoutRedis, MIGRATION_DATABASE_URL: owner })).toEqual(['REDIS_URL']);
    const anonymous = { ...external, DATABASE_URL: 'postgres://db:5432/greenchain' };
    expect(problemsFor({ ...anonymous, MIGRATION_DATABASE_URL: owner })).toEqual([
      'DATABASE_APP_ROLE',
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

  it('takes the worker timings and sizes from the environment, with defaults', () => {
    expect(loadConfig(external).worker).toMatchObject({
      projectionLagThresholdMs: 30_000,
      projectionPollIntervalMs: 250,
      projectionBatchSize: 4_000,
    });
    const tuned = loadConfig({ ...external, PROJECTION_LAG_THRESHOLD_MS: '5000' });
    expect(tuned.worker.projectionLagThresholdMs).toBe(5_000);
    expect(problemsFor({ ...external, PROJECTION_BATCH_SIZE: '0' })).toEqual([
      'PROJECTION_BATCH_SIZE',
    ]);
  });

  it('notifies outcomes recorded within 30 days of happening unless told otherwise, within bounds', () => {
    expect(loadConfig(external).worker.notifyLateEntriesWithinDays).toBe(30);
    const strict = loadConfig({ ...external, NOTIFY_LATE_ENTRIES_WITHIN_DAYS: '0' });
    expect(strict.worker.notifyLateEntriesWithinDays).toBe(0);
    for (const days of ['-1', '366', '1.5', 'a month']) {
      expect(problemsFor({ ...external, NOTIFY_LATE_ENTRIES_WITHIN_DAYS: days })).toEqual([
        'NOTIFY_LATE_ENTRIES_WITHIN_DAYS',
      ]);
    }
  });

  it('polls and beats slowly on the embedded database, whose only writer wakes its runners, unless told', () => {
    expect(loadConfig(external).worker).toMatchObject({
      projectionPollIntervalMs: 250,
      jobPumpIntervalMs: 250,
      heartbeatIntervalMs: 5_000,
    });
    expect(loadConfig({ DATA_DIR: dataDir }).worker).toMatchObject({
      projectionPollIntervalMs: 30_000,
      jobPumpIntervalMs: 30_000,
      heartbeatIntervalMs: 10_000,
    });
    const told = loadConfig({
      DATA_DIR: dataDir,
      PROJECTION_POLL_INTERVAL_MS: '500',
      WORKER_HEARTBEAT_INTERVAL_MS: '2000',
    });
    expect(told.worker).toMatchObject({
      projectionPollIntervalMs: 500,
      heartbeatIntervalMs: 2_000,
    });
  });

  it('keeps the personal-data read log two years unless told otherwise, within bounds', () => {
    expect(loadConfig(external).worker.accessLogRetentionDays).toBe(730);
    const shorter = loadConfig({ ...external, PERSONAL_DATA_ACCESS_LOG_RETENTION_DAYS: '365' });
    expect(shorter.worker.accessLogRetentionDays).toBe(365);
    for (const days of ['0', '7', '4000', 'two years']) {
      expect(problemsFor({ ...external, PERSONAL_DATA_ACCESS_LOG_RETENTION_DAYS: days })).toEqual([
        'PERSONAL_DATA_ACCESS_LOG_RETENTION_DAYS',
      ]);
    }
  });
});

describe('stage deadlines', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'gc-deadlines-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function withFile(content: string): NodeJS.ProcessEnv {
    const path = join(folder, 'deadlines.json');
    writeFileSync(path, content);
    return { ...external, STAGE_DEADLINES_FILE: path };
  }

  it('uses the default deadlines (30, 180 and 365 days) without a file', () => {
    expect(loadConfig(external).stageDeadlines).toEqual({
      default: { referral_decision: 30, charge_decision: 180, verdict: 365 },
    });
  });

  it('overrides the defaults and sets per-country days from the file', () => {
    const env = withFile(
      JSON.stringify({ default: { verdict: 400 }, byCountry: { PY: { charge_decision: 90 } } }),
    );
    expect(loadConfig(env).stageDeadlines).toEqual({
      default: { referral_decision: 30, charge_decision: 180, verdict: 400 },
      byCountry: { PY: { charge_decision: 90 } },
    });
  });

  it('refuses a wrong file, saying where in it', () => {
    const env = withFile(
      JSON.stringify({ byCountry: { Paraguay: { verdict: 30 }, KE: { verdict: 0, trial: 5 } } }),
    );
    expect(problemsFor(env)).toEqual([
      'STAGE_DEADLINES_FILE',
      'STAGE_DEADLINES_FILE',
      'STAGE_DEADLINES_FILE',
    ]);
    expect(() => loadConfig(env)).toThrow(/byCountry\.KE\.verdict must be at least 1 day/);
    expect(() => loadConfig(env)).toThrow(/byCountry\.Paraguay must be an ISO 3166-1 alpha-2 code/);
  });

  it('refuses a file that is missing or not JSON', () => {
    expect(() =>
      loadConfig({ ...external, STAGE_DEADLINES_FILE: join(folder, 'none.json') }),
    ).toThrow(/STAGE_DEADLINES_FILE: cannot read .*none\.json/);
    expect(problemsFor(withFile('{ verdict: 30'))).toEqual(['STAGE_DEADLINES_FILE']);
  });

  it('trusts no proxy unless told, and takes a hop count or a list of proxies', () => {
    expect(loadConfig(external).http.trustProxy).toBe(false);
    expect(loadConfig({ ...external, TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(
      loadConfig({ ...external, TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,loopback' }).http.trustProxy,
    ).toEqual(['10.0.0.1', '10.1.0.0/16', 'loopback']);
    expect(problemsFor({ ...external, TRUST_PROXY: 'true' })).toEqual(['TRUST_PROXY']);
    expect(problemsFor({ ...external, TRUST_PROXY: '*' })).toEqual(['TRUST_PROXY']);
  });

  it('takes the session lifetime and the limits from the environment, with defaults', () => {
    expect(loadConfig(external).auth.sessionMaxAgeSeconds).toBe(43_200);
    expect(loadConfig(external).limits).toEqual({
      userPerMinute: 1_200,
      anonymousPerMinute: 600,
      signInFreeFailures: 5,
      signInAccountFailures: 20,
      signInAddressFailures: 200,
      signInMaxWaitSeconds: 900,
    });
    expect(problemsFor({ ...external, RATE_LIMIT_USER_PER_MINUTE: '0' })).toEqual([
      'RATE_LIMIT_USER_PER_MINUTE',
    ]);
  });
});

describe('webhook destinations', () => {
  it('sends plain http only outside production, and opens no special network by default', () => {
    expect(loadConfig(external).outgoing).toEqual({ allowHttp: true, allowedNetworks: [] });
    expect(loadConfig({ ...external, NODE_ENV: 'production' }).outgoing.allowHttp).toBe(false);
  });

  it('opens the networks of WEBHOOK_ALLOWED_NETWORKS', () => {
    const { allowedNetworks } = loadConfig({
      ...external,
      WEBHOOK_ALLOWED_NETWORKS: '10.20.0.0/16, fd12:3456::/48',
    }).outgoing;
    expect(allowedNetworks.map(([base, bits]) => `${base.toString()}/${bits}`)).toEqual([
      '10.20.0.0/16',
      'fd12:3456::/48',
    ]);
  });

  it('refuses a wrong network at start-up, naming each', () => {
    const env = { ...external, WEBHOOK_ALLOWED_NETWORKS: '10.0.0.1/8, partner.example.org' };
    expect(problemsFor(env)).toEqual(['WEBHOOK_ALLOWED_NETWORKS', 'WEBHOOK_ALLOWED_NETWORKS']);
    expect(() => loadConfig(env)).toThrow(
      /10\.0\.0\.1\/8: has host bits set; the network is 10\.0\.0\.0\/8/,
    );
    expect(() => loadConfig(env)).toThrow(/partner\.example\.org: is not a network/);
  });
});
