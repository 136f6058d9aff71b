import { type CommandResult } from '@greenchain/contracts';
import type request from 'supertest';
import {
  type FixtureCase,
  type FixtureStep,
  type Sentence,
} from '../fixtures/metrics-fixture.cases';
import {
  chargesRequest,
  consigneeRequest,
  forwarderRequest,
  itemRequest,
  referralRequest,
  seizureRequest,
} from './hcfc-22-case';
import { bodyOf } from './http';
import { bearer } from './sessions';

/** The Kenyan officers who record the fixture: each command goes to the role that owns it. */
export interface FixtureOfficers {
  readonly customs: string;
  readonly prosecutor: string;
  readonly judiciary: string;
}

type Officer = keyof FixtureOfficers;

/** What the commands of one case created, by the fixture's indexes. */
interface Recorded {
  readonly caseId: string;
  readonly itemIds: string[];
  readonly partyIds: string[];
}

const sentenceBody = ({ penaltyLines, statutoryMaximum }: Sentence) => ({
  penaltyLines,
  statutoryMaximum,
});

/**
 * Plays the fixture's cases through the case command API, in order, every fact with its business
 * date; answers the case ids by the fixture's case names.
 */
export async function loadFixtureCases(
  http: ReturnType<typeof request>,
  officers: FixtureOfficers,
  cases: readonly FixtureCase[],
): Promise<Record<string, string>> {
  const post = async (who: Officer, path: string, body: object) => {
    const response = await http.post(`/api/cases${path}`).set(bearer(officers[who])).send(body);
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${response.text}`);
    return bodyOf<CommandResult>(response);
  };

  const record = async (recorded: Recorded, step: FixtureStep) => {
    const { caseId, itemIds, partyIds } = recorded;
    const party = (index: number) => partyIds[index] ?? '';
    switch (step.step) {
      case 'settle':
        return post('customs', `/${caseId}/settle-administratively`, {
          occurredAt: step.on,
          partyIds,
          penaltyLines: [{ type: 'fine', amount: { amount: 100_000, currency: 'KES' } }],
          reExportOrder: true,
        });
      case 'refer': {
        const referral = await post('customs', `/${caseId}/refer-to-prosecution`, {
          ...referralRequest,
          occurredAt: step.on,
        });
        if (step.acceptedOn === undefined) return referral;
        return post('prosecutor', `/${caseId}/referrals/${referral.created.referralId}/accept`, {
          occurredAt: step.acceptedOn,
        });
      }
      case 'charge':
        return post('prosecutor', `/${caseId}/defendants/${party(step.party)}/charges`, {
          ...chargesRequest,
          occurredAt: step.on,
          ...(step.late !== undefined && { dateOrderReason: step.late }),
        });
      case 'decline':
        return post('prosecutor', `/${caseId}/decline-prosecution`, {
          occurredAt: step.on,
          ...(step.party !== undefined && { partyId: party(step.party) }),
          reasonCode: step.reasonCode,
        });
      case 'withdraw':
        return post('prosecutor', `/${caseId}/defendants/${party(step.party)}/withdraw-charges`, {
          occurredAt: step.on,
          reasonCode: 'insufficient_evidence',
        });
      case 'verdict':
        return post('judiciary', `/${caseId}/defendants/${party(step.party)}/verdict`, {
          occurredAt: step.on,
          outcome: step.outcome,
        });
      case 'sentence':
        return post('judiciary', `/${caseId}/defendants/${party(step.party)}/sentence`, {
          occurredAt: step.on,
          ...sentenceBody(step),
        });
      case 'appeal': {
        const appeal = await post(
          'judiciary',
          `/${caseId}/defendants/${party(step.party)}/appeals`,
          {
            occurredAt: step.on,
            appellant: step.against === 'verdict' ? 'defence' : 'prosecution',
            against: step.against,
          },
        );
        return post('judiciary', `/${caseId}/appeals/${appeal.created.appealId}/decision`, {
          occurredAt: step.decidedOn,
          outcome: step.outcome,
          ...(step.newSentence && { newSentence: sentenceBody(step.newSentence) }),
        });
      }
      case 'dispose':
        return post('customs', `/${caseId}/items/${itemIds[step.item]}/disposal`, {
          occurredAt: step.on,
          method: step.method ?? 'destroyed',
        });
      case 'close':
        return post(step.by, `/${caseId}/close`, { occurredAt: step.on, reasonCode: 'concluded' });
    }
  };

  const ids: Record<string, string> = {};
  for (const fixture of cases) {
    const caseId = (
      await post('customs', '', {
        ...seizureRequest(),
        ...fixture.seizure,
        occurredAt: fixture.seizedOn,
      })
    ).id;
    const recorded: Recorded = { caseId, itemIds: [], partyIds: [] };
    for (const value of fixture.items) {
      const item = await post('customs', `/${caseId}/items`, {
        ...itemRequest,
        ...fixture.item,
        occurredAt: fixture.seizedOn,
        estimatedValue: value ?? undefined,
      });
      recorded.itemIds.push(item.created.itemId ?? '');
    }
    for (let index = 0; index < fixture.parties; index++) {
      const party = index === 0 ? { ...consigneeRequest, ...fixture.person } : forwarderRequest;
      const added = await post('customs', `/${caseId}/parties`, {
        ...party,
        occurredAt: fixture.seizedOn,
      });
      recorded.partyIds.push(added.created.partyId ?? '');
    }
    for (const step of fixture.steps) await record(recorded, step);
    ids[fixture.name] = caseId;
  }
  return ids;
}
