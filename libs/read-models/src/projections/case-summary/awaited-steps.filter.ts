import { deadlineSteps, type DeadlineStep } from '@greenchain/domain';
import { type FilterCondition, InvalidFilterValueError } from '../../shared/list-query';
import { awaitingCondition } from './stalled-deadlines';

const isStep = (value: unknown): value is DeadlineStep =>
  deadlineSteps.some((step) => step === value);

/** The `awaiting` filter: cases with any of the named steps pending; an unknown step is refused. */
export const awaitedSteps: FilterCondition = (value) => {
  if (value === undefined) return undefined;
  const steps: unknown[] = Array.isArray(value) ? value : [value];
  if (steps.length === 0 || !steps.every(isStep)) {
    throw new InvalidFilterValueError(`must be one or more of ${deadlineSteps.join(', ')}`);
  }
  return awaitingCondition(steps);
};
