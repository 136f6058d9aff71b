#!/usr/bin/env node
// Runs a Greenchain entry point after building whatever is missing or older than its sources, so
// `npm start` works on a fresh clone and after a pull. Usage: node scripts/run.cjs <entry> [args…]
const { spawnSync, spawn } = require('node:child_process');
const { existsSync, statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entries = {
  single: 'dist/apps/api/src/single-process.main.js',
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  migrate: 'dist/apps/api/src/migrate.js',
  'create-admin': 'dist/apps/api/src/create-admin.js',
  seed: 'dist/apps/api/src/seed.js',
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(output, sources) {
  if (!existsSync(join(root, output))) return true;
  const built = statSync(join(root, output)).mtimeMs;
  return sources.some((dir) => existsSync(join(root, dir)) && newestMtime(join(root, dir)) > built);
}

function npmRun(script) {
  const result = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const name = process.argv[2];
const entry = entries[name];
if (!entry) {
  console.error(`usage: node scripts/run.cjs <${Object.keys(entries).join('|')}>`);
  process.exit(64);
}
if (isStale(entry, ['apps/api/src', 'apps/worker/src', 'libs'])) npmRun('build:server');
if (
  name !== 'migrate' &&
  isStale('dist/admin/index.html', ['apps/admin/src', 'libs/contracts/src'])
) {
  npmRun('build:admin');
}

const args = [join(root, entry), ...process.argv.slice(3)];
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
