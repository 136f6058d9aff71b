import { type NextFunction, type Request, type Response } from 'express';
import { type ApiMetrics } from './api-metrics';

/**
 * Times every request, answered by a route or not. The route label is the matched pattern
 * (`/api/cases/:caseId`), never the raw path: ids in labels would make a series per case.
 */
export function httpMetricsMiddleware(metrics: ApiMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const done = metrics.startRequest();
    response.once('finish', () => {
      const pattern = (request.route as { path?: unknown } | undefined)?.path;
      done({
        method: request.method,
        route: typeof pattern === 'string' ? `${request.baseUrl}${pattern}` : 'unmatched',
        status: response.statusCode,
      });
    });
    next();
  };
}
