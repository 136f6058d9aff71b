import { deciderSpec } from '@greenchain/testing';
import {
  accepted,
  caseCommand as command,
  charge,
  charged,
  chargesFiled,
  detected,
  event,
  item,
} from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';
import { evolveCase } from './case.evolve';
import { initialCaseState, standingMissedDeadlines } from './case.state';
import type { CaseEvent } from './case.events';

const spec = deciderSpec(caseDecider);

/** The scan flags the referral decision on 1 April: 30 days after the seizure of 1 March. */
const referralFlag = { step: 'referral_decision' as const, deadline: '2024-03-31' };
const referralMissed = event('StageDeadlineMissed', referralFlag, '2024-04-01');
const referral = { referralId: 'ref-1', office: 'Fiscalía Ambiental', summary: 'HCFC-22' };

const verdictFlag = { step: 'verdict' as const, deadline: '2025-04-01', partyId: 'party-b' };
const verdictMissed = event('StageDeadlineMissed', verdictFlag, '2025-04-02');

const fold = (events: readonly CaseEvent[]) => events.reduce(evolveCase, initialCaseState());

describe('a step recorded late with an in-time business date', () => {
  it.each([
    ['before the deadline', '2024-03-20'],
    ['on the deadline day itself', '2024-03-31'],
  ])('withdraws the flag in the decision that records a step dated %s', (_, occurredAt) =>
    spec
      .given([...detected, referralMissed])
      .when(command('ReferToProsecution', referral, occurredAt))
      .then([
        event('CaseReferredToProsecution', referral, occurredAt),
        event('StageDeadlineMissWithdrawn', referralFlag, occurredAt),
      ]),
  );

  it('lets the flag stand when the step is dated after the deadline', () =>
    spec
      .given([...detected, referralMissed])
      .when(command('ReferToProsecution', referral, '2024-04-01'))
      .then([event('CaseReferredToProsecution', referral, '2024-04-01')]));

  it('lets the flag stand for a back-dated fact that does not do the step', () =>
    spec
      .given([...detected, referralMissed])
      .when(command('AddCommodityItem', { ...item, itemId: 'item-2' }, '2024-03-20'))
      .then([event('CommodityItemAdded', { ...item, itemId: 'item-2' }, '2024-03-20')]));

  const acquittal = { outcome: 'acquitted' as const };
  const verdictOf = (partyId: string) =>
    spec
      .given([...charged, verdictMissed])
      .when(command('RecordVerdict', { partyId, ...acquittal }, '2025-03-01'));

  it('withdraws only the flag of the defendant whose verdict is recorded', () =>
    verdictOf('party-b').then([
      event('VerdictRecorded', { partyId: 'party-b', ...acquittal }, '2025-03-01'),
      event('StageDeadlineMissWithdrawn', verdictFlag, '2025-03-01'),
    ]));

  it("keeps a defendant's flag when another defendant's verdict comes in time", () =>
    verdictOf('party-a').then([
      event('VerdictRecorded', { partyId: 'party-a', ...acquittal }, '2025-03-01'),
    ]));

  it('does not raise a withdrawn flag again', () =>
    spec
      .given([
        ...detected,
        referralMissed,
        event('CaseReferredToProsecution', referral, '2024-03-20'),
        event('StageDeadlineMissWithdrawn', referralFlag, '2024-03-20'),
        event('ReferralReturned', { referralId: 'ref-1', reason: 'file incomplete' }, '2024-04-10'),
      ])
      .when(command('FlagDeadlineMissed', referralFlag, '2024-04-11'))
      .thenNothing());
});

describe('the verdict clock', () => {
  const secondCharge = { ...charge('party-a'), chargeId: 'charge-2' };

  it.each([
    ['recorded after later ones', '2024-04-10', '2024-04-01'],
    ['followed by later-dated ones', '2024-04-01', '2024-04-10'],
  ])('starts at the earliest charges, %s', (_, first, second) => {
    const state = fold([
      ...accepted,
      chargesFiled('party-a', first),
      event('ChargesFiled', { partyId: 'party-a', charges: [secondCharge] }, second),
    ]);
    expect(state.parties['party-a']?.defendant.chargedAt).toBe('2024-04-01');
  });
});

describe('the standing missed deadlines', () => {
  const withdrawn = event('StageDeadlineMissWithdrawn', referralFlag, '2024-03-20');

  it('leave out a withdrawn flag', () =>
    expect(standingMissedDeadlines(fold([...detected, referralMissed, withdrawn]))).toEqual([]));

  it('leave it out too when the withdrawal is folded first, in business-date order', () =>
    expect(standingMissedDeadlines(fold([...detected, withdrawn, referralMissed]))).toEqual([]));

  it('keep a flag nothing withdrew', () =>
    expect(standingMissedDeadlines(fold([...detected, referralMissed]))).toEqual([
      'referral_decision|2024-03-31|',
    ]));
});
