import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandKeys } from './command-keys.service';
import { CommandOriginPipe } from './command-origin.decorator';
import { CommandWriter } from './command-writer.service';
import { HttpIdempotencyInterceptor } from './http-idempotency/http-idempotency.interceptor';
import { IdempotentRequestsStore } from './http-idempotency/idempotent-requests.store';
import { ProjectionWakePublisher } from './projection-wake.publisher';
import { WakeProjectionsOnAppend } from './wake-projections.handler';

@Global()
@Module({
  providers: [
    CommandKeys,
    CommandOriginPipe,
    CommandWriter,
    ProjectionWakePublisher,
    WakeProjectionsOnAppend,
    IdempotentRequestsStore,
    { provide: APP_INTERCEPTOR, useClass: HttpIdempotencyInterceptor },
  ],
  exports: [CommandKeys, CommandOriginPipe, CommandWriter, ProjectionWakePublisher],
})
export class CommandsModule {}
