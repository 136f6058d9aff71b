import type { SecurityAuditRecord } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import {
  anyOf,
  containsText,
  listRows,
  InvalidFilterValueError,
  type FilterCondition,
  type ListParams,
  type ListResult,
} from '../../shared/list-query';
import { securityAuditTable } from './security-audit.tables';

export interface SecurityAuditFilter {
  readonly kind?: string | readonly string[];
  readonly outcome?: string | readonly string[];
  readonly actorUserId?: string | readonly string[];
  readonly userId?: string | readonly string[];
  readonly targetId?: string | readonly string[];
  readonly clientAddress?: string | readonly string[];
  /** Recorded at or after this ISO 8601 time (a date means its midnight UTC). */
  readonly recordedFrom?: string;
  /** Recorded at or before this ISO 8601 time. */
  readonly recordedTo?: string;
  /** Text in the kind, the ids, the client or the details. */
  readonly q?: string;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A bound on the recording time: an ISO 8601 time as it is, or a day (UTC) as a whole, so that
 * `recordedTo: 2026-12-06` includes that day. `dayOffset` 1 makes a day's bound its next midnight.
 */
function recordedBound(operator: '>=' | '<', dayOffset: 0 | 1): FilterCondition {
  return (value, bind) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.length > 40) {
      throw new InvalidFilterValueError('needs a date or time');
    }
    if (dateOnly.test(value)) {
      return `recorded_at ${operator} ((${bind(value)}::date + ${dayOffset})::timestamp AT TIME ZONE 'UTC')`;
    }
    return `recorded_at ${operator === '<' ? '<=' : operator} ${bind(value)}::timestamptz`;
  };
}

/** The audit trail's fields as the API names them; every one sorts. */
export const securityAuditFields = {
  id: 'global_position',
  kind: 'kind',
  outcome: 'outcome',
  actorUserId: 'actor_user_id',
  actorRole: 'actor_role',
  userId: 'user_id',
  targetId: 'target_id',
  clientAddress: 'client_address',
  userAgent: 'user_agent',
  details: 'details',
  recordedAt: 'recorded_at',
} as const;

/** Administrators' view of the security audit trail, newest first by default. */
export class SecurityAuditQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async list(
    params: ListParams<SecurityAuditFilter> = {},
  ): Promise<ListResult<SecurityAuditRecord>> {
    const result = await listRows<SecurityAuditRecord & { recordedAt: Date | string }>(
      this.executor,
      {
        from: securityAuditTable.name,
        fields: securityAuditFields,
        filters: {
          kind: anyOf('kind'),
          outcome: anyOf('outcome'),
          actorUserId: anyOf('actor_user_id'),
          userId: anyOf('user_id'),
          targetId: anyOf('target_id'),
          clientAddress: anyOf('client_address'),
          recordedFrom: recordedBound('>=', 0),
          recordedTo: recordedBound('<', 1),
          q: containsText(
            'kind',
            'actor_user_id',
            'user_id',
            'target_id',
            'client_address',
            'user_agent',
            'details::text',
          ),
        },
        defaultSort: ['id', 'DESC'],
        tieBreaker: 'global_position',
      },
      params as ListParams<Readonly<Record<string, unknown>>>,
    );
    const rows = result.rows.map((row) => ({
      ...row,
      recordedAt: new Date(row.recordedAt).toISOString(),
    }));
    return { rows, total: result.total };
  }
}
