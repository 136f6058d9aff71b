import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const domainFile = 'libs/domain/src/decider.ts';
const consoleFile = 'apps/admin/src/App.tsx';

/** Each case is a real file with one import added, as if a developer had written it. */
const cases = [
  { file: domainFile, line: "import { Injectable } from '@nestjs/common';", restricted: true },
  { file: domainFile, line: "import { DataSource } from 'typeorm';", restricted: true },
  { file: domainFile, line: "import { Queue } from 'bullmq';", restricted: true },
  { file: domainFile, line: "import { Client } from 'pg';", restricted: true },
  { file: domainFile, line: "import { randomUUID } from 'node:crypto';", restricted: true },
  { file: domainFile, line: '', restricted: false },
  { file: consoleFile, line: "import { fold } from '@greenchain/domain';", restricted: true },
  { file: consoleFile, line: "import { roles } from '@greenchain/contracts';", restricted: false },
];

function lintAll(): string[][] {
  const input = cases.map(({ file, line }) => ({
    file,
    text: `${line}\n${readFileSync(join(root, file), 'utf8')}`,
  }));
  const result = spawnSync(process.execPath, [join(__dirname, 'lint-probe.mjs')], {
    cwd: root,
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

describe('architecture boundaries enforced by lint', () => {
  let ruleIds: string[][];
  beforeAll(() => (ruleIds = lintAll()), 120_000);

  it.each(
    cases.map((c, index) => [c.file, c.line || '(nothing added)', c.restricted, index] as const),
  )('%s with %s: restricted import reported = %s', (_file, _line, restricted, index) => {
    expect(ruleIds[index]?.includes('no-restricted-imports')).toBe(restricted);
  });
});
