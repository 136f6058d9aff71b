import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { judged } from '../../../domain/src/fixtures/case.fixtures';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
} from '../test-support/read-model-fixture';
import { dispatchProjection } from './dispatch.projection';
import type { DispatchedJob } from './job-handler';
import { runJob } from './job-inbox';
import {
  outcomeWebhookHandler as webhookHandler,
  webhookSignature,
} from './outcome-webhook.handler';
import { WebhookSecrets } from './webhook-secrets';

interface Delivery {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

describe('outcome webhooks', () => {
  let fixture: ReadModelFixture;
  let server: Server;
  const deliveries: Delivery[] = [];
  const answers: number[] = [];
  const secret = randomUUID();
  const secrets = new WebhookSecrets(randomBytes(32));
  const outcomeWebhookHandler = webhookHandler(secrets);

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_webhooks');
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        deliveries.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
        response.statusCode = answers.shift() ?? 204;
        response.end();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const id = randomUUID();
    await fixture.database.dataSource.query(
      `INSERT INTO webhook_subscriptions (id, agency, country, url, secret_sealed)
       VALUES ($1, $2, $3, $4, $5)`,
      [id, 'DNA Paraguay', 'PY', `http://127.0.0.1:${port}/hooks`, secrets.seal(id, secret)],
    );
  });
  afterAll(async () => {
    server.close();
    await fixture.database.drop();
  });

  it('signs each delivery, retries a refused one, and delivers nothing once done', async () => {
    const caseId = randomUUID();
    await appendEvents(fixture.store, `case-${caseId}`, judged);
    await project(fixture, dispatchProjection([outcomeWebhookHandler]));
    const [dispatch] = await fixture.database.dataSource.query<
      { event_id: string; stream_id: string; global_position: string }[]
    >(
      `SELECT event_id, stream_id, global_position FROM job_dispatches
        WHERE event_type = 'SentenceImposed'`,
    );
    const job: DispatchedJob = {
      handler: outcomeWebhookHandler.name,
      eventId: dispatch?.event_id ?? '',
      streamId: dispatch?.stream_id ?? '',
      globalPosition: Number(dispatch?.global_position),
      eventType: 'SentenceImposed',
    };

    answers.push(503);
    await expect(runJob(fixture.database.dataSource, outcomeWebhookHandler, job)).rejects.toThrow(
      'answered 503',
    );
    expect(await runJob(fixture.database.dataSource, outcomeWebhookHandler, job)).toBe('done');
    expect(await runJob(fixture.database.dataSource, outcomeWebhookHandler, job)).toBe('duplicate');

    expect(deliveries).toHaveLength(2);
    for (const delivery of deliveries) {
      const timestamp = String(delivery.headers['x-greenchain-timestamp']);
      expect(delivery.headers['x-greenchain-signature']).toBe(
        webhookSignature(secret, timestamp, delivery.body),
      );
      expect(delivery.headers['x-greenchain-delivery']).toBe(`outcome-webhook.${job.eventId}`);
    }
    expect(JSON.parse(deliveries[1]?.body ?? '{}')).toEqual({
      deliveryId: `outcome-webhook.${job.eventId}`,
      caseId,
      eventId: job.eventId,
      eventType: 'SentenceImposed',
      kind: 'sentence',
      globalPosition: job.globalPosition,
    });
  });
});
