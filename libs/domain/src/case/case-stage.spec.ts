import { fold } from '../decider';
import { eventSchemaVersions } from '../event-catalogue';
import { evidenceEventSchemaVersions } from '../evidence/evidence.events';
import { caseEventSchemaVersions } from './case.events';
import {
  accepted,
  charged,
  detected,
  event,
  judged,
  overturnedOnAppeal,
  referred,
  verdict,
} from '../fixtures/case.fixtures';
import { caseProgress, caseStage, chainOutcome } from './case-stage';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';

const progress = (events: CaseEvent[]) => caseProgress(fold(caseDecider, events));
const stage = (events: CaseEvent[]) => caseStage(fold(caseDecider, events));

describe('case stage', () => {
  it('moves from detection through referral and prosecution', () => {
    expect(stage([])).toBeUndefined();
    expect(stage(detected)).toBe('DETECTION');
    expect(stage(referred)).toBe('REFERRED');
    expect(stage(accepted)).toBe('PROSECUTION');
    expect(stage(charged)).toBe('CHARGED');
  });

  it('goes back to detection when the referral is returned', () =>
    expect(
      stage([
        ...referred,
        event('ReferralReturned', { referralId: 'ref-1', reason: 'x' }, '2024-03-12'),
      ]),
    ).toBe('DETECTION'));

  it('takes the most advanced defendant, and tells each defendant apart', () => {
    expect(progress(judged)).toEqual({
      stage: 'SENTENCED',
      outcome: 'concluded_with_sentence',
      defendants: {
        'party-a': { status: 'sentenced', stage: 'SENTENCED' },
        'party-b': { status: 'acquitted', stage: 'TRIAL' },
      },
    });
  });

  it('is in appeal while an appeal is pending, and the chain stays open', () => {
    const appealed = [
      ...judged,
      event(
        'AppealFiled',
        { appealId: 'ap', partyId: 'party-b', appellant: 'prosecution', against: 'verdict' },
        '2024-05-20',
      ),
    ];
    expect(stage(appealed)).toBe('APPEAL');
    expect(chainOutcome(fold(caseDecider, appealed))).toBe('open');
  });

  it('counts administrative settlement as its own end', () => {
    const settled = [
      ...detected,
      event(
        'CaseSettledAdministratively',
        {
          settlementId: 's',
          partyIds: [],
          penaltyLines: [{ type: 'cease_and_desist', description: 'stop' }],
          reExportOrder: true,
        },
        '2024-03-05',
      ),
    ];
    expect(progress(settled)).toMatchObject({
      stage: 'ADMINISTRATIVE_SETTLEMENT',
      outcome: 'settled_administratively',
    });
  });

  it('ends without conviction when every defendant drops out', () => {
    const ended = [
      ...charged,
      verdict('party-a', 'acquitted'),
      event(
        'ChargesWithdrawn',
        { partyId: 'party-b', chargeIds: ['charge-party-b'], reasonCode: 'no_crime' },
        '2024-04-10',
      ),
    ];
    expect(progress(ended)).toMatchObject({
      stage: 'TRIAL',
      outcome: 'ended_without_conviction',
      defendants: {
        'party-a': { status: 'acquitted' },
        'party-b': { status: 'withdrawn', stage: 'CHARGED' },
      },
    });
  });

  it('shows an overturned conviction as a drop-out on appeal', () => {
    const overturned = [...judged, ...overturnedOnAppeal('party-a', '2024-05-20', '2024-07-01')];
    expect(progress(overturned)).toMatchObject({
      outcome: 'ended_without_conviction',
      defendants: { 'party-a': { status: 'overturned_on_appeal', stage: 'APPEAL' } },
    });
  });

  it('is closed above every other stage', () =>
    expect(stage([...judged, event('CaseClosed', { reasonCode: 'concluded' }, '2024-06-01')])).toBe(
      'CLOSED',
    ));
});

describe('schema versions', () => {
  it('gives every case and evidence event type a version', () => {
    const caseAndEvidence = { ...caseEventSchemaVersions, ...evidenceEventSchemaVersions };
    expect(Object.keys(caseAndEvidence)).toHaveLength(39);
    expect(eventSchemaVersions).toMatchObject(caseAndEvidence);
    const later = Object.entries(eventSchemaVersions).filter(([, version]) => version !== 1);
    expect(later).toEqual([['SeizureRecorded', 2]]);
  });
});
