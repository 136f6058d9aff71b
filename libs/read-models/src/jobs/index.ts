import type { JobHandler } from './job-handler';
import { outcomeNotificationHandler } from './outcome-notification.handler';
import { outcomeWebhookHandler } from './outcome-webhook.handler';
import type { WebhookSecrets } from './webhook-secrets';

/** Every side effect the worker derives from events; webhooks open their secrets with `secrets`. */
export function allJobHandlers(secrets: WebhookSecrets): readonly JobHandler[] {
  return [outcomeNotificationHandler, outcomeWebhookHandler(secrets)];
}

export * from './case-outcomes';
export * from './dispatch.projection';
export * from './file-jobs';
export * from './job-handler';
export * from './job-inbox';
export * from './job-processor';
export * from './job-queue-pump';
export * from './missed-deadlines';
export * from './outcome-notification.handler';
export * from './outcome-webhook.handler';
export * from './queue-watchdog';
export * from './webhook-secrets';
