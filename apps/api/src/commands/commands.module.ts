import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandExecutor } from './command-executor.service';
import { CommandKeys } from './command-keys.service';
import { HttpIdempotencyInterceptor } from './http-idempotency/http-idempotency.interceptor';
import { IdempotentRequestsStore } from './http-idempotency/idempotent-requests.store';
import { ProjectionWakePublisher } from './projection-wake.publisher';

@Global()
@Module({
  providers: [
    CommandKeys,
    CommandExecutor,
    ProjectionWakePublisher,
    IdempotentRequestsStore,
    { provide: APP_INTERCEPTOR, useClass: HttpIdempotencyInterceptor },
  ],
  exports: [CommandKeys, CommandExecutor, ProjectionWakePublisher],
})
export class CommandsModule {}
