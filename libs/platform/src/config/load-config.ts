import { join, resolve } from 'node:path';
import { parseAllowedNetworks, type Network, type StalledDeadlines } from '@greenchain/read-models';
import { type ZodError } from 'zod';
import { environmentSchema, type Environment } from './config.schema';
import { ConfigurationError } from './configuration.error';
import { loadOrCreateEmbeddedSecrets } from './embedded-secrets';
import { type DocumentStorageConfig, type GreenchainConfig } from './greenchain-config';
import { installRoot } from '../runtime/install-root';
import { loadStageDeadlines } from './stage-deadlines-file';

const requiredWithExternalDatabase = ['JWT_ACCESS_SECRET', 'ENCRYPTION_MASTER_KEY'] as const;

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
  const roleProblems = databaseRoleProblems(env);
  if (roleProblems.length > 0) throw new ConfigurationError(roleProblems);
  const documentStorage = documentStorageOf(env);
  if (Array.isArray(documentStorage)) throw new ConfigurationError(documentStorage);
  const stageDeadlines = loadStageDeadlines(env.STAGE_DEADLINES_FILE);
  if (!stageDeadlines.ok) {
    throw new ConfigurationError(
      stageDeadlines.problems.map((message) => ({ variable: 'STAGE_DEADLINES_FILE', message })),
    );
  }
  const allowedNetworks = parseAllowedNetworks(env.WEBHOOK_ALLOWED_NETWORKS);
  if (!allowedNetworks.ok) {
    throw new ConfigurationError(
      allowedNetworks.problems.map((message) => ({
        variable: 'WEBHOOK_ALLOWED_NETWORKS',
        message,
      })),
    );
  }
  return resolveConfig(env, stageDeadlines.deadlines, allowedNetworks.networks, documentStorage);
}

function resolveConfig(
  env: Environment,
  stageDeadlines: StalledDeadlines,
  allowedNetworks: readonly Network[],
  documentStorage: DocumentStorageConfig,
): GreenchainConfig {
  // The default sits in the installation, so a start from another folder finds the same database.
  const dataDir = env.DATA_DIR ? resolve(env.DATA_DIR) : join(installRoot, '.data');
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
      apiDocs: env.API_DOCS ?? env.NODE_ENV !== 'production',
      healthDetails: env.NODE_ENV !== 'production',
      trustProxy: trustProxyOf(env.TRUST_PROXY),
    },
    documents: {
      maxBytes: env.DOCUMENT_MAX_BYTES,
      allowedTypes: env.DOCUMENT_ALLOWED_TYPES.split(',').map((type) => type.trim()),
      uploadGraceHours: env.DOCUMENT_UPLOAD_GRACE_HOURS,
      uploadChunkMaxBytes: env.DOCUMENT_UPLOAD_CHUNK_MAX_BYTES,
      uploadSessionHours: env.DOCUMENT_UPLOAD_SESSION_HOURS,
      storage: documentStorage,
    },
    database: env.DATABASE_URL
      ? { mode: 'external', url: env.DATABASE_URL, ...migrationRoles(env) }
      : { mode: 'embedded', dataDir },
    queue: env.REDIS_URL
      ? { mode: 'redis', url: env.REDIS_URL, prefix: env.QUEUE_PREFIX }
      : { mode: 'postgres', prefix: env.QUEUE_PREFIX },
    auth: {
      accessSecret: secret(env.JWT_ACCESS_SECRET, generated?.jwtAccessSecret),
      accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      sessionMaxAgeSeconds: env.SESSION_MAX_AGE_SECONDS,
      reauthenticationTtlSeconds: env.REAUTHENTICATION_TTL_SECONDS,
      passwordResetTtlSeconds: env.PASSWORD_RESET_TTL_SECONDS,
      ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
    },
    limits: {
      userPerMinute: env.RATE_LIMIT_USER_PER_MINUTE,
      anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      signInFreeFailures: env.SIGN_IN_FREE_FAILURES,
      signInAccountFailures: env.SIGN_IN_ACCOUNT_FAILURES,
      signInAddressFailures: env.SIGN_IN_ADDRESS_FAILURES,
      signInMaxWaitSeconds: env.SIGN_IN_MAX_WAIT_SECONDS,
    },
    encryptionMasterKey: Buffer.from(
      secret(env.ENCRYPTION_MASTER_KEY, generated?.encryptionMasterKey),
      'base64',
    ),
    logLevel: env.LOG_LEVEL,
    seedDemoData: env.SEED_DEMO_DATA ?? !env.DATABASE_URL,
    worker: {
      heartbeatIntervalMs: env.WORKER_HEARTBEAT_INTERVAL_MS ?? heartbeatMs(env),
      heartbeatStaleMs: env.WORKER_HEARTBEAT_STALE_MS,
      projectionLagThresholdMs: env.PROJECTION_LAG_THRESHOLD_MS,
      projectionPollIntervalMs: env.PROJECTION_POLL_INTERVAL_MS ?? safetyPollMs(env),
      projectionBatchSize: env.PROJECTION_BATCH_SIZE,
      projectionFoldCacheStreams: env.PROJECTION_FOLD_CACHE_STREAMS,
      jobPumpIntervalMs: env.JOB_PUMP_INTERVAL_MS ?? safetyPollMs(env),
      deadlineScanIntervalMs: env.DEADLINE_SCAN_INTERVAL_MS,
      accessLogRetentionDays: env.PERSONAL_DATA_ACCESS_LOG_RETENTION_DAYS,
      notifyLateEntriesWithinDays: env.NOTIFY_LATE_ENTRIES_WITHIN_DAYS,
    },
    stageDeadlines,
    outgoing: { allowHttp: env.NODE_ENV !== 'production', allowedNetworks },
  };
}

