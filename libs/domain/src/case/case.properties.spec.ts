import fc from 'fast-check';
import { fold } from '../decider';
import { DomainError } from '../domain-error';
import {
  accepted,
  caseCommand,
  charge,
  detected,
  event,
  personA,
  sentence,
} from '../fixtures/case.fixtures';
import { by } from '../fixtures/metadata';
import { chainOutcome, defendantStatus, isConvicted } from './case-stage';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import type { CaseState } from './case.state';

type Step = {
  readonly type: CaseCommand['type'];
  readonly data: unknown;
  readonly userId?: string;
};

const parties = ['party-a', 'party-b', 'party-c'] as const;
const party = fc.constantFrom(...parties, ...parties, 'party-z');
const someParties = fc.subarray([...parties], { minLength: 1 });
const fine = (amount: number) => [{ type: 'fine' as const, amount: { amount, currency: 'USD' } }];
const sentenceOf = (id: string, amount: number) => ({
  sentenceId: id,
  ...sentence,
  penaltyLines: fine(amount),
});

const command = <T extends CaseCommand['type']>(
  type: T,
  data: fc.Arbitrary<unknown>,
  weight = 4,
) => ({
  weight,
  arbitrary: data.map((value): Step => ({ type, data: value })),
});
const text = fc.constant;

/** Commands over a small id space, so repeats, conflicts and every stage happen often. */
const step: fc.Arbitrary<Step> = fc.oneof(
  command(
    'ReferToProsecution',
    fc.record({
      referralId: fc.constantFrom('r1', 'r2'),
      office: text('F'),
      summary: text('file'),
    }),
    2,
  ),
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('AcceptReferral' as const),
      data: fc.record({ referralId: fc.constantFrom('r1', 'r2') }),
      userId: fc.constantFrom('pros-1', 'pros-2'),
    }),
  },
  command(
    'ReturnReferral',
    fc.record({ referralId: fc.constantFrom('r1', 'r2'), reason: text('incomplete') }),
    1,
  ),
  command(
    'SettleAdministratively',
    fc.record({
      settlementId: text('s1'),
      partyIds: someParties,
      penaltyLines: text(fine(500)),
      reExportOrder: fc.boolean(),
    }),
    1,
  ),
  command(
    'FileCharges',
    party.map((partyId) => ({ partyId, charges: [charge(partyId)] })),
    6,
  ),
  command(
    'DeclineProsecution',
    fc.record({
      partyId: fc.option(party, { nil: undefined }),
      reasonCode: fc.constantFrom('public_interest', 'time_barred'),
    }),
    2,
  ),
  command(
    'WithdrawCharges',
    fc.record({ partyId: party, reasonCode: text('insufficient_evidence') }),
    2,
  ),
  command(
    'ScheduleHearing',
    fc.record({
      hearingId: fc.constantFrom('h1', 'h2'),
      partyIds: someParties,
      court: text('J1'),
      scheduledFor: text('2025-01-10'),
      purpose: text('trial'),
    }),
  ),
  command(
    'AdjournHearing',
    fc.record({ hearingId: fc.constantFrom('h1', 'h2'), reason: text('strike') }),
    2,
  ),
  command(
    'RecordPlea',
    fc.record({ partyId: party, plea: fc.constantFrom('guilty', 'not_guilty') }),
  ),
  command(
    'RecordVerdict',
    fc.record({
      partyId: party,
      outcome: fc.constantFrom('convicted', 'convicted', 'acquitted', 'dismissed_procedural'),
    }),
    6,
  ),
  command(
    'ImposeSentence',
    fc
      .tuple(party, fc.constantFrom(1000, 1000, 1000, 60000))
      .map(([partyId, amount]) => ({ partyId, ...sentenceOf(`s-${partyId}`, amount) })),
    10,
  ),
  command(
    'FileAppeal',
    fc.record({
      appealId: fc.constantFrom('ap1', 'ap2', 'ap3'),
      partyId: party,
      appellant: fc.constantFrom('defence', 'prosecution'),
      against: fc.constantFrom('verdict', 'sentence'),
    }),
    6,
  ),
  command(
    'DecideAppeal',
    fc
      .tuple(
        fc.constantFrom('ap1', 'ap2', 'ap3'),
        fc.constantFrom('upheld', 'overturned', 'varied'),
      )
      .map(([appealId, outcome]) => ({
        appealId,
        outcome,
        ...(outcome === 'varied' ? { newSentence: sentenceOf(`v-${appealId}`, 2000) } : {}),
      })),
    6,
  ),
  command(
    'RecordPenaltyEnforcement',
    party.map((partyId) => ({
      enforcementId: `e-${partyId}`,
      partyId,
      kind: 'fine_paid',
      amount: { amount: 100, currency: 'USD' },
    })),
    2,
  ),
  command(
    'RecordDisposal',
    fc.record({
      disposalId: fc.constantFrom('d1', 'd2'),
      itemId: text('item-1'),
      method: fc.constantFrom('destroyed', 'recycled'),
    }),
    1,
  ),
  command(
    'AddParty',
    fc.constantFrom(...parties).map((partyId) => ({ ...personA, partyId })),
    1,
  ),
  command('CloseCase', fc.record({ reasonCode: fc.constantFrom('concluded', 'duplicate') }), 1),
  command('ReopenCase', text({ reason: 'new facts' }), 1),
  command(
    'FlagDeadlineMissed',
    fc.record({
      step: fc.constantFrom('referral_decision', 'charge_decision'),
      deadline: fc.constantFrom('2024-03-05', '2024-04-05'),
    }),
    1,
  ),
);

