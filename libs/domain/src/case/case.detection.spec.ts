import { deciderSpec } from '@greenchain/testing';
import { caseCommand as command, detected, event, item, seizure } from '../fixtures/case.fixtures';
import { by } from '../fixtures/metadata';
import { caseDecider } from './case.decider';

const spec = deciderSpec(caseDecider);
const seizureRecorded = event('SeizureRecorded', seizure, '2024-03-01');

/** The seizure, dated `occurredAt` and recorded at 10:00 UTC on 1 March 2024. */
const recordedOnFirstOfMarch = (occurredAt: string) => ({
  ...command('RecordSeizure', seizure, occurredAt),
  metadata: { ...by('customs', occurredAt), recordedAt: '2024-03-01T10:00:00.000Z' },
});

describe('RecordSeizure', () => {
  it('opens the case with the seizure', () =>
    spec
      .given([])
      .when(command('RecordSeizure', seizure, '2024-03-01'))
      .then([seizureRecorded]));

  it('refuses a country that is not ISO 3166', () =>
    spec
      .given([])
      .when(command('RecordSeizure', { ...seizure, route: { origin: 'China' } }))
      .thenThrows('value/invalid-country', 'data.route.origin'));

  it('refuses a legal basis outside the code list', () =>
    spec
      .given([])
      .when(command('RecordSeizure', { ...seizure, legalBasis: ['smuggling'] }))
      .thenThrows('value/not-in-code-list', 'data.legalBasis[0]'));

  it('records every detection method the officers used', () =>
    spec
      .given([])
      .when(
        command(
          'RecordSeizure',
          { ...seizure, detectionMethods: ['risk_profiling', 'scanner_xray'] },
          '2024-03-01',
        ),
      )
      .then([
        event(
          'SeizureRecorded',
          { ...seizure, detectionMethods: ['risk_profiling', 'scanner_xray'] },
          '2024-03-01',
        ),
      ]));

  it('refuses a seizure without a detection method, or with one twice', () => {
    spec
      .given([])
      .when(command('RecordSeizure', { ...seizure, detectionMethods: [] }))
      .thenThrows('value/invalid-list', 'data.detectionMethods');
    spec
      .given([])
      .when(
        command('RecordSeizure', {
          ...seizure,
          detectionMethods: ['scanner_xray', 'risk_profiling', 'scanner_xray'],
        }),
      )
      .thenThrows('value/invalid-list', 'data.detectionMethods[2]');
    spec
      .given([])
      .when(command('RecordSeizure', { ...seizure, detectionMethods: ['sniffer_dog'] }))
      .thenThrows('value/not-in-code-list', 'data.detectionMethods[0]');
  });

  it('refuses to record another seizure over the case', () =>
    spec
      .given([seizureRecorded])
      .when(command('RecordSeizure', { ...seizure, direction: 'export' }))
      .thenThrows('case/already-recorded', 'data.caseId'));

  it('does nothing when the same seizure is recorded again', () =>
    spec.given([seizureRecorded]).when(command('RecordSeizure', seizure)).thenNothing());

  it('refuses a seizure dated after the time it is recorded', () =>
    spec
      .given([])
      .when(recordedOnFirstOfMarch('2024-03-03'))
      .thenThrows('value/date-in-future', 'metadata.occurredAt'));

  it('refuses a date-time later than the recording by the instant its offset names', () =>
    spec
      .given([])
      .when(recordedOnFirstOfMarch('2024-03-01T12:00:00+01:00'))
      .thenThrows('value/date-in-future', 'metadata.occurredAt'));

  it('takes a date that is already today somewhere east of the server', () =>
    spec
      .given([])
      .when(recordedOnFirstOfMarch('2024-03-02'))
      .then([event('SeizureRecorded', seizure, '2024-03-02')]));

  it('takes a date-time up to the recording instant', () =>
    spec
      .given([])
      .when(recordedOnFirstOfMarch('2024-03-01T12:00:00+02:00'))
      .then([event('SeizureRecorded', seizure, '2024-03-01T12:00:00+02:00')]));

  describe('the day the movement began', () => {
    const shipped = { ...seizure, movementStartedOn: '2024-02-12' };

    it('records it with the seizure, apart from the day of detection', () =>
      spec
        .given([])
        .when(command('RecordSeizure', shipped, '2024-03-01'))
        .then([event('SeizureRecorded', shipped, '2024-03-01')]));

    it('takes a movement that began the day of the seizure', () =>
      spec
        .given([])
        .when(
          command(
            'RecordSeizure',
            { ...seizure, movementStartedOn: '2024-03-01' },
            '2024-03-01T16:00:00+03:00',
          ),
        )
        .then([
          event(
            'SeizureRecorded',
            { ...seizure, movementStartedOn: '2024-03-01' },
            '2024-03-01T16:00:00+03:00',
          ),
        ]));

    it('refuses a movement that began after the seizure', () =>
      spec
        .given([])
        .when(
          command('RecordSeizure', { ...seizure, movementStartedOn: '2024-03-02' }, '2024-03-01'),
        )
        .thenThrows('case/movement-after-seizure', 'data.movementStartedOn'));

    it('refuses a day that is not a calendar date', () =>
      spec
        .given([])
        .when(
          command('RecordSeizure', { ...seizure, movementStartedOn: '2024-02-30' }, '2024-03-01'),
        )
        .thenThrows('value/invalid-date', 'data.movementStartedOn'));

    it('does nothing when the same seizure is recorded again with it', () =>
      spec
        .given([event('SeizureRecorded', shipped, '2024-03-01')])
        .when(command('RecordSeizure', shipped, '2024-03-01'))
        .thenNothing());
  });

  it('refuses the worker as author', () =>
    spec
      .given([])
      .when(command('RecordSeizure', seizure, '2024-03-01', 'system'))
      .thenThrows('case/actor-not-allowed', 'metadata.actor.role'));
});