/**
 * The default longest wait of a projection runner or the job pump between two looks. Every writer
 * to the embedded database is this process, whose event store wakes them after each append, so
 * polling there is only a backstop and a slow one keeps an idle laptop idle (ADR 0014). On a
 * server, writes come from other processes too and a lost wake-up message costs at most this.
 */
function safetyPollMs(env: { readonly DATABASE_URL?: string }): number {
  return env.DATABASE_URL ? 250 : 30_000;
}

/**
 * The default time between two worker heartbeats. Each beat is a job through the queue (several
 * statements), the largest share of an idle embedded process's work; three beats still fit in the
 * default 30 s before readiness calls the worker stale (ADR 0014).
 */
function heartbeatMs(env: { readonly DATABASE_URL?: string }): number {
  return env.DATABASE_URL ? 5_000 : 10_000;
}

/**
 * Separate owner and runtime roles need an external database (PGlite has one role) and Redis:
 * BullMQ's PostgreSQL backend creates its own tables at run time, which the runtime role may not.
 */
function databaseRoleProblems(env: Environment): { variable: string; message: string }[] {
  const problems: { variable: string; message: string }[] = [];
  for (const variable of ['MIGRATION_DATABASE_URL', 'DATABASE_APP_ROLE'] as const) {
    if (env[variable] !== undefined && !env.DATABASE_URL) {
      problems.push({
        variable,
        message: 'needs DATABASE_URL (the embedded database has one role)',
      });
    }
  }
  if (!env.DATABASE_URL || !env.MIGRATION_DATABASE_URL) return problems;
  if (!env.REDIS_URL) {
    problems.push({
      variable: 'REDIS_URL',
      message:
        'is required with MIGRATION_DATABASE_URL: the queues on PostgreSQL create tables at run time, which the runtime role may not',
    });
  }
  if (!env.DATABASE_APP_ROLE && !new URL(env.DATABASE_URL).username) {
    problems.push({
      variable: 'DATABASE_APP_ROLE',
      message: 'is required when MIGRATION_DATABASE_URL is set and DATABASE_URL names no user',
    });
  }
  return problems;
}

const requiredWithS3 = [
  'DOCUMENT_S3_ENDPOINT',
  'DOCUMENT_S3_BUCKET',
  'DOCUMENT_S3_ACCESS_KEY_ID',
  'DOCUMENT_S3_SECRET_ACCESS_KEY',
] as const;

/**
 * The backend of attached files. The object store's settings are all required with
 * DOCUMENT_STORAGE=s3, and refused without it (a half-configured store would be silently unused).
 */
function documentStorageOf(
  env: Environment,
): DocumentStorageConfig | { variable: string; message: string }[] {
  const set = requiredWithS3.filter((variable) => env[variable] !== undefined);
  if (env.DOCUMENT_STORAGE === 'postgres') {
    if (set.length === 0) return { kind: 'postgres' };
    return set.map((variable) => ({
      variable,
      message: 'is set but DOCUMENT_STORAGE is not s3: set DOCUMENT_STORAGE=s3 or remove it',
    }));
  }
  const {
    DOCUMENT_S3_ENDPOINT: endpoint,
    DOCUMENT_S3_BUCKET: bucket,
    DOCUMENT_S3_ACCESS_KEY_ID: accessKeyId,
    DOCUMENT_S3_SECRET_ACCESS_KEY: secretAccessKey,
  } = env;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) {
    return requiredWithS3
      .filter((variable) => env[variable] === undefined)
      .map((variable) => ({ variable, message: 'is required when DOCUMENT_STORAGE is s3' }));
  }
  return {
    kind: 's3',
    endpoint: new URL(endpoint).origin,
    region: env.DOCUMENT_S3_REGION,
    bucket,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: env.DOCUMENT_S3_FORCE_PATH_STYLE,
  };
}

/** The owner's URL for migrations, and the runtime role they grant to (DATABASE_URL's user by default). */
function migrationRoles(env: Environment): { migrationUrl?: string; appRole?: string } {
  const urlUser = env.DATABASE_URL ? decodeURIComponent(new URL(env.DATABASE_URL).username) : '';
  const appRole = env.DATABASE_APP_ROLE ?? (env.MIGRATION_DATABASE_URL ? urlUser : undefined);
  return {
    ...(env.MIGRATION_DATABASE_URL ? { migrationUrl: env.MIGRATION_DATABASE_URL } : {}),
    ...(appRole ? { appRole } : {}),
  };
}

function trustProxyOf(value: string): false | number | string[] {
  if (value === 'none') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((address) => address.trim());
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
