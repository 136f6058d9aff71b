import { createHmac } from 'node:crypto';
import type { SqlExecutor } from '@greenchain/event-store';
import type { OutgoingDestinations } from '../outgoing/outgoing-destinations';
import { postPinned } from '../outgoing/pinned-post';
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
 * signed, with the delivery id (the job id) so the receiver can drop repeats. Each URL is checked
 * again here, after resolving its host, and the request goes to the addresses checked. A refused
 * destination, a redirect or any other non-2xx answer fails the job after the office's other
 * webhooks were tried: the inbox claim rolls back and BullMQ retries with backoff, then keeps the
 * job as a dead letter with the reasons. A retry sends to every subscription of the office again,
 * hence the delivery id.
 */
export const outcomeWebhookHandler = (
  secrets: WebhookSecrets,
  destinations: OutgoingDestinations,
): JobHandler => ({
  name: 'outcome-webhook',
  eventTypes: outcomeEventTypes,
  notifies: true,

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
    const failures: string[] = [];
    for (const subscription of subscriptions) {
      const failure = await deliver(subscription, jobId(job), body, secrets, destinations);
      if (failure) failures.push(`webhook ${subscription.id} ${failure}`);
    }
    if (failures.length > 0) throw new Error(failures.join('; '));
  },
});

/** Sends one delivery; answers why it failed, or undefined once the receiver took it. */
async function deliver(
  subscription: SubscriptionRow,
  deliveryId: string,
  body: string,
  secrets: WebhookSecrets,
  destinations: OutgoingDestinations,
): Promise<string | undefined> {
  // A row from before sealing keeps its clear secret until rotated (see the migration).
  const secret = subscription.secret_sealed
    ? secrets.open(subscription.id, subscription.secret_sealed)
    : (subscription.secret ?? '');
  try {
    const destination = await destinations.check(subscription.url);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const status = await postPinned(destination, {
      headers: {
        'content-type': 'application/json',
        'x-greenchain-delivery': deliveryId,
        'x-greenchain-timestamp': timestamp,
        'x-greenchain-signature': webhookSignature(secret, timestamp, body),
      },
      body,
      timeoutMs: deliveryTimeoutMs,
    });
    if (status >= 200 && status < 300) return undefined;
    return status >= 300 && status < 400
      ? `answered ${status} (redirects are not followed)`
      : `answered ${status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