describe('AddCommodityItem', () => {
  it('adds the item with both HS codes normalised', () =>
    spec
      .given([seizureRecorded])
      .when(command('AddCommodityItem', { ...item, hsEstablished: '290371' }, '2024-03-01'))
      .then([event('CommodityItemAdded', item, '2024-03-01')]));

  it('refuses a quantity without a listed unit', () =>
    spec
      .given([seizureRecorded])
      .when(command('AddCommodityItem', { ...item, quantities: [{ amount: 400, unit: 'cyl' }] }))
      .thenThrows('value/invalid-unit', 'data.quantities[0].unit'));

  it('refuses a negative value and an unknown CITES term', () => {
    spec
      .given([seizureRecorded])
      .when(
        command('AddCommodityItem', { ...item, estimatedValue: { amount: -1, currency: 'USD' } }),
      )
      .thenThrows('value/negative-amount', 'data.estimatedValue.amount');
    spec
      .given([seizureRecorded])
      .when(command('AddCommodityItem', { ...item, cites: { term: 'LIVE' } }))
      .thenThrows('value/invalid-cites-term', 'data.cites.term');
  });

  it('refuses an item before the case exists', () =>
    spec.given([]).when(command('AddCommodityItem', item)).thenThrows('case/not-found'));

  it('does nothing when the same item is added again', () =>
    spec.given(detected).when(command('AddCommodityItem', item)).thenNothing());

  it('refuses another item under a used id', () =>
    spec
      .given(detected)
      .when(command('AddCommodityItem', { ...item, substance: 'HCFC-141b' }))
      .thenThrows('case/conflicting-repeat', 'data.itemId'));

  it('refuses a date before the seizure unless the late entry says why', () => {
    spec
      .given([seizureRecorded])
      .when(command('AddCommodityItem', item, '2024-02-20'))
      .thenThrows('case/date-out-of-order', 'metadata.occurredAt');
    spec
      .given([seizureRecorded])
      .when(
        command(
          'AddCommodityItem',
          { ...item, dateOrderReason: 'inventory dated by the port' },
          '2024-02-20',
        ),
      )
      .then([
        event(
          'CommodityItemAdded',
          { ...item, dateOrderReason: 'inventory dated by the port' },
          '2024-02-20',
        ),
      ]);
  });
});

describe('AmendCommodityItem', () => {
  const amended = { ...item, liveCount: 0, descriptionEstablished: 'HCFC-22, lab confirmed' };

  it('replaces the item details', () =>
    spec
      .given(detected)
      .when(command('AmendCommodityItem', amended))
      .then([event('CommodityItemAmended', amended, '2024-06-01')]));

  it('refuses an unknown item', () =>
    spec
      .given(detected)
      .when(command('AmendCommodityItem', { ...amended, itemId: 'item-9' }))
      .thenThrows('case/item-not-found', 'data.itemId'));

  it('refuses an HS code whose heading is not in HS 2022, even in a real chapter', () =>
    spec
      .given(detected)
      .when(command('AmendCommodityItem', { ...amended, hsEstablished: '0199.10' }))
      .thenThrows('value/unknown-hs-heading', 'data.hsEstablished'));

  it('does nothing when nothing changes', () =>
    spec.given(detected).when(command('AmendCommodityItem', item)).thenNothing());
});

describe('RemoveCommodityItem', () => {
  const removal = { itemId: 'item-1', reason: 'entered twice' };
  const removed = event('CommodityItemRemoved', removal, '2024-06-01');

  it('removes the item with a reason', () =>
    spec.given(detected).when(command('RemoveCommodityItem', removal)).then([removed]));

  it('refuses to remove goods already disposed of', () =>
    spec
      .given([
        ...detected,
        event(
          'GoodsDisposed',
          { disposalId: 'd-1', itemId: 'item-1', method: 'destroyed' },
          '2024-04-01',
        ),
      ])
      .when(command('RemoveCommodityItem', removal))
      .thenThrows('case/item-disposed', 'data.itemId'));

  it('refuses a removal without a reason', () =>
    spec
      .given(detected)
      .when(command('RemoveCommodityItem', { ...removal, reason: ' ' }))
      .thenThrows('value/required', 'data.reason'));

  it('does nothing when removed again', () =>
    spec
      .given([...detected, removed])
      .when(command('RemoveCommodityItem', removal))
      .thenNothing());
});
