import type { OutgoingDestinations } from '../outgoing/outgoing-destinations';
import type { JobHandler } from './job-handler';
import { outcomeNotificationHandler } from './outcome-notification.handler';
import { outcomeWebhookHandler } from './outcome-webhook.handler';
import type { WebhookSecrets } from './webhook-secrets';

/**
 * Every side effect the worker derives from events; webhooks open their secrets with `secrets` and
 * send only where `destinations` allows.
 */
export function allJobHandlers(
  secrets: WebhookSecrets,
  destinations: OutgoingDestinations,
): readonly JobHandler[] {
  return [outcomeNotificationHandler, outcomeWebhookHandler(secrets, destinations)];
}

export * from './case-outcomes';
export * from './dispatch.projection';
export * from './file-jobs';
export * from './job-handler';
export * from './job-inbox';
export * from './job-processor';
export * from './job-queue-pump';
export * from './notified-facts';
export * from './missed-deadlines';
export * from './outcome-notification.handler';
export * from './outcome-webhook.handler';
export * from './queue-watchdog';
export * from './webhook-secrets';
