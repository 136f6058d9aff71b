import { type ValidationError } from 'class-validator';
import { ProblemException } from './problem.exception';
import { type FieldProblem } from './problem-details';

/** class-validator nests errors per property; clients need flat paths they can point at. */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parent = '',
): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = pathOf(parent, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationProblem(errors: readonly ValidationError[]): ProblemException {
  const problems = flattenValidationErrors(errors);
  return new ProblemException(
    400,
    'request/invalid',
    problems.map((p) => `${p.field}: ${p.message}`).join('; '),
    problems[0]?.field,
    problems,
  );
}

function pathOf(parent: string, property: string): string {
  if (!parent) return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}
