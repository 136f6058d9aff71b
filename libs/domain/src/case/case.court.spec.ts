import { deciderSpec } from '@greenchain/testing';
import {
  accepted,
  caseCommand as command,
  charged,
  event,
  verdict,
} from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';

const spec = deciderSpec(caseDecider);

describe('ScheduleHearing', () => {
  const hearing = {
    hearingId: 'h-1',
    partyIds: ['party-a', 'party-b'],
    court: 'Juzgado Penal de Garantías N° 1',
    scheduledFor: '2024-04-20T09:00:00-04:00',
    purpose: 'trial',
  };
  const scheduled = event('HearingScheduled', hearing, '2024-04-10');

  it('schedules a hearing for charged defendants', () =>
    spec
      .given(charged)
      .when(command('ScheduleHearing', hearing, '2024-04-10'))
      .then([scheduled]));

  it('refuses a defendant without charges', () =>
    spec
      .given(accepted)
      .when(command('ScheduleHearing', hearing))
      .thenThrows('case/not-charged', 'data.partyIds[0]'));

  it('refuses a hearing time without its offset', () =>
    spec
      .given(charged)
      .when(command('ScheduleHearing', { ...hearing, scheduledFor: '2024-04-20T09:00' }))
      .thenThrows('value/invalid-date', 'data.scheduledFor'));

  it('does nothing when the same hearing is scheduled again', () =>
    spec
      .given([...charged, scheduled])
      .when(command('ScheduleHearing', hearing))
      .thenNothing());
});

describe('AdjournHearing', () => {
  const scheduled = event(
    'HearingScheduled',
    {
      hearingId: 'h-1',
      partyIds: ['party-a'],
      court: 'Juzgado 1',
      scheduledFor: '2024-04-20',
      purpose: 'trial',
    },
    '2024-04-10',
  );
  const adjourned = event(
    'HearingAdjourned',
    { hearingId: 'h-1', reason: 'defence counsel ill' },
    '2024-04-20',
  );

  it('adjourns a scheduled hearing with a reason', () =>
    spec
      .given([...charged, scheduled])
      .when(
        command(
          'AdjournHearing',
          { hearingId: 'h-1', reason: 'defence counsel ill' },
          '2024-04-20',
        ),
      )
      .then([adjourned]));

  it('refuses an unknown hearing', () =>
    spec
      .given(charged)
      .when(command('AdjournHearing', { hearingId: 'h-9', reason: 'x' }))
      .thenThrows('case/hearing-not-found', 'data.hearingId'));

  it('does nothing when adjourned again for the same reason, refuses another reason', () => {
    spec
      .given([...charged, scheduled, adjourned])
      .when(command('AdjournHearing', { hearingId: 'h-1', reason: 'defence counsel ill' }))
      .thenNothing();
    spec
      .given([...charged, scheduled, adjourned])
      .when(command('AdjournHearing', { hearingId: 'h-1', reason: 'strike' }))
      .thenThrows('case/conflicting-repeat', 'data.hearingId');
  });
});

describe('RecordPlea', () => {
  const plea = { partyId: 'party-a', plea: 'not_guilty' };
  const pleaded = event('PleaRecorded', plea, '2024-04-20');

  it('records the plea of a charged defendant', () =>
    spec
      .given(charged)
      .when(command('RecordPlea', plea, '2024-04-20'))
      .then([pleaded]));

  it('records a change of plea', () =>
    spec
      .given([...charged, pleaded])
      .when(command('RecordPlea', { partyId: 'party-a', plea: 'guilty' }))
      .then([event('PleaRecorded', { partyId: 'party-a', plea: 'guilty' }, '2024-06-01')]));

  it('refuses a plea outside the code list', () =>
    spec
      .given(charged)
      .when(command('RecordPlea', { partyId: 'party-a', plea: 'maybe' }))
      .thenThrows('value/not-in-code-list', 'data.plea'));

  it('refuses a plea from someone not charged', () =>
    spec
      .given(accepted)
      .when(command('RecordPlea', plea))
      .thenThrows('case/not-charged', 'data.partyId'));

  it('does nothing when the same plea is recorded again', () =>
    spec
      .given([...charged, pleaded])
      .when(command('RecordPlea', plea))
      .thenNothing());
});

describe('RecordVerdict', () => {
  it('records the verdict for one defendant', () =>
    spec
      .given(charged)
      .when(command('RecordVerdict', { partyId: 'party-a', outcome: 'convicted' }, '2024-05-01'))
      .then([verdict('party-a', 'convicted')]));

  it('refuses a verdict without charges', () =>
    spec
      .given(accepted)
      .when(command('RecordVerdict', { partyId: 'party-a', outcome: 'convicted' }))
      .thenThrows('case/not-charged', 'data.partyId'));

  it('refuses a verdict after the charges were withdrawn', () =>
    spec
      .given([
        ...charged,
        event(
          'ChargesWithdrawn',
          { partyId: 'party-a', chargeIds: ['charge-party-a'], reasonCode: 'no_crime' },
          '2024-04-15',
        ),
      ])
      .when(command('RecordVerdict', { partyId: 'party-a', outcome: 'acquitted' }))
      .thenThrows('case/charges-withdrawn', 'data.partyId'));

  it('refuses a different verdict once one is recorded', () =>
    spec
      .given([...charged, verdict('party-a', 'acquitted')])
      .when(command('RecordVerdict', { partyId: 'party-a', outcome: 'convicted' }))
      .thenThrows('case/verdict-already-recorded', 'data.outcome'));

  it('does nothing when the same verdict is recorded again', () =>
    spec
      .given([...charged, verdict('party-a', 'acquitted')])
      .when(command('RecordVerdict', { partyId: 'party-a', outcome: 'acquitted' }))
      .thenNothing());
});
