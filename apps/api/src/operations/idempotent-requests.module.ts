import { Module } from '@nestjs/common';
import { IdempotentRequests } from './idempotent-requests.service';

/** Idempotency-Key for the POSTs outside the event store (operations, files, notifications). */
@Module({ providers: [IdempotentRequests], exports: [IdempotentRequests] })
export class IdempotentRequestsModule {}
