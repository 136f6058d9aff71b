import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Params } from 'nestjs-pino';
import { type GreenchainConfig } from '../config/greenchain-config';
import { loggedRequest } from './logged-request';
import { redactedPaths } from './redacted-paths';

const requestIdHeader = 'x-request-id';

/** JSON logs with a request id on every line; a caller's id is kept so traces join across services. */
export function loggerOptions(config: GreenchainConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: { req: loggedRequest },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const given = req.headers[requestIdHeader];
        const id = typeof given === 'string' && /^[\w-]{1,128}$/.test(given) ? given : randomUUID();
        res.setHeader(requestIdHeader, id);
        return id;
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    },
  };
}
