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
  };
  readonly encryptionMasterKey: Buffer;
  readonly logLevel: string;
  readonly seedDemoData: boolean;
  readonly worker: { readonly heartbeatIntervalMs: number; readonly heartbeatStaleMs: number };
}

export const GREENCHAIN_CONFIG = Symbol('GREENCHAIN_CONFIG');
