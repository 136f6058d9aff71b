import fc from 'fast-check';
import { fold } from '../decider';
import { DomainError } from '../domain-error';
import {
  court,
  evidenceCommand,
  evidenceRegistered,
  lab,
  store,
} from '../fixtures/evidence.fixtures';
import type { EvidenceCommand, Holder } from './evidence.commands';
import { evidenceDecider } from './evidence.decider';
import type { EvidenceEvent } from './evidence.events';
import type { EvidenceState } from './evidence.state';

type Step = { readonly type: EvidenceCommand['type']; readonly data: unknown };

const prosecutor: Holder = { holderId: 'pros-1', agency: 'fiscalia', country: 'PY' };
const holders = [store, lab, court, prosecutor];
const holderId = fc.constantFrom(...holders.map((holder) => holder.holderId));
const seal = fc.constantFrom('S-1', 'S-2');
const command = <T extends EvidenceCommand['type']>(
  type: T,
  data: fc.Arbitrary<unknown>,
  weight = 4,
) => ({
  weight,
  arbitrary: data.map((value): Step => ({ type, data: value })),
});

const step: fc.Arbitrary<Step> = fc.oneof(
  command('SealEvidence', fc.record({ sealNumber: seal, holderId })),
  command(
    'TransferCustody',
    fc.record({
      transferId: fc.constantFrom('t1', 't2', 't3', 't4', 't5'),
      fromHolderId: holderId,
      to: fc.constantFrom(...holders),
      place: fc.constant('handover desk'),
      condition: fc.constant('intact'),
      sealNumber: fc.option(seal, { nil: undefined }),
    }),
    10,
  ),
  command(
    'RecordEvidenceExamination',
    fc.record({
      examinationId: fc.constantFrom('x1', 'x2'),
      examinerHolderId: holderId,
      method: fc.constant('GC-MS'),
      findings: fc.constant('HCFC-22'),
      sealBroken: fc.boolean(),
      newSealNumber: fc.option(seal, { nil: undefined }),
    }),
  ),
  command(
    'ReleaseEvidence',
    fc.record({ holderId, releasedTo: fc.constant('owner'), reason: fc.constant('no offence') }),
    1,
  ),
  command(
    'DestroyEvidence',
    fc.record({
      holderId,
      method: fc.constant('incineration'),
      reason: fc.constant('hazard'),
      authority: fc.constant('order 1'),
    }),
    1,
  ),
);

const dayOf = (index: number) =>
  `2024-${String(3 + Math.floor(index / 28)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;

function decideOrRefuse(
  command: EvidenceCommand,
  state: EvidenceState,
): readonly EvidenceEvent[] | DomainError {
  try {
    return evidenceDecider.decide(command, state);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** The chain as the events tell it: each transfer starts where the previous holder stood. */
function checkCustody(state: EvidenceState, history: readonly EvidenceEvent[]): void {
  let current: string | undefined;
  for (const fact of history) {
    if (fact.type === 'EvidenceRegistered') current = fact.data.holder.holderId;
    if (fact.type === 'CustodyTransferred') {
      expect(fact.data.from.holderId).toBe(current);
      expect(fact.data.to.holderId).not.toBe(current);
      current = fact.data.to.holderId;
    }
  }
  expect(state.custody.at(-1)?.holderId).toBe(current);
  expect(state.holder?.holderId).toBe(state.status === 'held' ? current : undefined);
}

describe('evidence decider over random command sequences', () => {
  it('keeps one custodian at a time, transfers chained, and folds back to its state', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 40, size: 'max' }), (steps) => {
        const history: EvidenceEvent[] = [evidenceRegistered];
        let state = fold(evidenceDecider, history);
        steps.forEach(({ type, data }, index) => {
          const cmd = evidenceCommand(type, data as never, dayOf(index + 1));
          const before = state;
          const outcome = decideOrRefuse(cmd, state);
          if (outcome instanceof DomainError) return;
          if (before.status !== 'held') expect(outcome).toEqual([]);
          state = outcome.reduce(evidenceDecider.evolve, state);
          history.push(...outcome);
          if (outcome.length > 0) expect(evidenceDecider.decide(cmd, state)).toEqual([]);
          expect(fold(evidenceDecider, history)).toEqual(state);
          checkCustody(state, history);
        });
      }),
      { numRuns: 500 },
    );
  });
});
