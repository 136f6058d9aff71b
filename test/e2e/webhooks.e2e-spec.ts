import { declinedCase } from '../support/declined-case';
import { today } from '../support/today';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { type SessionUser } from '@greenchain/contracts';
import type { DeadLetterResponse } from '../../apps/api/src/operations/dead-letter.response';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  WebhookSecretResponse,
  WebhookSubscriptionResponse,
} from '../../apps/api/src/webhooks/webhook-subscription.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { bodyOf, problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { bearer } from '../support/sessions';
import { caseCommand } from '../support/case-commands';
import { signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

interface Delivery {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly answered: number;
}

/** What a partner does with a delivery: recompute the HMAC with the secret it was given. */
function signatureHolds(secret: string, delivery: Delivery): boolean {
  const timestamp = String(delivery.headers['x-greenchain-timestamp']);
  const expected = Buffer.from(
    `sha256=${createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest('hex')}`,
  );
  const received = Buffer.from(String(delivery.headers['x-greenchain-signature']));
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/** The partner's address: loopback, opened for this suite alone by WEBHOOK_ALLOWED_NETWORKS. */
const receiverHost = '127.0.0.2';

describe('partner webhooks', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let receiver: Server;
  let receiverUrl = '';
  /** A port on 127.0.0.1 that counts connections: where a refused or redirected delivery would go. */
  const trap = createTcpServer((socket) => {
    trapConnections += 1;
    socket.destroy();
  });
  let trapConnections = 0;
  let trapPort = 0;
  const tokens: Record<string, string> = {};
  const deliveries: Delivery[] = [];
  /** Status codes the receiver answers in turn; 204 once they run out. */
  const answers: number[] = [];

  beforeAll(async () => {
    receiver = createServer((incoming, response) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const answered = answers.shift() ?? 204;
        const body = Buffer.concat(chunks).toString();
        deliveries.push({ headers: incoming.headers, body, answered });
        const redirect = answered >= 300 && answered < 400;
        response.writeHead(answered, redirect ? { location: `http://127.0.0.1:${trapPort}/` } : {});
        response.end();
      });
    });
    receiver.listen(0, receiverHost);
    trap.listen(0, '127.0.0.1');
    await Promise.all([once(receiver, 'listening'), once(trap, 'listening')]);
    receiverUrl = `http://${receiverHost}:${(receiver.address() as AddressInfo).port}/outcomes`;
    trapPort = (trap.address() as AddressInfo).port;
    subject = await startTestApp({
      with: [WorkerModule],
      env: { WEBHOOK_ALLOWED_NETWORKS: `${receiverHost}/32` },
    });
    http = request(subject.app.getHttpServer());
    Object.assign(tokens, await signInRoles(http, ['customs', 'prosecutor', 'admin']));
  }, 60_000);
  afterAll(async () => {
    receiver?.close();
    trap.close();
    await subject?.close();
  });

  const as = (who: string) => bearer(tokens[who] ?? '');
  /** Webhook changes also need the administrator's fresh re-authentication proof. */
  const asAdminReauthenticated = () => reauthenticated(http, tokens.admin ?? '');
  const command = (who: string, path: string, body: object) =>
    caseCommand(http, tokens[who] ?? '', path, body);
  const seizingOffice = async () =>
    bodyOf<SessionUser>(await http.get('/api/auth/me').set(as('customs')).expect(200));

  it('delivers a signed outcome to the seizing office’s webhook, again after a refusal', async () => {
    const office = await seizingOffice();
    const created = bodyOf<WebhookSecretResponse>(
      await http
        .post('/api/webhooks')
        .set(await asAdminReauthenticated())
        .send({ agency: office.agency, country: office.country, url: receiverUrl })
        .expect(201),
    );
    expect(created).toMatchObject({ url: receiverUrl, active: true, disabledAt: null });
    expect(created.secret.length).toBeGreaterThanOrEqual(32);
    const listed = bodyOf<WebhookSubscriptionResponse[]>(
      await http.get('/api/webhooks').set(as('admin')).expect(200),
    );
    expect(listed.map((row) => row.id)).toEqual([created.id]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    answers.push(503);
    const caseId = await declinedCase(command, today());

    await expectEventually(() => expect(deliveries.map((d) => d.answered)).toEqual([503, 204]), {
      timeoutMs: 30_000,
    });
    const [refused, accepted] = deliveries;
    for (const delivery of deliveries) {
      expect(signatureHolds(created.secret, delivery)).toBe(true);
      expect(signatureHolds('another secret', delivery)).toBe(false);
    }
    expect(accepted?.headers['x-greenchain-delivery']).toBe(
      refused?.headers['x-greenchain-delivery'],
    );
    expect(JSON.parse(accepted?.body ?? '{}')).toMatchObject({
      caseId,
      eventType: 'ProsecutionDeclined',
      kind: 'prosecution_declined',
    });
  });

  it('rotates the secret once per key, disables for good, and names what is wrong', async () => {
    const [subscription] = bodyOf<WebhookSubscriptionResponse[]>(
      await http.get('/api/webhooks').set(as('admin')).expect(200),
    );
    const path = `/api/webhooks/${subscription?.id}`;
    const admin = await asAdminReauthenticated();
    const rotate = () =>
      http.post(`${path}/rotate-secret`).set(admin).set('Idempotency-Key', 'rotate-1');
    const rotated = bodyOf<WebhookSecretResponse>(await rotate().expect(200));
    expect(rotated.secretRotatedAt).not.toBeNull();
    const replayed = await rotate().expect(200);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(bodyOf<WebhookSecretResponse>(replayed).secret).toBe(rotated.secret);

    const disabled = bodyOf<WebhookSubscriptionResponse>(
      await http.post(`${path}/disable`).set(admin).expect(200),
    );
    expect(disabled).toMatchObject({ active: false, disabledAt: expect.any(String) as string });
    const again = bodyOf<WebhookSubscriptionResponse>(
      await http.post(`${path}/disable`).set(admin).expect(200),
    );
    expect(again.disabledAt).toBe(disabled.disabledAt);

    const badUrl = await http
      .post('/api/webhooks')
      .set(admin)
      .send({ agency: 'KRA', country: 'KE', url: 'ftp://partner.example.org' })
      .expect(400);
    expect(JSON.stringify(problemOf(badUrl))).toContain('url');
    const unknown = await http
      .post('/api/webhooks/00000000-0000-4000-8000-000000000000/disable')
      .set(admin)
      .expect(404);
    expect(problemOf(unknown)).toMatchObject({ code: 'resource/not-found' });
    await http.get('/api/webhooks').set(as('customs')).expect(403);
  });

  // Odd IPv4 notations are refused by the URL validator already (400); the others by the
  // destination check (422). Either way nothing is stored and nothing is connected to.
  it.each([
    ['http://127.0.0.1/hook', 422],
    ['http://[::1]/hook', 422],
    ['http://169.254.169.254/latest/meta-data/', 422],
    ['http://10.0.0.1/hook', 422],
    ['http://0.0.0.0/hook', 422],
    ['http://[::ffff:127.0.0.1]/hook', 422],
    ['http://localhost/hook', 422],
    ['https://user:secret@partner.example.org/hook', 422],
    ['http://2130706433/hook', 400],
    ['http://0177.0.0.1/hook', 400],
    ['http://127.1/hook', 400],
  ])('refuses to register %s (%i), naming url', async (url, status) => {
    const office = await seizingOffice();
    const refused = await http
      .post('/api/webhooks')
      .set(await asAdminReauthenticated())
      .send({ agency: office.agency, country: office.country, url })
      .expect(status)
      .expect('content-type', /application\/problem\+json/);
    expect(problemOf(refused)).toMatchObject(
      status === 422 ? { code: 'webhook/destination-refused', field: 'url' } : { field: 'url' },
    );
    const listed = bodyOf<WebhookSubscriptionResponse[]>(
      await http.get('/api/webhooks').set(as('admin')).expect(200),
    );
    expect(listed.map((row) => row.url)).not.toContain(url);
    expect(trapConnections).toBe(0);
  });

  it('refuses at delivery a name that resolves to a refused address, and follows no redirect', async () => {
    const office = await seizingOffice();
    await http
      .post('/api/webhooks')
      .set(await asAdminReauthenticated())
      .send({ agency: office.agency, country: office.country, url: receiverUrl })
      .expect(201);
    // As if registered while its name resolved elsewhere: the API would refuse it now.
    await subject.app
      .get(DataSource)
      .query(
        `INSERT INTO webhook_subscriptions (agency, country, url, secret) VALUES ($1, $2, $3, 's')`,
        [office.agency, office.country, `http://localhost:${trapPort}/hook`],
      );
    deliveries.length = 0;
    answers.push(302, 302, 302, 302, 302);
    const caseId = await declinedCase(command, today());

    // Five attempts with backoff from 1 s: about 15 s until the job is dead.
    const letter = await expectEventually(
      async () => {
        const letters = bodyOf<DeadLetterResponse[]>(
          await http.get('/api/dead-letters').set(as('admin')).expect(200),
        );
        expect(letters).toHaveLength(1);
        return letters[0] as DeadLetterResponse;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(letter.error).toContain('answered 302 (redirects are not followed)');
    expect(letter.error).toMatch(/refused: localhost: (127\.0\.0\.1|::1) is loopback/);
    expect(deliveries.map((delivery) => delivery.answered)).toEqual([302, 302, 302, 302, 302]);
    expect(JSON.parse(deliveries[0]?.body ?? '{}')).toMatchObject({ caseId });
    expect(trapConnections).toBe(0);
  }, 90_000);
});
