import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const secret = z.string().min(32, 'must be at least 32 characters');
const masterKey = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64');
const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
  .optional();
const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional();
const positiveInteger = z.coerce.number().int().positive();
/**
 * Which proxies may set X-Forwarded-For: `none`, a hop count, or a comma-separated list of
 * addresses or CIDR ranges (Express's trust proxy). Anything looser would let a client choose the
 * address it is throttled by.
 */
const proxyAddress = String.raw`(loopback|linklocal|uniquelocal|[0-9A-Fa-f:.]+(\/\d{1,3})?)`;
const trustProxy = z
  .string()
  .regex(
    new RegExp(String.raw`^(none|\d{1,2}|${proxyAddress}(\s*,\s*${proxyAddress})*)$`),
    'must be none, a hop count, or a comma-separated list of proxy addresses',
  );
const mediaTypeList = z
  .string()
  .regex(
    /^[a-z0-9.+-]+\/[a-z0-9.+-]+(\s*,\s*[a-z0-9.+-]+\/[a-z0-9.+-]+)*$/,
    'must be a comma-separated list of media types such as image/jpeg, application/pdf',
  );
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
/**
 * Where the object store is: an http(s) origin and nothing else (no user, query or fragment), so
 * every request the S3 client makes goes to the host the operator named.
 */
const objectStoreEndpoint = z
  .string()
  .refine(
    isHttpOrigin,
    'must be an http:// or https:// origin (scheme, host, port): no credentials, path, query or fragment',
  )
  .optional();
/** S3's rules for a bucket's name (lowercase, 3 to 63 characters, no dots next to dashes). */
const bucketName = z
  .string()
  .regex(
    /^(?!.*\.\.)(?!.*-\.)(?!.*\.-)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    'must be an S3 bucket name',
  )
  .optional();

/** Every setting Greenchain reads, as environment variables; the README's configuration table mirrors it. */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  DATABASE_URL: postgresUrl,
  MIGRATION_DATABASE_URL: postgresUrl,
  DATABASE_APP_ROLE: z.string().min(1).max(63, 'must be at most 63 characters').optional(),
  REDIS_URL: redisUrl,
  DATA_DIR: z.string().min(1).optional(),
  JWT_ACCESS_SECRET: secret.optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInteger.default(900),
  REFRESH_TOKEN_TTL_SECONDS: positiveInteger.default(1_209_600),
  SESSION_MAX_AGE_SECONDS: positiveInteger.default(43_200),
  TRUST_PROXY: trustProxy.default('none'),
  RATE_LIMIT_USER_PER_MINUTE: positiveInteger.default(1_200),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: positiveInteger.default(600),
  SIGN_IN_FREE_FAILURES: positiveInteger.default(5),
  SIGN_IN_ACCOUNT_FAILURES: positiveInteger.default(20),
  SIGN_IN_ADDRESS_FAILURES: positiveInteger.default(200),
  SIGN_IN_MAX_WAIT_SECONDS: positiveInteger.default(900),
  REAUTHENTICATION_TTL_SECONDS: positiveInteger.max(3_600).default(300),
  PASSWORD_RESET_TTL_SECONDS: positiveInteger.max(604_800).default(86_400),
  ENCRYPTION_MASTER_KEY: masterKey.optional(),
  METRICS_TOKEN: secret.optional(),
  CORS_ORIGINS: z.string().default(''),
  API_DOCS: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: flag.optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be lowercase letters, digits and dashes')
    .default('greenchain'),
  WORKER_HEARTBEAT_INTERVAL_MS: positiveInteger.optional(),
  WORKER_HEARTBEAT_STALE_MS: positiveInteger.default(30_000),
  PROJECTION_LAG_THRESHOLD_MS: positiveInteger.default(30_000),
  PROJECTION_POLL_INTERVAL_MS: positiveInteger.optional(),
  PROJECTION_BATCH_SIZE: positiveInteger.max(20_000).default(4_000),
  PROJECTION_FOLD_CACHE_STREAMS: positiveInteger.default(20_000),
  JOB_PUMP_INTERVAL_MS: positiveInteger.optional(),
  DEADLINE_SCAN_INTERVAL_MS: positiveInteger.default(60_000),
  PERSONAL_DATA_ACCESS_LOG_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(30, 'must be at least 30 (days)')
    .max(3_650, 'must be at most 3650 (days)')
    .default(730),
  NOTIFY_LATE_ENTRIES_WITHIN_DAYS: z.coerce
    .number()
    .int()
    .min(0, 'must be at least 0 (days)')
    .max(365, 'must be at most 365 (days)')
    .default(30),
  STAGE_DEADLINES_FILE: z.string().min(1).optional(),
  WEBHOOK_ALLOWED_NETWORKS: z.string().optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb')
    .default('256kb'),
  DOCUMENT_MAX_BYTES: positiveInteger.max(2 ** 40).default(26_214_400),
  DOCUMENT_ALLOWED_TYPES: mediaTypeList.default('image/jpeg, image/png, application/pdf'),
  DOCUMENT_UPLOAD_GRACE_HOURS: z.coerce
    .number()
    .int()
    .min(1, 'must be at least 1 (hour)')
    .max(720, 'must be at most 720 (hours)')
    .default(24),
  DOCUMENT_UPLOAD_CHUNK_MAX_BYTES: positiveInteger
    .min(1024, 'must be at least 1024 (bytes)')
    .max(64 * 1024 * 1024, 'must be at most 67108864 (64 MiB): a chunk is held in memory')
    .default(4 * 1024 * 1024),
  DOCUMENT_UPLOAD_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1, 'must be at least 1 (hour)')
    .max(720, 'must be at most 720 (hours)')
    .default(24),
  DOCUMENT_STORAGE: z.enum(['postgres', 's3']).default('postgres'),
  DOCUMENT_S3_ENDPOINT: objectStoreEndpoint,
  DOCUMENT_S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/, 'must be a region name such as us-east-1')
    .default('us-east-1'),
  DOCUMENT_S3_BUCKET: bucketName,
  DOCUMENT_S3_ACCESS_KEY_ID: z.string().min(1).max(128).optional(),
  DOCUMENT_S3_SECRET_ACCESS_KEY: z.string().min(1).max(256).optional(),
  DOCUMENT_S3_FORCE_PATH_STYLE: flag.default(true),
});

export type Environment = z.infer<typeof environmentSchema>;

function isHttpOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    !url.username &&
    !url.password &&
    !url.search &&
    !url.hash &&
    url.pathname === '/'
  );
}
