import { deciderSpec } from '@greenchain/testing';
import {
  accepted,
  caseCommand as command,
  companyB,
  detected,
  event,
  personA,
  referred,
  seizure,
} from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';

const spec = deciderSpec(caseDecider);
const seizureRecorded = event('SeizureRecorded', seizure, '2024-03-01');

describe('AddParty', () => {
  it('adds a person with the personal fields the event store encrypts', () =>
    spec
      .given([seizureRecorded])
      .when(command('AddParty', personA, '2024-03-01'))
      .then([event('PartyAdded', personA, '2024-03-01')]));

  it('refuses a role outside the code list', () =>
    spec
      .given([seizureRecorded])
      .when(command('AddParty', { ...personA, role: 'smuggler' }))
      .thenThrows('value/not-in-code-list', 'data.role'));

  it('refuses an impossible birth date', () =>
    spec
      .given([seizureRecorded])
      .when(command('AddParty', { ...personA, dateOfBirth: '1975-02-30' }))
      .thenThrows('value/invalid-date', 'data.dateOfBirth'));

  it("records a person's sex and age band for the offender statistics, in clear", () => {
    const counted = { ...personA, sex: 'female', ageBand: 'juvenile' } as const;
    spec
      .given([seizureRecorded])
      .when(command('AddParty', counted, '2024-03-01'))
      .then([event('PartyAdded', counted, '2024-03-01')]);
  });

  it('refuses a sex or an age band outside their lists', () => {
    spec
      .given([seizureRecorded])
      .when(command('AddParty', { ...personA, sex: 'f' as never }))
      .thenThrows('value/not-in-code-list', 'data.sex');
    spec
      .given([seizureRecorded])
      .when(command('AddParty', { ...personA, ageBand: '18-24' as never }))
      .thenThrows('value/not-in-code-list', 'data.ageBand');
  });

  it('does nothing for the same party again, and refuses other data under its id', () => {
    spec.given(detected).when(command('AddParty', companyB)).thenNothing();
    spec
      .given(detected)
      .when(command('AddParty', { ...companyB, name: 'Other SA' }))
      .thenThrows('case/conflicting-repeat', 'data.partyId');
  });
});

describe('AmendParty', () => {
  const moved = { ...personA, address: 'Calle 2, Encarnación' };

  it('replaces the party details', () =>
    spec
      .given(detected)
      .when(command('AmendParty', moved, '2024-06-01', 'prosecutor'))
      .then([event('PartyAmended', moved, '2024-06-01')]));

  it('adds the sex and age band established after the party was recorded', () => {
    const established = { ...personA, sex: 'male', ageBand: 'adult' } as const;
    spec
      .given(detected)
      .when(command('AmendParty', established, '2024-06-01', 'prosecutor'))
      .then([event('PartyAmended', established, '2024-06-01')]);
  });

  it('refuses an unknown party', () =>
    spec
      .given(detected)
      .when(command('AmendParty', { ...moved, partyId: 'party-z' }))
      .thenThrows('case/party-not-found', 'data.partyId'));

  it('does nothing when nothing changes', () =>
    spec.given(detected).when(command('AmendParty', personA)).thenNothing());
});

describe('RecordLabResult', () => {
  const result = {
    labResultId: 'lab-1',
    itemId: 'item-1',
    laboratory: 'INTN',
    method: 'refrigerant identifier',
    result: 'R-22 98.7%',
    substanceIdentified: 'HCFC-22',
  };
  const recorded = event('LabResultRecorded', result, '2024-03-05');

  it('records the result for an item', () =>
    spec
      .given(detected)
      .when(command('RecordLabResult', result, '2024-03-05'))
      .then([recorded]));

  it('refuses a result for an unknown item', () =>
    spec
      .given(detected)
      .when(command('RecordLabResult', { ...result, itemId: 'item-9' }))
      .thenThrows('case/item-not-found', 'data.itemId'));

  it('does nothing when the same result is sent again', () =>
    spec
      .given([...detected, recorded])
      .when(command('RecordLabResult', result))
      .thenNothing());
});

describe('SettleAdministratively', () => {
  const settlement = {
    settlementId: 'set-1',
    partyIds: ['party-b'],
    penaltyLines: [{ type: 'fine' as const, amount: { amount: 9000000, currency: 'PYG' } }],
    reExportOrder: true,
  };
  const settled = event('CaseSettledAdministratively', settlement, '2024-06-01');

  it('settles with a customs fine and a re-export order', () =>
    spec.given(detected).when(command('SettleAdministratively', settlement)).then([settled]));

  it('refuses a prison term, which needs a court', () =>
    spec
      .given(detected)
      .when(
        command('SettleAdministratively', {
          ...settlement,
          penaltyLines: [{ type: 'imprisonment', months: 6, suspended: false }],
        }),
      )
      .thenThrows('case/penalty-not-administrative', 'data.penaltyLines[0].type'));

  it('refuses a case the prosecutor holds', () =>
    spec
      .given(accepted)
      .when(command('SettleAdministratively', settlement))
      .thenThrows('case/in-prosecution'));

  it('refuses a case whose referral is pending', () =>
    spec
      .given(referred)
      .when(command('SettleAdministratively', settlement))
      .thenThrows('case/already-referred'));

  it('does nothing when the same settlement is sent again', () =>
    spec
      .given([...detected, settled])
      .when(command('SettleAdministratively', settlement))
      .thenNothing());
});

describe('ReferToProsecution', () => {
  const referral = {
    referralId: 'ref-1',
    office: 'Fiscalía Ambiental',
    summary: 'HCFC-22 misdeclared',
  };

  it('refers the case to a prosecution office', () =>
    spec
      .given(detected)
      .when(command('ReferToProsecution', referral, '2024-03-10'))
      .then([referred.at(-1)!]));

  it('refuses a settled case', () =>
    spec
      .given([
        ...detected,
        event(
          'CaseSettledAdministratively',
          {
            settlementId: 's',
            partyIds: [],
            penaltyLines: [{ type: 'cease_and_desist', description: 'stop' }],
            reExportOrder: false,
          },
          '2024-03-05',
        ),
      ])
      .when(command('ReferToProsecution', referral))
      .thenThrows('case/settled'));

  it('refuses a second referral while one is open', () =>
    spec
      .given(referred)
      .when(command('ReferToProsecution', { ...referral, referralId: 'ref-2' }))
      .thenThrows('case/already-referred', 'data.referralId'));

  it('does nothing when the same referral is sent again', () =>
    spec.given(accepted).when(command('ReferToProsecution', referral)).thenNothing());

  it('refers anew after a return', () =>
    spec
      .given([
        ...referred,
        event('ReferralReturned', { referralId: 'ref-1', reason: 'no lab report' }, '2024-03-12'),
      ])
      .when(command('ReferToProsecution', { ...referral, referralId: 'ref-2' }, '2024-03-20'))
      .then([
        event('CaseReferredToProsecution', { ...referral, referralId: 'ref-2' }, '2024-03-20'),
      ]));
});
