import { type CaseState } from '@greenchain/domain';
import { type RecordScope } from './app-ability';

/** Today as YYYY-MM-DD (UTC): a share's `until` is its last day of access. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The case as abilities see it. A share counts until it is revoked or its last day has passed; it
 * opens personal fields only if it includes the parties, and evidence only if it includes evidence.
 */
export function caseScope(state: CaseState, on: string = today()): RecordScope {
  const active = Object.values(state.shares)
    .filter(({ revoked, shared }) => revoked === undefined && shared.until >= on)
    .map(({ shared }) => shared);
  const countriesWith = (field?: string) => [
    ...new Set(
      active
        .filter((share) => field === undefined || share.fields.some((f) => f === field))
        .map((share) => share.country),
    ),
  ];
  return {
    country: state.seizure?.country ?? '',
    agency: state.seizure?.agency ?? '',
    sharedWith: countriesWith(),
    personalSharedWith: countriesWith('parties'),
  };
}

/** An evidence item is the case's: same country and agency; shared when the share includes evidence. */
export function evidenceScope(caseState: CaseState, on: string = today()): RecordScope {
  const scope = caseScope(caseState, on);
  const active = Object.values(caseState.shares).filter(
    ({ revoked, shared }) =>
      revoked === undefined && shared.until >= on && shared.fields.includes('evidence'),
  );
  const sharedWith = [...new Set(active.map(({ shared }) => shared.country))];
  return { ...scope, sharedWith, personalSharedWith: [] };
}
