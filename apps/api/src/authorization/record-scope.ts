import { type CaseState, type ShareableField } from '@greenchain/domain';
import { type RecordScope } from './app-ability';
import { shareRecipient } from './share-recipient';

/** Today as YYYY-MM-DD (UTC): a share's `until` is its last day of access. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The agencies the case is shared with on `on` (not revoked, last day not passed), by a part. */
function recipients(state: CaseState, on: string, part?: ShareableField): string[] {
  const active = Object.values(state.shares)
    .filter(({ revoked, shared }) => revoked === undefined && shared.until >= on)
    .map(({ shared }) => shared)
    .filter((shared) => part === undefined || shared.fields.includes(part));
  return [...new Set(active.map(({ country, agency }) => shareRecipient(country, agency)))];
}

/**
 * The case as abilities see it. A share counts until it is revoked or its last day has passed, for
 * the agency it names; it opens personal fields only if it includes the parties.
 */
export function caseScope(state: CaseState, on: string = today()): RecordScope {
  return {
    country: state.seizure?.country ?? '',
    agency: state.seizure?.agency ?? '',
    sharedWith: recipients(state, on),
    personalSharedWith: recipients(state, on, 'parties'),
  };
}

/** An evidence item is the case's: same country and agency; shared when the share includes evidence. */
export function evidenceScope(caseState: CaseState, on: string = today()): RecordScope {
  return {
    ...caseScope(caseState, on),
    sharedWith: recipients(caseState, on, 'evidence'),
    personalSharedWith: [],
  };
}
