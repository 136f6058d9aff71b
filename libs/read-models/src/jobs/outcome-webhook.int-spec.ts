import { caseStream } from '@greenchain/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { judged } from '@greenchain/domain/fixtures/case.fixtures';
import { parseAllowedNetworks } from '../outgoing/allowed-networks';
import { OutgoingDestinations, type Resolve } from '../outgoing/outgoing-destinations';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
  everyFactNotified,
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

/** The hosts of every TCP connection opened, as given to Socket#connect (before any lookup). */
const connectedHosts: string[] = [];
const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Records every connection and stops any to a literal address off this machine, so these tests
 * cannot reach another host even when the code under test is wrong.
 */
function guardConnections(): jest.SpyInstance {
  // Reflect.get keeps the original method to call on each socket it is applied to.
  const connect = Reflect.get(Socket.prototype, 'connect') as (...args: unknown[]) => Socket;
  return jest.spyOn(Socket.prototype, 'connect').mockImplementation(function (
    this: Socket,
    ...args: unknown[]
  ) {
    const [first, second] = args;
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string } | number;
    const host = typeof options === 'object' ? options.host : (second as string | undefined);
    connectedHosts.push(host ?? '');
    if (host && /^[\d.:]+$/.test(host) && !loopbackHosts.has(host)) {
      throw new Error(`test attempted a connection to ${host}`);
    }
    return connect.apply(this, args);
  });
}

const destinationsAllowing = (networks: string, resolve?: Resolve) => {
  const parsed = parseAllowedNetworks(networks);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return new OutgoingDestinations({ allowHttp: true, allowedNetworks: parsed.networks }, resolve);
};

describe('outcome webhooks', () => {
  let fixture: ReadModelFixture;
  let server: Server;
  let port = 0;
  let guard: jest.SpyInstance;
  const deliveries: Delivery[] = [];
  const answers: { status: number; location?: string }[] = [];
  const secret = randomUUID();
  const secrets = new WebhookSecrets(randomBytes(32));
  const outcomeWebhookHandler = webhookHandler(secrets, destinationsAllowing('127.0.0.1/32'));

  beforeAll(async () => {
    guard = guardConnections();
    fixture = await readModelDatabase('rm_webhooks');
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        deliveries.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
        const answer = answers.shift() ?? { status: 204 };
        response.writeHead(answer.status, answer.location ? { location: answer.location } : {});
        response.end();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
    await subscribe(`http://127.0.0.1:${port}/hooks`);
  });
  afterAll(async () => {
    server?.close();
    await fixture?.database.drop();
    guard?.mockRestore();
  });
  beforeEach(() => {
    deliveries.length = 0;
    connectedHosts.length = 0;
  });

  /** The only active subscription of the seizing office of the judged fixture. */
  async function subscribe(url: string): Promise<void> {
    const id = randomUUID();
    await fixture.database.dataSource.query(`UPDATE webhook_subscriptions SET active = false`);
    await fixture.database.dataSource.query(
      `INSERT INTO webhook_subscriptions (id, agency, country, url, secret_sealed)
       VALUES ($1, $2, $3, $4, $5)`,
      [id, 'DNA Paraguay', 'PY', url, secrets.seal(id, secret)],
    );
  }

  /** A new judged case, and the webhook job of its sentence. */
  async function sentenceJob(): Promise<DispatchedJob & { caseId: string }> {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, dispatchProjection([outcomeWebhookHandler], everyFactNotified));
    const [dispatch] = await fixture.database.dataSource.query<
      { event_id: string; global_position: string }[]
    >(
      `SELECT event_id, global_position FROM job_dispatches
        WHERE event_type = 'SentenceImposed' AND stream_id = $1`,
      [caseStream.streamId(caseId)],
    );
    return {
      caseId,
      handler: outcomeWebhookHandler.name,
      eventId: dispatch?.event_id ?? '',
      streamId: caseStream.streamId(caseId),
      globalPosition: Number(dispatch?.global_position),
      eventType: 'SentenceImposed',
    };
  }

  it('signs each delivery, retries a refused one, and delivers nothing once done', async () => {
    const { caseId, ...job } = await sentenceJob();

    answers.push({ status: 503 });
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

  it('fails a delivery answered with a redirect, and does not follow it', async () => {
    const job = await sentenceJob();
    answers.push({ status: 302, location: `http://127.0.0.1:${port}/elsewhere` });
    await expect(runJob(fixture.database.dataSource, outcomeWebhookHandler, job)).rejects.toThrow(
      'answered 302 (redirects are not followed)',
    );
    expect(deliveries).toHaveLength(1);
  });

  it.each([
    ['http://10.0.0.1/hooks', '10.0.0.1 is private (RFC 1918)'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is cloud metadata'],
  ])('refuses %s at delivery before any connection attempt', async (url, reason) => {
    await subscribe(url);
    const job = await sentenceJob();
    await expect(runJob(fixture.database.dataSource, outcomeWebhookHandler, job)).rejects.toThrow(
      `refused: ${reason}`,
    );
    expect(connectedHosts).not.toContain(new URL(url).hostname);
  });

  it('refuses a name that resolves to a refused address at delivery, though it was allowed before', async () => {
    await subscribe(`http://localhost:${port}/hooks`);
    const job = await sentenceJob();
    const withoutAllowList = webhookHandler(secrets, destinationsAllowing(''));
    await expect(runJob(fixture.database.dataSource, withoutAllowList, job)).rejects.toThrow(
      /refused: localhost: (127\.0\.0\.1|::1) is loopback/,
    );
    expect(deliveries).toEqual([]);
    expect(connectedHosts).not.toContain('localhost');
  });

  it('connects to the address it checked, not to a second answer of the name', async () => {
    let lookups = 0;
    const rebinding: Resolve = () =>
      Promise.resolve(lookups++ === 0 ? ['127.0.0.1'] : ['10.0.0.1']);
    const handler = webhookHandler(secrets, destinationsAllowing('127.0.0.1/32', rebinding));
    await subscribe(`http://partner.rebinding.test:${port}/hooks`);
    const job = await sentenceJob();
    expect(await runJob(fixture.database.dataSource, handler, job)).toBe('done');
    expect(lookups).toBe(1);
    expect(connectedHosts).toContain('partner.rebinding.test');
    expect(deliveries.map((delivery) => delivery.headers.host)).toEqual([
      `partner.rebinding.test:${port}`,
    ]);
  });
});
