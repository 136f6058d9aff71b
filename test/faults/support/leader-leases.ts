import { type SqlExecutor } from '@greenchain/event-store';

/** The advisory-lock namespace of projection leaders (libs/read-models/src/runner/leader-lease.ts). */
const leaderLockNamespace = 0x67630001;

export interface LeaseHolders {
  /** Holders by lease key (one projection each); more than one holder of a key would be a bug. */
  readonly byLease: ReadonlyMap<string, readonly string[]>;
  /** How many leases each process holds, by its application_name. */
  readonly byHolder: Readonly<Record<string, number>>;
}

/**
 * Who leads which projection, from PostgreSQL's lock table: every granted leader lock and the
 * application_name of the session holding it (each worker of the suite connects under its name).
 */
export async function leaseHolders(executor: SqlExecutor): Promise<LeaseHolders> {
  const rows = (await executor.query(
    `SELECT l.objid::text AS lease, a.application_name AS holder
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = $1::oid
      ORDER BY 1, 2`,
    [leaderLockNamespace],
  )) as { lease: string; holder: string }[];
  const byLease = new Map<string, string[]>();
  const byHolder: Record<string, number> = {};
  for (const { lease, holder } of rows) {
    byLease.set(lease, [...(byLease.get(lease) ?? []), holder]);
    byHolder[holder] = (byHolder[holder] ?? 0) + 1;
  }
  return { byLease, byHolder };
}
