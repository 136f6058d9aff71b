import { Module } from '@nestjs/common';
import { WebhookSubscriptions } from './webhook-subscriptions.service';
import { WebhooksController } from './webhooks.controller';

/** Administrators manage the partner webhooks that the worker delivers case outcomes to. */
@Module({
  controllers: [WebhooksController],
  providers: [WebhookSubscriptions],
})
export class WebhooksModule {}
