import { type CommandResult } from '@greenchain/contracts';
import { type Page } from 'playwright-core';
import {
  chargesRequest,
  consigneeRequest,
  forwarderRequest,
  itemRequest,
  referralRequest,
  seizureRequest,
} from '../../support/hcfc-22-case';

/**
 * The API, as the user signed in on a console tab (its session's token): sets up the steps of a
 * case whose own dialogs other tests already drive, without signing in again (sign-in is throttled).
 */
export class CaseApi {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async of(page: Page, baseUrl: string): Promise<CaseApi> {
    const stored = await page.evaluate<string | null>(
      "sessionStorage.getItem('greenchain.session')",
    );
    const token = (JSON.parse(stored ?? '{}') as { accessToken?: string }).accessToken;
    if (!token) throw new Error('The tab has no session');
    return new CaseApi(baseUrl, token);
  }

  async post(path: string, body: object): Promise<CommandResult> {
    const response = await fetch(`${this.baseUrl}/api/cases${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as CommandResult;
  }
}

export interface HcfcCase {
  readonly caseId: string;
  readonly consigneeId: string;
  readonly forwarderId: string;
}

/** Customs records the HCFC-22 seizure with its item, a consignee and a forwarder. */
export async function seizedCase(customs: CaseApi): Promise<HcfcCase> {
  const caseId = (await customs.post('', seizureRequest())).id;
  await customs.post(`/${caseId}/items`, itemRequest);
  const consignee = await customs.post(`/${caseId}/parties`, consigneeRequest);
  const forwarder = await customs.post(`/${caseId}/parties`, forwarderRequest);
  return {
    caseId,
    consigneeId: consignee.created.partyId ?? '',
    forwarderId: forwarder.created.partyId ?? '',
  };
}

/** ... then refers it; answers the referral's id. */
export async function referred(customs: CaseApi, seized: HcfcCase): Promise<string> {
  const referral = await customs.post(`/${seized.caseId}/refer-to-prosecution`, referralRequest);
  return referral.created.referralId ?? '';
}

/** ... and the prosecutor accepts the referral and charges the consignee. */
export async function charged(
  customs: CaseApi,
  prosecutor: CaseApi,
  seized: HcfcCase,
): Promise<void> {
  const referralId = await referred(customs, seized);
  await prosecutor.post(`/${seized.caseId}/referrals/${referralId}/accept`, {
    occurredAt: '2024-03-25',
  });
  await prosecutor.post(
    `/${seized.caseId}/defendants/${seized.consigneeId}/charges`,
    chargesRequest,
  );
}
