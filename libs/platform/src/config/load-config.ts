import { resolve } from 'node:path';
import type { StalledDeadlines } from '@greenchain/read-models';
import { type ZodError } from 'zod';
import { environmentSchema, type Environment } from './config.schema';
import { ConfigurationError } from './configuration.error';
import { loadOrCreateEmbeddedSecrets } from './embedded-secrets';
import { type GreenchainConfig } from './greenchain-config';
import { loadStageDeadlines } from './stage-deadlines-file';

const requiredWithExternalDatabase = [
  'JWT_ACCESS_SECRET',
  'JWT_REFRESH_SECRET',
  'ENCRYPTION_MASTER_KEY',
] as const;

/**
 * Validates the environment and resolves it into the configuration. Throws a ConfigurationError that
 * names every missing or wrong variable at once, so an operator fixes them in one go.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): GreenchainConfig {
  const parsed = environmentSchema.safeParse(withoutEmptyValues(source));
  if (!parsed.success) throw new ConfigurationError(problemsOf(parsed.error));
  const env = parsed.data;
  if (env.DATABASE_URL) {
    const missing = requiredWithExternalDatabase.filter((name) => env[name] === undefined);
    if (missing.length > 0) {
      throw new ConfigurationError(
        missing.map((variable) => ({
          variable,
          message: 'is required when DATABASE_URL is set (only the embedded default generates it)',
        })),
      );
    }
  }
  const stageDeadlines = loadStageDeadlines(env.STAGE_DEADLINES_FILE);
  if (!stageDeadlines.ok) {
    throw new ConfigurationError(
      stageDeadlines.problems.map((message) => ({ variable: 'STAGE_DEADLINES_FILE', message })),
    );
  }
  return resolveConfig(env, stageDeadlines.deadlines);
}

function resolveConfig(env: Environment, stageDeadlines: StalledDeadlines): GreenchainConfig {
  const dataDir = resolve(env.DATA_DIR);
  const generated = env.DATABASE_URL ? undefined : loadOrCreateEmbeddedSecrets(dataDir);
  const secret = (value: string | undefined, fallback: string | undefined): string =>
    value ?? fallback ?? '';
  return {
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      corsOrigins: env.CORS_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      bodyLimit: env.BODY_LIMIT,
    },
    database: env.DATABASE_URL
      ? { mode: 'external', url: env.DATABASE_URL }
      : { mode: 'embedded', dataDir },
    queue: env.REDIS_URL
      ? { mode: 'redis', url: env.REDIS_URL, prefix: env.QUEUE_PREFIX }
      : { mode: 'postgres', prefix: env.QUEUE_PREFIX },
    auth: {
      accessSecret: secret(env.JWT_ACCESS_SECRET, generated?.jwtAccessSecret),
      refreshSecret: secret(env.JWT_REFRESH_SECRET, generated?.jwtRefreshSecret),
      accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      reauthenticationTtlSeconds: env.REAUTHENTICATION_TTL_SECONDS,
      passwordResetTtlSeconds: env.PASSWORD_RESET_TTL_SECONDS,
      ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
    },
    encryptionMasterKey: Buffer.from(
      secret(env.ENCRYPTION_MASTER_KEY, generated?.encryptionMasterKey),
      'base64',
    ),
    logLevel: env.LOG_LEVEL,
    seedDemoData: env.SEED_DEMO_DATA ?? !env.DATABASE_URL,
    worker: {
      heartbeatIntervalMs: env.WORKER_HEARTBEAT_INTERVAL_MS,
      heartbeatStaleMs: env.WORKER_HEARTBEAT_STALE_MS,
      projectionLagThresholdMs: env.PROJECTION_LAG_THRESHOLD_MS,
      projectionPollIntervalMs: env.PROJECTION_POLL_INTERVAL_MS,
      projectionBatchSize: env.PROJECTION_BATCH_SIZE,
      projectionFoldCacheStreams: env.PROJECTION_FOLD_CACHE_STREAMS,
      jobPumpIntervalMs: env.JOB_PUMP_INTERVAL_MS,
      deadlineScanIntervalMs: env.DEADLINE_SCAN_INTERVAL_MS,
    },
    stageDeadlines,
  };
}

/** `FOO=` in a shell or an env file means "not set", not "set to nothing". */
function withoutEmptyValues(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

function problemsOf(error: ZodError): { variable: string; message: string }[] {
  return error.issues.map((issue) => ({
    variable: String(issue.path[0] ?? 'environment'),
    message: issue.message,
  }));
}
