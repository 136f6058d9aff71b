import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

function start(process: 'api' | 'worker', env: NodeJS.ProcessEnv) {
  const entry = join(root, `dist/apps/${process}/src/main.js`);
  const { PATH, HOME } = global.process.env;
  return spawnSync(global.process.execPath, [entry], {
    cwd: root,
    env: { PATH, HOME, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('start-up with a wrong configuration', () => {
  it.each(['api', 'worker'] as const)(
    'the %s refuses to start and names every variable at fault',
    (name) => {
      const result = start(name, {
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
        PORT: 'eighty',
        REDIS_URL: 'http://127.0.0.1:6379',
      });
      expect(result.status).toBe(78);
      expect(result.stderr).toContain('Greenchain cannot start: the configuration is invalid.');
      for (const variable of ['PORT', 'REDIS_URL'])
        expect(result.stderr).toContain(`- ${variable}:`);
    },
  );

  it('asks for the secrets the embedded default would otherwise generate', () => {
    const result = start('api', { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(result.status).toBe(78);
    for (const variable of ['JWT_ACCESS_SECRET', 'ENCRYPTION_MASTER_KEY']) {
      expect(result.stderr).toContain(`- ${variable}: is required when DATABASE_URL is set`);
    }
  });
});
