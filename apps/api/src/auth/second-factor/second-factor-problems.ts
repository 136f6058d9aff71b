import { ProblemException } from '@greenchain/platform';

/** A code was refused; the caller says which status fits its route (401 at sign-in, else 422). */
export type CodeRefusal = 'invalid' | 'replayed' | 'locked' | 'not-enabled';

export function refusalProblem(refusal: CodeRefusal, status: 401 | 422): ProblemException {
  switch (refusal) {
    case 'invalid':
      return new ProblemException(
        status,
        'auth/second-factor-code-invalid',
        'This code is wrong.',
        'code',
      );
    case 'replayed':
      return new ProblemException(
        status,
        'auth/second-factor-code-used',
        'This code was already used; wait for the next one.',
        'code',
      );
    case 'locked':
      return new ProblemException(
        429,
        'auth/second-factor-locked',
        'Too many wrong codes: the second factor is locked for a while.',
        'code',
      );
    case 'not-enabled':
      return new ProblemException(
        409,
        'auth/second-factor-not-enabled',
        'This account has no second factor.',
      );
  }
}

export const enrolmentRequired = (): ProblemException =>
  new ProblemException(
    403,
    'auth/second-factor-enrolment-required',
    'Administrators need a second factor: enrol one first (POST /api/auth/second-factor/enrolment).',
  );

export const alreadyEnabled = (): ProblemException =>
  new ProblemException(
    409,
    'auth/second-factor-already-enabled',
    'This account already has a second factor; disable it first.',
  );
