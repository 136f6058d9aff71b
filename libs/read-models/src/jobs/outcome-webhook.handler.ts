import { createHmac } from 'node:crypto';
import type { SqlExecutor } from '@greenchain/event-store';
import { caseIdOf } from '../shared/case-events';
import { outcomeEventTypes, outcomeKinds, seizingOffice } from './case-outcomes';
import { jobId, type DispatchedJob, type JobHandler } from './job-handler';
import type { WebhookSecrets } from './webhook-secrets';

/** Signature header value: HMAC-SHA256 over `<timestamp>.<body>` with the subscription's secret. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const deliveryTimeoutMs = 10_000;

interface SubscriptionRow {
  id: string;
  url: string;
  secret: string | null;
  secret_sealed: Buffer | null;
}

/**
 * Pushes an outcome to the seizing office's webhooks: ids and the kind only (never personal data),
 * signed, with the delivery id (the job id) so the receiver can drop repeats. Any non-2xx answer
 * throws, which rolls back the inbox claim and lets BullMQ retry with backoff; a retry sends to
 * every subscription of the office again, hence the delivery id.
 */
export const outcomeWebhookHandler = (secrets: WebhookSecrets): JobHandler => ({
  name: 'outcome-webhook',
  eventTypes: outcomeEventTypes,

  async handle(job: DispatchedJob, transaction: SqlExecutor): Promise<void> {
    const office = await seizingOffice(transaction, job.streamId);
    if (office === undefined) return;
    const subscriptions = (await transaction.query(
      `SELECT id, url, secret, secret_sealed FROM webhook_subscriptions
        WHERE active AND agency = $1 AND country = $2 ORDER BY created_at`,
      [office.agency, office.country],
    )) as SubscriptionRow[];
    const body = JSON.stringify({
      deliveryId: jobId(job),
      caseId: caseIdOf(job.streamId),
      eventId: job.eventId,
      eventType: job.eventType,
      kind: outcomeKinds[job.eventType] ?? null,
      globalPosition: job.globalPosition,
    });
    for (const subscription of subscriptions) {
      // A row from before sealing keeps its clear secret until rotated (see the migration).
      const secret = subscription.secret_sealed
        ? secrets.open(subscription.id, subscription.secret_sealed)
        : (subscription.secret ?? '');
      const timestamp = String(Math.floor(Date.now() / 1000));
      const response = await fetch(subscription.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-greenchain-delivery': jobId(job),
          'x-greenchain-timestamp': timestamp,
          'x-greenchain-signature': webhookSignature(secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(deliveryTimeoutMs),
      });
      if (!response.ok) {
        throw new Error(`webhook ${subscription.url} answered ${response.status}`);
      }
    }
  },
});
