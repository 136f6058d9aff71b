import type { OutgoingPolicy, StalledDeadlines } from '@greenchain/read-models';

/** The validated, resolved configuration every module receives (never `process.env` directly). */
export interface GreenchainConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly corsOrigins: readonly string[];
    readonly bodyLimit: string;
    /** Whether /api/docs serves the OpenAPI document and its explorer. */
    readonly apiDocs: boolean;
    /** Whether readiness answers name each check (off in production: it maps the deployment). */
    readonly healthDetails: boolean;
    /** Express's trust proxy: false, a hop count, or the proxies' addresses. */
    readonly trustProxy: false | number | readonly string[];
  };
  /** Files attached to cases: the largest accepted, and the types taken (found in the bytes). */
  readonly documents: {
    readonly maxBytes: number;
    readonly allowedTypes: readonly string[];
    /** Chunks of an upload that never became a blob are swept once older than this. */
    readonly uploadGraceHours: number;
    /** The largest chunk of a resumable upload (held in memory while it is checked). */
    readonly uploadChunkMaxBytes: number;
    /** A resumable upload session not completed within this is swept with its chunks. */
    readonly uploadSessionHours: number;
    /** Where the bytes go: PostgreSQL (the default) or an S3-compatible object store. */
    readonly storage: DocumentStorageConfig;
  };
  /** `embedded` runs PGlite in-process; `external` uses DATABASE_URL. */
  readonly database:
    | { readonly mode: 'embedded'; readonly dataDir: string }
    | {
        readonly mode: 'external';
        readonly url: string;
        /** The owner role's URL, for migrations only (MIGRATION_DATABASE_URL); unset: `url`. */
        readonly migrationUrl?: string;
        /** The runtime login role the migrations make a member of `greenchain_app`. */
        readonly appRole?: string;
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
    readonly accessTtlSeconds: number;
    readonly refreshTtlSeconds: number;
    /** A session ends this long after sign-in, however often it is refreshed. */
    readonly sessionMaxAgeSeconds: number;
    /** How long a re-authentication proof opens sensitive routes (erasure, users, webhooks). */
    readonly reauthenticationTtlSeconds: number;
    /** How long an administrator's password reset link stays usable. */
    readonly passwordResetTtlSeconds: number;
    /** A scraper's bearer token for /metrics, so Prometheus needs no user account. */
    readonly metricsToken?: string;
  };
  /** Request limits and sign-in back-off, kept in Redis (REDIS_URL) or PostgreSQL. */
  readonly limits: {
    readonly userPerMinute: number;
    readonly anonymousPerMinute: number;
    /** Failures of one account from one client address before waits begin. */
    readonly signInFreeFailures: number;
    /** Failures of one account from all addresses (an hour) before waits begin for everyone. */
    readonly signInAccountFailures: number;
    /** Failures from one address over all accounts (an hour) before it is refused. */
    readonly signInAddressFailures: number;
    readonly signInMaxWaitSeconds: number;
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
    /** Entries of the personal-data read log older than this many days are removed. */
    readonly accessLogRetentionDays: number;
    /**
     * Outcomes recorded more than this many days after they happened notify no one (nor do those
     * entered in bulk): see docs/events.md#what-is-notified.
     */
    readonly notifyLateEntriesWithinDays: number;
  };
  /** Days allowed per pending step of a case, by default and per country (STAGE_DEADLINES_FILE). */
  readonly stageDeadlines: StalledDeadlines;
  /** Where webhooks may be sent: https only in production, special networks only when allowed. */
  readonly outgoing: OutgoingPolicy;
}

export const GREENCHAIN_CONFIG = Symbol('GREENCHAIN_CONFIG');

/** The backend of attached files' bytes (DOCUMENT_STORAGE and the DOCUMENT_S3_* variables). */
export type DocumentStorageConfig =
  | { readonly kind: 'postgres' }
  | {
      readonly kind: 's3';
      /** The only origin the S3 client sends requests to (validated as an http(s) origin). */
      readonly endpoint: string;
      readonly region: string;
      readonly bucket: string;
      readonly accessKeyId: string;
      readonly secretAccessKey: string;
      /** `bucket` in the path (MinIO, s3rver) rather than in the host name. */
      readonly forcePathStyle: boolean;
    };
