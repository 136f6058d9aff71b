import { HttpException } from '@nestjs/common';
import { type FieldProblem } from './problem-details';

/** An error the client can act on, carried to the problem+json filter with its stable code. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    detail: string,
    readonly field?: string,
    readonly errors?: readonly FieldProblem[],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail, status);
  }
}
