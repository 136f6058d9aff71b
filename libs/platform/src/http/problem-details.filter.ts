import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ownProperty } from '@greenchain/contracts';
import { type Request, type Response } from 'express';
import { loggableError } from './loggable-error';
import { ProblemException } from './problem.exception';
import { problemContentType, type ProblemDetails, problemType } from './problem-details';

/** Body parsers throw plain errors with a status and a type; map them to stable codes. */
const bodyParserCodes: Readonly<Record<string, string>> = {
  'entity.parse.failed': 'request/malformed-json',
  'entity.too.large': 'request/too-large',
  'encoding.unsupported': 'request/unsupported-encoding',
  'charset.unsupported': 'request/unsupported-charset',
  'request.aborted': 'request/aborted',
};

const statusCodes: Readonly<Record<string, string>> = {
  401: 'auth/unauthenticated',
  403: 'auth/forbidden',
  404: 'resource/not-found',
  429: 'request/rate-limited',
};

/** Every error leaves as RFC 9457 problem+json; unexpected ones are logged and never leak internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem: ProblemDetails = { ...this.toProblem(exception), instance: request.originalUrl };
    if (problem.status >= 500) this.logger.error(loggableError(exception));
    if (response.headersSent) return;
    if (problem.status === 429 && typeof problem.retryAfter === 'number') {
      response.setHeader('Retry-After', String(problem.retryAfter));
    }
    response.status(problem.status).type(problemContentType).json(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) {
      return {
        ...exception.extensions,
        ...base(exception.getStatus(), exception.code, exception.message),
        field: exception.field,
        errors: exception.errors,
      };
    }
    // The Express adapter wraps body-parser errors in an HttpException with the original as cause.
    const bodyParser = bodyParserError(exception instanceof Error ? exception.cause : undefined);
    // The body as a whole is at fault (unparseable, too large), so the field it names is the body.
    if (bodyParser) {
      return { ...base(bodyParser.status, bodyParser.code, bodyParser.message), field: 'body' };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return base(
        status,
        ownProperty(statusCodes, String(status)) ?? `http/${status}`,
        exception.message,
      );
    }
    return base(500, 'internal', 'An unexpected error occurred; it has been logged.');
  }
}

function base(status: number, code: string, detail: string): ProblemDetails {
  return { type: problemType(code), title: titleOf(status), status, code, detail };
}

function titleOf(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string'
    ? name
        .toLowerCase()
        .split('_')
        .map((word) => word[0]?.toUpperCase() + word.slice(1))
        .join(' ')
    : 'Error';
}

function bodyParserError(error: unknown): { status: number; code: string; message: string } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { type, status, message } = error as {
    type?: unknown;
    status?: unknown;
    message?: unknown;
  };
  if (typeof type !== 'string' || typeof status !== 'number' || status >= 500) return null;
  return {
    status,
    code: ownProperty(bodyParserCodes, type) ?? 'request/unreadable',
    message: typeof message === 'string' ? message : 'The request body could not be read.',
  };
}
