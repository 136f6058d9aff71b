import { type INestApplicationContext } from '@nestjs/common';
import { ConfigurationError } from '../config/configuration.error';
import { loadConfig } from '../config/load-config';
import { type GreenchainConfig } from '../config/greenchain-config';
import { migrateConfiguredDatabase } from '../database/migrate-database';
import { runtimeRoleProblems } from '../database/runtime-role-check';
import { type PlatformRuntime } from '../platform.module';
import { type Infrastructure, startInfrastructure } from './infrastructure';

/**
 * Start-up and shutdown shared by every Greenchain process: validate the configuration, bring up
 * the embedded database if there is no external one, migrate, refuse an over-privileged runtime
 * role in production, start the application, and on SIGTERM close the application before the
 * database it still talks to.
 */
export async function runProcess(
  start: (runtime: PlatformRuntime) => Promise<INestApplicationContext>,
): Promise<void> {
  const config = loadConfigOrExit();
  const infrastructure = await startInfrastructure(config);
  await migrateConfiguredDatabase(config, infrastructure);
  await refuseOverPrivilegedRole(config, infrastructure);
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
    exitOnConfigurationError(error);
  }
}

/**
 * In production the runtime connection must not be able to rewrite or drop what it serves. The
 * embedded database is exempt: PGlite has a single role, and it is not for production.
 */
async function refuseOverPrivilegedRole(config: GreenchainConfig, infrastructure: Infrastructure) {
  if (config.env !== 'production' || infrastructure.embedded) return;
  const problems = await runtimeRoleProblems(infrastructure.databaseUrl);
  if (problems.length === 0) return;
  exitOnConfigurationError(
    new ConfigurationError([
      ...problems.map((message) => ({ variable: 'DATABASE_URL', message })),
      {
        variable: 'MIGRATION_DATABASE_URL',
        message:
          'in production, connect DATABASE_URL as a runtime role that owns nothing and is no superuser, and run the migrations as the owner role set here (README, "Database roles")',
      },
    ]),
  );
}

function exitOnConfigurationError(error: unknown): never {
  if (!(error instanceof ConfigurationError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(78);
}
