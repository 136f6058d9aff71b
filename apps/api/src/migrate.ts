import 'reflect-metadata';
import { loadConfig, migrateDatabase, startInfrastructure } from '@greenchain/platform';

/** `npm run migrate`: applies pending migrations and exits (a deploy step before the processes start). */
async function main(): Promise<void> {
  const infrastructure = await startInfrastructure(loadConfig());
  try {
    const applied = await migrateDatabase(infrastructure.databaseUrl);
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
