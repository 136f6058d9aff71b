import { deciderSpec } from '@greenchain/testing';
import {
  accepted,
  caseCommand as command,
  charge,
  charged,
  chargesFiled,
  detected,
  event,
  referred,
  settled,
  verdict,
} from '../fixtures/case.fixtures';
import { by } from '../fixtures/metadata';
import { caseDecider } from './case.decider';

const spec = deciderSpec(caseDecider);
const returned = event(
  'ReferralReturned',
  { referralId: 'ref-1', reason: 'no lab report' },
  '2024-03-12',
);

describe('AcceptReferral', () => {
  it('records the prosecutor who accepted it', () =>
    spec
      .given(referred)
      .when(command('AcceptReferral', { referralId: 'ref-1' }, '2024-03-15'))
      .then([accepted.at(-1)!]));

  it('refuses a case that was not referred', () =>
    spec
      .given(detected)
      .when(command('AcceptReferral', { referralId: 'ref-1' }))
      .thenThrows('case/not-referred'));

  it('tells the prosecutor a settled case was settled, not that it awaits a referral', () =>
    spec
      .given(settled)
      .when(command('AcceptReferral', { referralId: 'ref-1' }))
      .thenThrows('case/settled'));

  it('refuses a returned referral', () =>
    spec
      .given([...referred, returned])
      .when(command('AcceptReferral', { referralId: 'ref-1' }))
      .thenThrows('case/referral-returned', 'data.referralId'));

  it('refuses a referral another prosecutor accepted', () =>
    spec
      .given(accepted)
      .when({
        ...command('AcceptReferral', { referralId: 'ref-1' }),
        metadata: by('prosecutor', '2024-03-16', 'prosecutor-2'),
      })
      .thenThrows('case/referral-already-accepted', 'data.referralId'));

  it('does nothing when the same prosecutor accepts again', () =>
    spec
      .given(accepted)
      .when(command('AcceptReferral', { referralId: 'ref-1' }))
      .thenNothing());

  it('refuses an acceptance dated before the referral', () =>
    spec
      .given(referred)
      .when(command('AcceptReferral', { referralId: 'ref-1' }, '2024-03-09'))
      .thenThrows('case/date-out-of-order', 'metadata.occurredAt'));
});

describe('ReturnReferral', () => {
  const request = { referralId: 'ref-1', reason: 'no lab report' };

  it('sends the file back with a reason', () =>
    spec
      .given(referred)
      .when(command('ReturnReferral', request, '2024-03-12'))
      .then([returned]));

  it('refuses to return an accepted referral', () =>
    spec
      .given(accepted)
      .when(command('ReturnReferral', request))
      .thenThrows('case/referral-already-accepted', 'data.referralId'));

  it('refuses an unknown referral id', () =>
    spec
      .given(referred)
      .when(command('ReturnReferral', { ...request, referralId: 'ref-9' }))
      .thenThrows('case/referral-not-found', 'data.referralId'));

  it('does nothing when returned again for the same reason', () =>
    spec
      .given([...referred, returned])
      .when(command('ReturnReferral', request))
      .thenNothing());
});

describe('FileCharges', () => {
  const charges = { partyId: 'party-a', charges: [charge('party-a')] };

  it('charges a defendant after the referral is accepted', () =>
    spec
      .given(accepted)
      .when(command('FileCharges', charges, '2024-04-01'))
      .then([chargesFiled('party-a')]));

  it('refuses charges before the referral is accepted', () =>
    spec
      .given(referred)
      .when(command('FileCharges', charges))
      .thenThrows('case/referral-not-accepted'));

  it('refuses charges on a case never referred', () =>
    spec.given(detected).when(command('FileCharges', charges)).thenThrows('case/not-referred'));

  it('refuses charges on a settled case as settled', () =>
    spec.given(settled).when(command('FileCharges', charges)).thenThrows('case/settled'));

  it('refuses an ICCS class outside Section 10', () =>
    spec
      .given(accepted)
      .when(
        command('FileCharges', {
          ...charges,
          charges: [{ ...charge('party-a'), iccsClass: '0101' }],
        }),
      )
      .thenThrows('value/invalid-iccs-class', 'data.charges[0].iccsClass'));

  it('refuses charges against a defendant already declined', () =>
    spec
      .given([
        ...accepted,
        event(
          'ProsecutionDeclined',
          { scope: 'defendant', partyIds: ['party-a'], reasonCode: 'public_interest' },
          '2024-03-20',
        ),
      ])
      .when(command('FileCharges', charges))
      .thenThrows('case/defendant-declined', 'data.partyId'));

  it('adds further charges before the verdict, only the new ones', () => {
    const extra = {
      chargeId: 'charge-2',
      statute: 'Ley 1160/97',
      section: 'Art. 198',
      iccsClass: '1002',
    };
    spec
      .given(charged)
      .when(command('FileCharges', { partyId: 'party-a', charges: [charge('party-a'), extra] }))
      .then([event('ChargesFiled', { partyId: 'party-a', charges: [extra] }, '2024-06-01')]);
  });

  it('does nothing when the same charges are filed again', () =>
    spec.given(charged).when(command('FileCharges', charges)).thenNothing());

  it('refuses new charges after the verdict', () =>
    spec
      .given([...charged, verdict('party-a', 'acquitted')])
      .when(
        command('FileCharges', {
          partyId: 'party-a',
          charges: [{ ...charge('party-a'), chargeId: 'c-9' }],
        }),
      )
      .thenThrows('case/verdict-recorded', 'data.partyId'));
});

