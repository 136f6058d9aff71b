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
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Every setting Greenchain reads, as environment variables; the README's configuration table mirrors it. */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  DATABASE_URL: postgresUrl,
  REDIS_URL: redisUrl,
  DATA_DIR: z.string().min(1).default('.data'),
  JWT_ACCESS_SECRET: secret.optional(),
  JWT_REFRESH_SECRET: secret.optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInteger.default(900),
  REFRESH_TOKEN_TTL_SECONDS: positiveInteger.default(1_209_600),
  REAUTHENTICATION_TTL_SECONDS: positiveInteger.max(3_600).default(300),
  PASSWORD_RESET_TTL_SECONDS: positiveInteger.max(604_800).default(86_400),
  ENCRYPTION_MASTER_KEY: masterKey.optional(),
  METRICS_TOKEN: secret.optional(),
  CORS_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: flag.optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be lowercase letters, digits and dashes')
    .default('greenchain'),
  WORKER_HEARTBEAT_INTERVAL_MS: positiveInteger.default(5_000),
  WORKER_HEARTBEAT_STALE_MS: positiveInteger.default(30_000),
  PROJECTION_LAG_THRESHOLD_MS: positiveInteger.default(30_000),
  PROJECTION_POLL_INTERVAL_MS: positiveInteger.default(250),
  PROJECTION_BATCH_SIZE: positiveInteger.max(20_000).default(4_000),
  PROJECTION_FOLD_CACHE_STREAMS: positiveInteger.default(20_000),
  JOB_PUMP_INTERVAL_MS: positiveInteger.default(250),
  DEADLINE_SCAN_INTERVAL_MS: positiveInteger.default(60_000),
  STAGE_DEADLINES_FILE: z.string().min(1).optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/, 'must look like 100kb or 1mb')
    .default('256kb'),
});

export type Environment = z.infer<typeof environmentSchema>;
