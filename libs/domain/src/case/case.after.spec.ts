import { deciderSpec } from '@greenchain/testing';
import {
  caseCommand as command,
  charged,
  detected,
  event,
  judged,
  referred,
} from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';

const spec = deciderSpec(caseDecider);
const closed = event('CaseClosed', { reasonCode: 'concluded' }, '2024-06-01');

describe('RecordPenaltyEnforcement', () => {
  const payment = {
    enforcementId: 'en-1',
    partyId: 'party-a',
    kind: 'fine_paid' as const,
    amount: { amount: 20000, currency: 'USD' },
  };
  const paid = event(
    'FinePaid',
    { enforcementId: 'en-1', partyId: 'party-a', amount: { amount: 20000, currency: 'USD' } },
    '2024-06-01',
  );

  it('records a fine paid by a sentenced defendant', () =>
    spec.given(judged).when(command('RecordPenaltyEnforcement', payment)).then([paid]));

  it('records another penalty enforced', () =>
    spec
      .given(judged)
      .when(
        command('RecordPenaltyEnforcement', {
          enforcementId: 'en-2',
          partyId: 'party-a',
          kind: 'penalty_enforced',
          penaltyType: 'imprisonment',
        }),
      )
      .then([
        event(
          'PenaltyEnforced',
          { enforcementId: 'en-2', partyId: 'party-a', penaltyType: 'imprisonment' },
          '2024-06-01',
        ),
      ]));

  it('refuses a party with no penalty in force', () =>
    spec
      .given(judged)
      .when(command('RecordPenaltyEnforcement', { ...payment, partyId: 'party-b' }))
      .thenThrows('case/no-penalty-to-enforce', 'data.partyId'));

  it('refuses a payment in a currency nothing is due in', () =>
    spec
      .given(judged)
      .when(
        command('RecordPenaltyEnforcement', { ...payment, amount: { amount: 1, currency: 'EUR' } }),
      )
      .thenThrows('case/currency-mismatch', 'data.amount.currency'));

  it('refuses a penalty that was not imposed', () =>
    spec
      .given(judged)
      .when(
        command('RecordPenaltyEnforcement', {
          enforcementId: 'en-3',
          partyId: 'party-a',
          kind: 'penalty_enforced',
          penaltyType: 'probation',
        }),
      )
      .thenThrows('case/penalty-not-imposed', 'data.penaltyType'));

  it('enforces an administrative settlement too', () =>
    spec
      .given([
        ...detected,
        event(
          'CaseSettledAdministratively',
          {
            settlementId: 's-1',
            partyIds: ['party-b'],
            penaltyLines: [{ type: 'fine', amount: { amount: 500, currency: 'USD' } }],
            reExportOrder: true,
          },
          '2024-03-05',
        ),
      ])
      .when(
        command('RecordPenaltyEnforcement', {
          ...payment,
          partyId: 'party-b',
          amount: { amount: 500, currency: 'USD' },
        }),
      )
      .then([
        event(
          'FinePaid',
          { enforcementId: 'en-1', partyId: 'party-b', amount: { amount: 500, currency: 'USD' } },
          '2024-06-01',
        ),
      ]));

  it('does nothing when the same payment is recorded again', () =>
    spec
      .given([...judged, paid])
      .when(command('RecordPenaltyEnforcement', payment))
      .thenNothing());
});

describe('RecordDisposal', () => {
  const disposal = {
    disposalId: 'd-1',
    itemId: 'item-1',
    method: 'destroyed',
    cost: { amount: 1200, currency: 'USD' },
  };
  const disposed = event('GoodsDisposed', disposal, '2024-06-01');

  it('records how the goods were disposed of', () =>
    spec.given(detected).when(command('RecordDisposal', disposal)).then([disposed]));

  it('refuses "held as evidence", which is no disposal', () =>
    spec
      .given(detected)
      .when(command('RecordDisposal', { ...disposal, method: 'held_as_evidence' }))
      .thenThrows('value/not-in-code-list', 'data.method'));

  it('refuses a second disposal of the same goods', () =>
    spec
      .given([...detected, disposed])
      .when(command('RecordDisposal', { ...disposal, disposalId: 'd-2', method: 're_exported' }))
      .thenThrows('case/item-disposed', 'data.itemId'));

  it('does nothing when the same disposal is recorded again', () =>
    spec
      .given([...detected, disposed])
      .when(command('RecordDisposal', disposal))
      .thenNothing());
});

describe('CloseCase', () => {
  it('closes a concluded case', () =>
    spec
      .given(judged)
      .when(command('CloseCase', { reasonCode: 'concluded' }))
      .then([closed]));

  it('refuses "concluded" while defendants are pending', () =>
    spec
      .given(charged)
      .when(command('CloseCase', { reasonCode: 'concluded' }))
      .thenThrows('case/chain-not-concluded', 'data.reasonCode'));

  it('closes a duplicate wherever it stands', () =>
    spec
      .given(referred)
      .when(command('CloseCase', { reasonCode: 'duplicate', note: 'same as case-7' }))
      .then([
        event('CaseClosed', { reasonCode: 'duplicate', note: 'same as case-7' }, '2024-06-01'),
      ]));

  it('does nothing when closed again', () =>
    spec
      .given([...judged, closed])
      .when(command('CloseCase', { reasonCode: 'concluded' }))
      .thenNothing());

  it('accepts nothing but a reopening once closed', () =>
    spec
      .given([...judged, closed])
      .when(command('RecordDisposal', { disposalId: 'd-1', itemId: 'item-1', method: 'destroyed' }))
      .thenThrows('case/closed', 'type'));
});

describe('ReopenCase', () => {
  it('reopens a closed case with a reason', () =>
    spec
      .given([...judged, closed])
      .when(command('ReopenCase', { reason: 'new evidence on the forwarder' }, '2024-07-01'))
      .then([event('CaseReopened', { reason: 'new evidence on the forwarder' }, '2024-07-01')]));

  it('refuses a reopening without a reason', () =>
    spec
      .given([...judged, closed])
      .when(command('ReopenCase', { reason: '' }))
      .thenThrows('value/required', 'data.reason'));

  it('refuses a reopening dated before the closure', () =>
    spec
      .given([...judged, closed])
      .when(command('ReopenCase', { reason: 'x' }, '2024-05-31'))
      .thenThrows('case/date-out-of-order', 'metadata.occurredAt'));

  it('does nothing for a case that is open', () =>
    spec
      .given(judged)
      .when(command('ReopenCase', { reason: 'x' }))
      .thenNothing());
});
