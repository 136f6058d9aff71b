import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { WebhookSubscriptions } from './webhook-subscriptions.service';
import { WebhooksController } from './webhooks.controller';

/** Administrators manage the partner webhooks that the worker delivers case outcomes to. */
@Module({
  imports: [AuthModule],
  controllers: [WebhooksController],
  providers: [WebhookSubscriptions],
})
export class WebhooksModule {}
