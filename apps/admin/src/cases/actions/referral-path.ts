import { type CaseRecord } from '../case-record';

/** The path of the prosecutor's answer to the case's current referral. */
export function referralPath(record: CaseRecord, answer: 'accept' | 'return'): string {
  return `referrals/${record.state.referral?.request.referralId ?? ''}/${answer}`;
}
