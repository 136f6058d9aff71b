import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { type Response } from 'express';
import { map, type Observable } from 'rxjs';

/** Strong ETag of the stream version ("7"): clients send it back in If-Match. */
export function entityTag(version: number): string {
  return `"${version}"`;
}

@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const version = (body as { streamVersion?: unknown } | null)?.streamVersion;
        if (typeof version === 'number') response.setHeader('ETag', entityTag(version));
        return body;
      }),
    );
  }
}
