import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { type Response } from 'express';
import { map, type Observable } from 'rxjs';
import { type CommandResultResponse } from './command-result.response';
import { entityTag } from './entity-tag';

/**
 * The headers of a command's answer: ETag with the stream version, and `Idempotent-Replayed: true`
 * when a repeated Idempotency-Key is answered with the first result (as every other POST does).
 */
@Injectable()
export class CommandResponseInterceptor implements NestInterceptor {
  intercept(
    context: ExecutionContext,
    next: CallHandler<CommandResultResponse>,
  ): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((result) => {
        response.setHeader('ETag', entityTag(result.streamVersion));
        if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
        return result;
      }),
    );
  }
}
