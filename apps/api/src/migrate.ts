import 'reflect-metadata';
import { loadConfig, migrateConfiguredDatabase, startInfrastructure } from '@greenchain/platform';

/**
 * `npm run migrate`: applies pending migrations and exits (a deploy step before the processes
 * start), as MIGRATION_DATABASE_URL's owner role when it is set.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const infrastructure = await startInfrastructure(config);
  try {
    const applied = await migrateConfiguredDatabase(config, infrastructure);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
    );
  } finally {
    await infrastructure.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