describe('DeclineProsecution', () => {
  it('declines one defendant with a reason code', () =>
    spec
      .given(accepted)
      .when(
        command(
          'DeclineProsecution',
          { partyId: 'party-b', reasonCode: 'insufficient_evidence' },
          '2024-03-20',
        ),
      )
      .then([
        event(
          'ProsecutionDeclined',
          { scope: 'defendant', partyIds: ['party-b'], reasonCode: 'insufficient_evidence' },
          '2024-03-20',
        ),
      ]));

  it('declines all defendants still without a charge decision', () =>
    spec
      .given([...accepted, chargesFiled('party-a')])
      .when(command('DeclineProsecution', { reasonCode: 'public_interest' }))
      .then([
        event(
          'ProsecutionDeclined',
          { scope: 'all', partyIds: ['party-b'], reasonCode: 'public_interest' },
          '2024-06-01',
        ),
      ]));

  it('declines a case whose offender is unknown', () => {
    const unknown = accepted.filter((fact) => fact.type !== 'PartyAdded');
    spec
      .given(unknown)
      .when(command('DeclineProsecution', { reasonCode: 'offender_unknown_or_absconded' }))
      .then([
        event(
          'ProsecutionDeclined',
          { scope: 'all', partyIds: [], reasonCode: 'offender_unknown_or_absconded' },
          '2024-06-01',
        ),
      ]);
  });

  it('refuses to decline a charged defendant (that is a withdrawal)', () =>
    spec
      .given(charged)
      .when(command('DeclineProsecution', { partyId: 'party-a', reasonCode: 'public_interest' }))
      .thenThrows('case/already-charged', 'data.partyId'));

  it('refuses a reason outside the code list', () =>
    spec
      .given(accepted)
      .when(command('DeclineProsecution', { reasonCode: 'too_busy' }))
      .thenThrows('value/not-in-code-list', 'data.reasonCode'));

  it('refuses a decline of all when every defendant has a decision', () =>
    spec
      .given(charged)
      .when(command('DeclineProsecution', { reasonCode: 'public_interest' }))
      .thenThrows('case/nothing-to-decline', 'data.partyId'));

  it('does nothing when the defendant is already declined', () =>
    spec
      .given([
        ...accepted,
        event(
          'ProsecutionDeclined',
          { scope: 'all', partyIds: ['party-a', 'party-b'], reasonCode: 'time_barred' },
          '2024-03-20',
        ),
      ])
      .when(command('DeclineProsecution', { reasonCode: 'time_barred' }))
      .thenNothing());
});

describe('WithdrawCharges', () => {
  const withdrawal = { partyId: 'party-a', reasonCode: 'insufficient_evidence' };
  const withdrawn = event(
    'ChargesWithdrawn',
    { ...withdrawal, chargeIds: ['charge-party-a'] },
    '2024-06-01',
  );

  it('withdraws every charge against the defendant', () =>
    spec.given(charged).when(command('WithdrawCharges', withdrawal)).then([withdrawn]));

  it('refuses a defendant who was never charged', () =>
    spec
      .given(accepted)
      .when(command('WithdrawCharges', withdrawal))
      .thenThrows('case/not-charged', 'data.partyId'));

  it('refuses a withdrawal after the verdict', () =>
    spec
      .given([...charged, verdict('party-a', 'convicted')])
      .when(command('WithdrawCharges', withdrawal))
      .thenThrows('case/verdict-recorded', 'data.partyId'));

  it('refuses a withdrawal dated before the charges', () =>
    spec
      .given(charged)
      .when(command('WithdrawCharges', withdrawal, '2024-03-31'))
      .thenThrows('case/date-out-of-order', 'metadata.occurredAt'));

  it('does nothing when withdrawn again', () =>
    spec
      .given([...charged, withdrawn])
      .when(command('WithdrawCharges', withdrawal))
      .thenNothing());
});
