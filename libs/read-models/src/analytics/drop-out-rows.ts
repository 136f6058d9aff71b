import {
  dropOutReasons,
  type DropOutReason,
  type DropOutReasonCounts,
  type DropOutRow,
} from '@greenchain/contracts';
import { unknownGroup } from './analytics-scope';

/** A group's cases and defendants: all, dropped out, settled. */
export interface DropOutTotalsRow {
  readonly key: string | null;
  readonly cases: number;
  readonly defendants: number;
  readonly dropped_cases: number;
  readonly dropped_defendants: number;
  readonly settled_cases: number;
  readonly settled_defendants: number;
}

/** A group's dropped-out defendants and cases of one reason (and reason code). */
export interface DropOutReasonRow {
  readonly key: string | null;
  readonly reason: DropOutReason;
  readonly reason_code: string | null;
  readonly cases: number;
  readonly defendants: number;
}

/**
 * Every reason in order, with zeros; declines once per reason code that occurs in the group (codes
 * come from a reference list that a deployment may extend).
 */
function reasonCounts(rows: readonly DropOutReasonRow[]): DropOutReasonCounts[] {
  return dropOutReasons.flatMap((reason): DropOutReasonCounts[] => {
    const ofReason = rows.filter((row) => row.reason === reason);
    if (reason === 'declined') {
      return ofReason.map(({ reason_code, cases, defendants }) => ({
        reason,
        reasonCode: reason_code,
        cases,
        defendants,
      }));
    }
    const [row] = ofReason;
    return [{ reason, reasonCode: null, cases: row?.cases ?? 0, defendants: row?.defendants ?? 0 }];
  });
}

/** The drop-out rows of the groups, each with all its reasons. */
export function dropOutRows(
  totals: readonly DropOutTotalsRow[],
  reasons: readonly DropOutReasonRow[],
): DropOutRow[] {
  return totals.map((row) => {
    const group = row.key ?? unknownGroup;
    return {
      id: group,
      group,
      total: { cases: row.cases, defendants: row.defendants },
      droppedOut: { cases: row.dropped_cases, defendants: row.dropped_defendants },
      reasons: reasonCounts(reasons.filter((reason) => (reason.key ?? unknownGroup) === group)),
      settled: { cases: row.settled_cases, defendants: row.settled_defendants },
    };
  });
}
