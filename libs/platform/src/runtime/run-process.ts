import { type INestApplicationContext } from '@nestjs/common';
import { ConfigurationError } from '../config/configuration.error';
import { loadConfig } from '../config/load-config';
import { migrateDatabase } from '../database/migrate-database';
import { type PlatformRuntime } from '../platform.module';
import { startInfrastructure } from './infrastructure';

/**
 * Start-up and shutdown shared by every Greenchain process: validate the configuration, bring up
 * the embedded database if there is no external one, migrate, start the application, and on
 * SIGTERM close the application before the database it still talks to.
 */
export async function runProcess(
  start: (runtime: PlatformRuntime) => Promise<INestApplicationContext>,
): Promise<void> {
  const config = loadConfigOrExit();
  const infrastructure = await startInfrastructure(config);
  await migrateDatabase(infrastructure.databaseUrl);
  const app = await start({ config, infrastructure });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`Greenchain: ${signal} received, shutting down\n`);
    await app.close();
    await infrastructure.stop();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void stop(s));
}

function loadConfigOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
}
