import { caseDecider, fold, type CaseEvent } from '@greenchain/domain';
import { accepted, charged, event, verdict } from '@greenchain/domain/fixtures/case.fixtures';
import { stageExits } from './stage-exits';

const exitsAfter = (events: readonly CaseEvent[]) => stageExits(fold(caseDecider, events));

const withdrawal = (partyId: string, on: string) =>
  event(
    'ChargesWithdrawn',
    { partyId, chargeIds: [`charge-${partyId}`], reasonCode: 'insufficient_evidence' },
    on,
  );

const declined = (partyIds: string[], on: string) =>
  event('ProsecutionDeclined', { scope: 'defendant', partyIds, reasonCode: 'public_interest' }, on);

describe('stageExits', () => {
  it('has no exit while the case follows the chain', () => {
    expect(exitsAfter(charged)).toEqual({
      settled_on: null,
      declined_all_on: null,
      withdrawn_all_on: null,
    });
  });

  it('dates a decline of every defendant at the last one', () => {
    const one = [...accepted, declined(['party-a'], '2024-03-20')];
    expect(exitsAfter(one).declined_all_on).toBeNull();
    expect(exitsAfter([...one, declined(['party-b'], '2024-03-25')]).declined_all_on).toBe(
      '2024-03-25',
    );
  });

  it('dates a withdrawal of every charge at the last one, unless a verdict came first', () => {
    const both = [
      ...charged,
      withdrawal('party-a', '2024-04-10'),
      withdrawal('party-b', '2024-04-12'),
    ];
    expect(exitsAfter(both).withdrawn_all_on).toBe('2024-04-12');
    const judgedFirst = [
      ...charged,
      verdict('party-a', 'acquitted', '2024-04-05'),
      withdrawal('party-b', '2024-04-12'),
    ];
    expect(exitsAfter(judgedFirst).withdrawn_all_on).toBeNull();
  });
});
