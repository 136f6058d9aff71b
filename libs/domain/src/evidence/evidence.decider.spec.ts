import { deciderSpec } from '@greenchain/testing';
import {
  court,
  custodyToLab,
  evidenceCommand as command,
  evidenceRegistered,
  evidenceSealed,
  lab,
  registration,
  store,
} from '../fixtures/evidence.fixtures';
import { by } from '../fixtures/metadata';
import { evidenceDecider } from './evidence.decider';
import type { EvidenceEvent } from './evidence.events';

const spec = deciderSpec(evidenceDecider);
const released: EvidenceEvent = {
  type: 'EvidenceReleased',
  data: {
    holderId: 'store-1',
    releasedTo: 'owner',
    reason: 'no offence',
    occurredAt: '2024-03-04',
  },
};
const destroyed: EvidenceEvent = {
  type: 'EvidenceDestroyed',
  data: {
    holderId: 'store-1',
    method: 'incineration',
    reason: 'hazard',
    authority: 'order 7',
    occurredAt: '2024-03-04',
  },
};

describe('RegisterEvidence', () => {
  it('registers the exhibit with its first holder', () =>
    spec
      .given([])
      .when(command('RegisterEvidence', registration, '2024-03-01'))
      .then([evidenceRegistered]));

  it('refuses a quantity without a listed unit', () =>
    spec
      .given([])
      .when(command('RegisterEvidence', { ...registration, quantity: { amount: 1, unit: 'kg' } }))
      .thenThrows('value/invalid-unit', 'data.quantity.unit'));

  it('refuses the same id for another exhibit', () =>
    spec
      .given([evidenceRegistered])
      .when(command('RegisterEvidence', { ...registration, description: 'Other' }))
      .thenThrows('evidence/already-registered', 'data.evidenceId'));

  it('does nothing when registered again with the same data', () =>
    spec.given([evidenceRegistered]).when(command('RegisterEvidence', registration)).thenNothing());

  it('refuses an analyst, who only reads aggregates', () =>
    spec
      .given([])
      .when(command('RegisterEvidence', registration, '2024-03-01', 'analyst'))
      .thenThrows('evidence/actor-not-allowed', 'metadata.actor.role'));
});

describe('the business time of an evidence command', () => {
  it('may not lie after the time it is recorded', () =>
    spec
      .given([evidenceRegistered])
      .when({
        ...command('SealEvidence', { sealNumber: 'S-1', holderId: 'store-1' }, '2024-03-05'),
        metadata: { ...by('customs', '2024-03-05'), recordedAt: '2024-03-02T08:00:00Z' },
      })
      .thenThrows('value/date-in-future', 'metadata.occurredAt'));
});

describe('SealEvidence', () => {
  it('seals the exhibit by its holder', () =>
    spec
      .given([evidenceRegistered])
      .when(command('SealEvidence', { sealNumber: 'S-100', holderId: 'store-1' }, '2024-03-01'))
      .then([evidenceSealed]));

  it('refuses a seal by someone who does not hold the exhibit', () =>
    spec
      .given([evidenceRegistered])
      .when(command('SealEvidence', { sealNumber: 'S-100', holderId: 'lab-1' }))
      .thenThrows('evidence/not-current-holder', 'data.holderId'));

  it('refuses a second seal over an intact one', () =>
    spec
      .given([evidenceRegistered, evidenceSealed])
      .when(command('SealEvidence', { sealNumber: 'S-200', holderId: 'store-1' }))
      .thenThrows('evidence/already-sealed', 'data.sealNumber'));

  it('does nothing when the same seal is reported again', () =>
    spec
      .given([evidenceRegistered, evidenceSealed])
      .when(command('SealEvidence', { sealNumber: 'S-100', holderId: 'store-1' }))
      .thenNothing());

  it('refuses an unregistered exhibit', () =>
    spec
      .given([])
      .when(command('SealEvidence', { sealNumber: 'S-100', holderId: 'store-1' }))
      .thenThrows('evidence/not-registered'));
});

