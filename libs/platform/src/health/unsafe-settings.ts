/**
 * Settings of the servers Greenchain relies on that lose committed work: readiness refuses them,
 * each with a message that names the setting and the fix, for the operator reading the log.
 */

/** BullMQ keeps its jobs as Redis keys; any other policy lets Redis evict them when memory fills. */
export function redisEvictionProblem(info: string): string | undefined {
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  if (policy === undefined || policy === 'noeviction') return undefined;
  return (
    `Redis maxmemory-policy is ${policy}: Redis may evict queued jobs when its memory fills. ` +
    'Set maxmemory-policy noeviction (redis.conf, or CONFIG SET maxmemory-policy noeviction).'
  );
}

export interface FsyncContext {
  /** The value of PostgreSQL's fsync setting (`on` or `off`). */
  readonly fsync: string | undefined;
  /** NODE_ENV=production: the deployment holds real cases. */
  readonly production: boolean;
  /** The in-process PGlite, which runs with fsync off by design (a laptop or a demo). */
  readonly embedded: boolean;
}

/** Without fsync a crash of the machine can lose or corrupt committed events. */
export function fsyncProblem({ fsync, production, embedded }: FsyncContext): string | undefined {
  if (!production || embedded || fsync === undefined || fsync === 'on') return undefined;
  return (
    `PostgreSQL fsync is ${fsync}: a crash can lose or corrupt committed events. ` +
    'Set fsync = on in postgresql.conf and reload PostgreSQL (SELECT pg_reload_conf()).'
  );
}