/** Day i of a calendar of 28-day months from March 2024: business time moves forward. */
const dayOf = (index: number) =>
  `2024-${String(3 + Math.floor(index / 28)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;

function toCommand({ type, data, userId }: Step, index: number): CaseCommand {
  const command = caseCommand(type, data as never, dayOf(index + 30));
  return userId
    ? { ...command, metadata: by(command.metadata.actor.role, command.metadata.occurredAt, userId) }
    : command;
}

function decideOrRefuse(
  command: CaseCommand,
  state: CaseState,
): readonly CaseEvent[] | DomainError {
  try {
    return caseDecider.decide(command, state);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

function checkStep(before: CaseState, command: CaseCommand, emitted: readonly CaseEvent[]): void {
  if (before.status === 'closed' && command.type !== 'ReopenCase') expect(emitted).toEqual([]);
  for (const fact of emitted) {
    if (fact.type === 'SentenceImposed') {
      const defendant = before.parties[fact.data.partyId]?.defendant;
      expect(defendant && isConvicted(defendant)).toBe(true);
    }
    if (fact.type === 'VerdictRecorded') {
      const defendant = before.parties[fact.data.partyId]?.defendant;
      expect(defendant && defendantStatus(defendant)).toBe('charged');
    }
    if (fact.type === 'ChargesFiled') expect(before.referral?.status).toBe('accepted');
  }
  if (chainOutcome(before) === 'ended_without_conviction' && command.type === 'RecordVerdict') {
    expect(emitted).toEqual([]);
  }
}

function checkState(state: CaseState, history: CaseEvent[]): void {
  expect(fold(caseDecider, history)).toEqual(state);
  for (const { defendant } of Object.values(state.parties)) {
    if (defendant.sentence) expect(isConvicted(defendant)).toBe(true);
    if (defendant.verdict) expect(Object.keys(defendant.charges).length).toBeGreaterThan(0);
  }
}

describe('case decider over random command sequences', () => {
  it('keeps the rules of the chain and folds back to the state it decided on', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(step, { minLength: 5, maxLength: 60, size: 'max' }),
        (fromAccepted, steps) => {
          const history: CaseEvent[] = [
            ...(fromAccepted ? accepted : detected),
            event('PartyAdded', { ...personA, partyId: 'party-c' }, '2024-03-01'),
          ];
          let state = fold(caseDecider, history);
          steps.forEach((raw, index) => {
            const command = toCommand(raw, index);
            const outcome = decideOrRefuse(command, state);
            if (outcome instanceof DomainError) return;
            checkStep(state, command, outcome);
            state = outcome.reduce(caseDecider.evolve, state);
            history.push(...outcome);
            // Deciding the same command on the state it produced is a no-op: commands are idempotent.
            if (outcome.length > 0) expect(caseDecider.decide(command, state)).toEqual([]);
            checkState(state, history);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