describe('TransferCustody', () => {
  const transfer = {
    transferId: 'tr-1',
    fromHolderId: 'store-1',
    to: lab,
    place: 'Customs store',
    condition: 'intact',
    sealNumber: 'S-100',
  };

  it('hands the exhibit from the current holder to the next, seal checked', () =>
    spec
      .given([evidenceRegistered, evidenceSealed])
      .when(command('TransferCustody', transfer, '2024-03-02'))
      .then([custodyToLab]));

  it('refuses a transfer that does not start at the current holder', () =>
    spec
      .given([evidenceRegistered, evidenceSealed, custodyToLab])
      .when(command('TransferCustody', { ...transfer, transferId: 'tr-2', to: court }))
      .thenThrows('evidence/not-current-holder', 'data.fromHolderId'));

  it('refuses a seal number other than the one on the exhibit', () =>
    spec
      .given([evidenceRegistered, evidenceSealed])
      .when(command('TransferCustody', { ...transfer, sealNumber: 'S-999' }))
      .thenThrows('evidence/seal-mismatch', 'data.sealNumber'));

  it('refuses a handover to the holder itself', () =>
    spec
      .given([evidenceRegistered])
      .when(command('TransferCustody', { ...transfer, to: store, sealNumber: undefined }))
      .thenThrows('evidence/same-holder', 'data.to.holderId'));

  it('refuses a transfer dated before the previous custody record unless it says why', () => {
    spec
      .given([evidenceRegistered, evidenceSealed])
      .when(command('TransferCustody', transfer, '2024-02-28'))
      .thenThrows('evidence/date-out-of-order', 'metadata.occurredAt');
    spec
      .given([evidenceRegistered, evidenceSealed])
      .when(
        command(
          'TransferCustody',
          { ...transfer, dateOrderReason: 'paper log entered late' },
          '2024-02-28',
        ),
      )
      .then([
        {
          type: 'CustodyTransferred',
          data: {
            ...custodyToLab.data,
            occurredAt: '2024-02-28',
            dateOrderReason: 'paper log entered late',
          },
        } as EvidenceEvent,
      ]);
  });

  it('does nothing when the same transfer is sent again', () =>
    spec
      .given([evidenceRegistered, evidenceSealed, custodyToLab])
      .when(command('TransferCustody', transfer))
      .thenNothing());

  it('refuses a reused transfer id with other data', () =>
    spec
      .given([evidenceRegistered, evidenceSealed, custodyToLab])
      .when(command('TransferCustody', { ...transfer, place: 'elsewhere' }))
      .thenThrows('evidence/conflicting-repeat', 'data.transferId'));
});

describe('RecordEvidenceExamination', () => {
  const examination = {
    examinationId: 'ex-1',
    examinerHolderId: 'lab-1',
    method: 'refrigerant identifier',
    findings: 'HCFC-22, 98%',
    sealBroken: true,
    newSealNumber: 'L-7',
  };
  const examined: EvidenceEvent = {
    type: 'EvidenceExamined',
    data: { ...examination, brokenSealNumber: 'S-100', occurredAt: '2024-03-05' },
  };

  it('records the examination by the holder, breaking and renewing the seal', () =>
    spec
      .given([evidenceRegistered, evidenceSealed, custodyToLab])
      .when(command('RecordEvidenceExamination', examination))
      .then([examined]));

  it('refuses an examiner who does not hold the exhibit', () =>
    spec
      .given([evidenceRegistered, evidenceSealed])
      .when(command('RecordEvidenceExamination', examination))
      .thenThrows('evidence/not-current-holder', 'data.examinerHolderId'));

  it('refuses to break a seal that is not there', () =>
    spec
      .given([evidenceRegistered])
      .when(command('RecordEvidenceExamination', { ...examination, examinerHolderId: 'store-1' }))
      .thenThrows('evidence/not-sealed', 'data.sealBroken'));

  it('does nothing when the same examination is sent again', () =>
    spec
      .given([evidenceRegistered, evidenceSealed, custodyToLab, examined])
      .when(command('RecordEvidenceExamination', examination))
      .thenNothing());

  it('makes the old seal number stale for the next handover', () =>
    spec
      .given([evidenceRegistered, evidenceSealed, custodyToLab, examined])
      .when(
        command('TransferCustody', {
          transferId: 'tr-2',
          fromHolderId: 'lab-1',
          to: court,
          place: 'Lab',
          condition: 'resealed',
          sealNumber: 'S-100',
        }),
      )
      .thenThrows('evidence/seal-mismatch', 'data.sealNumber'));
});

describe('ReleaseEvidence', () => {
  const release = { holderId: 'store-1', releasedTo: 'owner', reason: 'no offence' };

  it('releases the exhibit by its holder', () =>
    spec
      .given([evidenceRegistered])
      .when(command('ReleaseEvidence', release, '2024-03-04'))
      .then([released]));

  it('refuses a release by someone else', () =>
    spec
      .given([evidenceRegistered, evidenceSealed, custodyToLab])
      .when(command('ReleaseEvidence', release))
      .thenThrows('evidence/not-current-holder', 'data.holderId'));

  it('does nothing when released again the same way', () =>
    spec
      .given([evidenceRegistered, released])
      .when(command('ReleaseEvidence', release))
      .thenNothing());

  it('accepts nothing more once released', () =>
    spec
      .given([evidenceRegistered, released])
      .when(command('SealEvidence', { sealNumber: 'S-1', holderId: 'store-1' }))
      .thenThrows('evidence/released'));
});

describe('DestroyEvidence', () => {
  const destroy = {
    holderId: 'store-1',
    method: 'incineration',
    reason: 'hazard',
    authority: 'order 7',
  };

  it('destroys the exhibit by its holder, on an authority', () =>
    spec
      .given([evidenceRegistered])
      .when(command('DestroyEvidence', destroy, '2024-03-04'))
      .then([destroyed]));

  it('refuses a destruction without its authority', () =>
    spec
      .given([evidenceRegistered])
      .when(command('DestroyEvidence', { ...destroy, authority: '' }))
      .thenThrows('value/required', 'data.authority'));

  it('does nothing when destroyed again the same way', () =>
    spec
      .given([evidenceRegistered, destroyed])
      .when(command('DestroyEvidence', destroy))
      .thenNothing());

  it('accepts nothing more once destroyed', () =>
    spec
      .given([evidenceRegistered, destroyed])
      .when(command('ReleaseEvidence', { holderId: 'store-1', releasedTo: 'owner', reason: 'x' }))
      .thenThrows('evidence/destroyed'));
});
