import type { JobHandler } from './job-handler';
import { outcomeNotificationHandler } from './outcome-notification.handler';
import { outcomeWebhookHandler } from './outcome-webhook.handler';

/** Every side effect the worker derives from events. */
export const allJobHandlers: readonly JobHandler[] = [
  outcomeNotificationHandler,
  outcomeWebhookHandler,
];

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
