import type { StalledDeadlines } from '@greenchain/read-models';

/** The validated, resolved configuration every module receives (never `process.env` directly). */
export interface GreenchainConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly corsOrigins: readonly string[];
    readonly bodyLimit: string;
  };
  /** `embedded` runs PGlite in-process; `external` uses DATABASE_URL. */
  readonly database:
    | { readonly mode: 'embedded'; readonly dataDir: string }
    | {
        readonly mode: 'external';
        readonly url: string;
      };
  /** Without REDIS_URL, BullMQ runs on its PostgreSQL backend in the same database. */
  readonly queue: (
    { readonly mode: 'redis'; readonly url: string } | { readonly mode: 'postgres' }
  ) & {
    /** Separates deployments (and test suites) that share one Redis. */
    readonly prefix: string;
  };
  readonly auth: {
    readonly accessSecret: string;
    readonly refreshSecret: string;
    readonly accessTtlSeconds: number;
    readonly refreshTtlSeconds: number;
    /** How long a re-authentication proof opens sensitive routes (erasure, users, webhooks). */
    readonly reauthenticationTtlSeconds: number;
    /** How long an administrator's password reset link stays usable. */
    readonly passwordResetTtlSeconds: number;
    /** A scraper's bearer token for /metrics, so Prometheus needs no user account. */
    readonly metricsToken?: string;
  };
  readonly encryptionMasterKey: Buffer;
  readonly logLevel: string;
  readonly seedDemoData: boolean;
  readonly worker: {
    readonly heartbeatIntervalMs: number;
    readonly heartbeatStaleMs: number;
    /** Readiness fails when a projection's oldest unapplied event is older than this. */
    readonly projectionLagThresholdMs: number;
    /** The longest wait of an idle projection runner between two looks at the log. */
    readonly projectionPollIntervalMs: number;
    /** Events a projection runner reads and applies per transaction. */
    readonly projectionBatchSize: number;
    /** Streams whose folded states a worker keeps in memory for its projections (LRU). */
    readonly projectionFoldCacheStreams: number;
    /** How often pending job dispatches are moved to the queue. */
    readonly jobPumpIntervalMs: number;
    /** How often the stage deadlines are scanned for missed ones. */
    readonly deadlineScanIntervalMs: number;
  };
  /** Days allowed per pending step of a case, by default and per country (STAGE_DEADLINES_FILE). */
  readonly stageDeadlines: StalledDeadlines;
}

export const GREENCHAIN_CONFIG = Symbol('GREENCHAIN_CONFIG');
