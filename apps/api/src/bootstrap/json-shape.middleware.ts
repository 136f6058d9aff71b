import { type NextFunction, type Request, type Response } from 'express';
import { jsonShapeProblem, problemContentType, problemType } from '@greenchain/platform';

/**
 * Refuses a body nested deeper than any request shape, or with a key naming a member of
 * `Object.prototype`, before anything walks it: the idempotency hash, validation and logging all
 * recurse, and class-transformer would drop such keys silently. Runs as Express middleware, ahead
 * of Nest's pipeline, so it answers itself.
 */
export function jsonShapeGuard(request: Request, response: Response, next: NextFunction): void {
  const problem = jsonShapeProblem(request.body as unknown);
  if (problem === undefined) {
    next();
    return;
  }
  response
    .status(400)
    .type(problemContentType)
    .json({
      type: problemType(problem.code),
      title: 'Bad Request',
      status: 400,
      code: problem.code,
      detail: `${problem.path}: ${problem.detail}`,
      field: problem.path,
      instance: request.originalUrl,
    });
}
