import { type PenaltyLineField, penaltyLineFields } from '@greenchain/contracts';
import { fold } from '../decider';
import { detected } from '../fixtures/case.fixtures';
import { DomainError } from '../domain-error';
import { caseDecider } from './case.decider';
import { penaltyLine, penaltyTypes } from './penalty';

const state = fold(caseDecider, detected);

/** A valid value of each field, on the case of the fixtures (its item is item-1). */
const sample: Record<PenaltyLineField, unknown> = {
  amount: { amount: 500, currency: 'USD' },
  months: 6,
  suspended: true,
  hours: 40,
  itemIds: ['item-1'],
  description: 'the vessel',
  value: { amount: 9000, currency: 'USD' },
  order: 'destroy',
};

const lineOf = (type: string, fields: readonly PenaltyLineField[]): Record<string, unknown> => ({
  type,
  ...Object.fromEntries(fields.map((field): [string, unknown] => [field, sample[field]])),
});

function refusal(line: object): string | undefined {
  try {
    penaltyLine(state, line, 'line');
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.field : String(error);
  }
}

describe('penalty lines against the contract that documents them', () => {
  it('describes every penalty type the domain knows', () => {
    expect(Object.keys(penaltyLineFields).sort()).toEqual([...penaltyTypes].sort());
  });

  it.each(Object.entries(penaltyLineFields))(
    '%s: takes its required and optional fields, and refuses it without each required one',
    (type, { required, optional }) => {
      expect(refusal(lineOf(type, required))).toBeUndefined();
      expect(refusal(lineOf(type, [...required, ...optional]))).toBeUndefined();
      for (const field of required) {
        const without = required.filter((other) => other !== field);
        expect(refusal(lineOf(type, without))).toBe(`line.${field}`);
      }
    },
  );
});
