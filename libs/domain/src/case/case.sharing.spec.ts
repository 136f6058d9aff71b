import { deciderSpec } from '@greenchain/testing';
import {
  accepted,
  caseCommand as command,
  charged,
  detected,
  event,
} from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';

const spec = deciderSpec(caseDecider);

describe('ShareCase', () => {
  const share = {
    shareId: 'sh-1',
    country: 'UY',
    agency: 'DNA Uruguay',
    fields: ['seizure' as const, 'items' as const],
    until: '2024-12-31',
  };
  const shared = event('CaseShared', share, '2024-06-01');

  it('shares parts of the case with another country until a date', () =>
    spec.given(detected).when(command('ShareCase', share)).then([shared]));

  it('refuses sharing with the case own country', () =>
    spec
      .given(detected)
      .when(command('ShareCase', { ...share, country: 'PY' }))
      .thenThrows('case/share-with-own-country', 'data.country'));

  it('refuses an expiry in the past', () =>
    spec
      .given(detected)
      .when(command('ShareCase', { ...share, until: '2024-05-31' }))
      .thenThrows('case/share-expired', 'data.until'));

  it('refuses an unknown part of the case', () =>
    spec
      .given(detected)
      .when(command('ShareCase', { ...share, fields: ['everything' as never] }))
      .thenThrows('value/not-in-code-list', 'data.fields[0]'));

  it('does nothing when shared again the same way', () =>
    spec
      .given([...detected, shared])
      .when(command('ShareCase', share))
      .thenNothing());
});

describe('RevokeShare', () => {
  const shared = event(
    'CaseShared',
    {
      shareId: 'sh-1',
      country: 'UY',
      agency: 'DNA Uruguay',
      fields: ['seizure'],
      until: '2024-12-31',
    },
    '2024-05-01',
  );
  const revoked = event(
    'CaseShareRevoked',
    { shareId: 'sh-1', reason: 'investigation closed' },
    '2024-06-01',
  );

  it('revokes a share', () =>
    spec
      .given([...detected, shared])
      .when(command('RevokeShare', { shareId: 'sh-1', reason: 'investigation closed' }))
      .then([revoked]));

  it('refuses an unknown share', () =>
    spec
      .given(detected)
      .when(command('RevokeShare', { shareId: 'sh-9' }))
      .thenThrows('case/share-not-found', 'data.shareId'));

  it('does nothing when revoked again', () =>
    spec
      .given([...detected, shared, revoked])
      .when(command('RevokeShare', { shareId: 'sh-1' }))
      .thenNothing());

  it('refuses to share again under a revoked id', () =>
    spec
      .given([...detected, shared, revoked])
      .when(
        command('ShareCase', {
          shareId: 'sh-1',
          country: 'UY',
          agency: 'DNA Uruguay',
          fields: ['seizure'],
          until: '2024-12-31',
        }),
      )
      .thenThrows('case/share-revoked', 'data.shareId'));
});

describe('FlagDeadlineMissed', () => {
  const flag = { step: 'referral_decision' as const, deadline: '2024-03-31' };
  const missed = event('StageDeadlineMissed', flag, '2024-04-01');

  it('records a referral decision past its deadline', () =>
    spec
      .given(detected)
      .when(command('FlagDeadlineMissed', flag, '2024-04-01'))
      .then([missed]));

  it('refuses anyone but the system', () =>
    spec
      .given(detected)
      .when(command('FlagDeadlineMissed', flag, '2024-04-01', 'customs'))
      .thenThrows('case/actor-not-allowed', 'metadata.actor.role'));

  it('does not count the deadline day itself as missed', () =>
    spec
      .given(detected)
      .when(command('FlagDeadlineMissed', flag, '2024-03-31'))
      .thenThrows('case/deadline-not-passed', 'data.deadline'));

  it('refuses a step that is no longer awaited', () =>
    spec
      .given(accepted)
      .when(command('FlagDeadlineMissed', flag, '2024-04-01'))
      .thenThrows('case/deadline-not-pending', 'data.step'));

  it('runs the verdict clock per defendant', () =>
    spec
      .given(charged)
      .when(
        command(
          'FlagDeadlineMissed',
          { step: 'verdict', deadline: '2025-04-01', partyId: 'party-b' },
          '2025-04-02',
        ),
      )
      .then([
        event(
          'StageDeadlineMissed',
          { step: 'verdict', deadline: '2025-04-01', partyId: 'party-b' },
          '2025-04-02',
        ),
      ]));

  it('does nothing for the same step and deadline again', () =>
    spec
      .given([...detected, missed])
      .when(command('FlagDeadlineMissed', flag, '2024-04-05'))
      .thenNothing());
});
