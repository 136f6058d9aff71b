import { type CommandResult } from '@greenchain/contracts';
import { consigneeRequest, declineRequest, referralRequest, seizureRequest } from './hcfc-22-case';

/** Sends a case command (`POST /api/cases{path}`) as the signed-in officer of that role. */
export type SendAs = (
  officer: 'customs' | 'prosecutor',
  path: string,
  body: object,
) => Promise<CommandResult>;

/**
 * A case that customs seized and referred, and the prosecutor accepted and declined on
 * `declinedOn`: an outcome for the seizing office, notified when it is recorded as it happens.
 */
export async function declinedCase(
  send: SendAs,
  declinedOn: string,
  reference?: string,
): Promise<string> {
  const caseId = (await send('customs', '', seizureRequest(reference))).id;
  const partyId = (await send('customs', `/${caseId}/parties`, consigneeRequest)).created.partyId;
  const referralId = (await send('customs', `/${caseId}/refer-to-prosecution`, referralRequest))
    .created.referralId;
  await send('prosecutor', `/${caseId}/referrals/${referralId}/accept`, {
    occurredAt: '2024-04-02',
  });
  await send('prosecutor', `/${caseId}/decline-prosecution`, {
    ...declineRequest(partyId ?? ''),
    occurredAt: declinedOn,
  });
  return caseId;
}
