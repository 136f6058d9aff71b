import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { type WriteMode } from '@greenchain/demo-world';
import { domainEventCatalogue } from '@greenchain/domain';
import { EventStore } from '@greenchain/event-store';
import {
  ConfigurationError,
  loadConfig,
  migrateConfiguredDatabase,
  startInfrastructure,
} from '@greenchain/platform';
import { SingleBar } from 'cli-progress';
import { DataSource } from 'typeorm';
import { seedWorld } from './demo/seed-world';

const usage =
  'usage: npm run seed -- --cases N --seed S [--database-url URL] [--mode fast|commands] [--concurrency C]';

interface SeedArguments {
  readonly cases: number;
  readonly seed: number;
  readonly databaseUrl?: string;
  readonly mode: WriteMode;
  readonly concurrency?: number;
}

function wholeNumber(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0)
    throw new Error(`--${name} must be a whole number\n${usage}`);
  return number;
}

function parseArguments(argv: readonly string[]): SeedArguments {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      cases: { type: 'string' },
      seed: { type: 'string' },
      'database-url': { type: 'string' },
      mode: { type: 'string' },
      concurrency: { type: 'string' },
    },
  });
  const mode = values.mode ?? 'fast';
  if (mode !== 'fast' && mode !== 'commands')
    throw new Error(`--mode is fast or commands\n${usage}`);
  return {
    cases: wholeNumber(values.cases, 'cases'),
    seed: wholeNumber(values.seed, 'seed', 1),
    databaseUrl: values['database-url'],
    mode,
    concurrency:
      values.concurrency === undefined ? undefined : wholeNumber(values.concurrency, 'concurrency'),
  };
}

/**
 * `npm run seed -- --cases 100000 --seed 1`: the demo world of that seed, written through the
 * deciders and the event store into the configured database (the embedded one without DATABASE_URL,
 * as `npm start`). Runs the migrations first; a second run with the same seed adds nothing.
 */
async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const environment = options.databaseUrl
    ? { ...process.env, DATABASE_URL: options.databaseUrl }
    : process.env;
  const config = loadConfig(environment);
  const infrastructure = await startInfrastructure(config);
  const dataSource = new DataSource({
    type: 'postgres',
    url: infrastructure.databaseUrl,
    extra: { max: infrastructure.embedded ? 8 : 20 },
  });
  try {
    await migrateConfiguredDatabase(config, infrastructure);
    await dataSource.initialize();
    const store = new EventStore({
      dataSource,
      masterKey: config.encryptionMasterKey,
      ...domainEventCatalogue,
    });
    const bar = new SingleBar({
      format: 'cases {bar} {value}/{total} | {events} events | {eta_formatted} left',
      hideCursor: true,
    });
    let events = 0;
    const started = process.hrtime.bigint();
    bar.start(options.cases, 0, { events });
    const summary = await seedWorld({
      dataSource,
      store,
      seed: options.seed,
      cases: options.cases,
      mode: options.mode,
      concurrency: options.concurrency ?? (infrastructure.embedded ? 8 : 64),
      onCase: (_generated, added) => {
        events += added;
        bar.increment(1, { events });
      },
    });
    bar.stop();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `Seed ${options.seed}: ${summary.cases} cases (${summary.casesAdded} new), ` +
        `${summary.eventsAdded} events in ${seconds.toFixed(1)} s ` +
        `(${Math.round(summary.eventsAdded / seconds)} events/s, mode ${options.mode}).\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await infrastructure.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigurationError ? 78 : 1);
});
