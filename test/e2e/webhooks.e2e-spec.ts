import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CommandResult, type SessionUser } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import type {
  WebhookSecretResponse,
  WebhookSubscriptionResponse,
} from '../../apps/api/src/webhooks/webhook-subscription.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import {
  consigneeRequest,
  declineRequest,
  referralRequest,
  seizureRequest,
} from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { bearer, signIn } from '../support/sessions';
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

describe('partner webhooks', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let receiver: Server;
  let receiverUrl = '';
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
        response.statusCode = answered;
        response.end();
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/outcomes`;
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    for (const role of ['customs', 'prosecutor', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
  }, 60_000);
  afterAll(async () => {
    receiver.close();
    await subject.close();
  });

  const as = (who: string) => bearer(tokens[who] ?? '');
  /** Webhook changes also need the administrator's fresh re-authentication proof. */
  const asAdminReauthenticated = () => reauthenticated(http, tokens.admin ?? '');
  const command = async (who: string, path: string, body: object) => {
    const response = await http.post(`/api/cases${path}`).set(as(who)).send(body);
    expect(response.ok).toBe(true);
    return bodyOf<CommandResult>(response);
  };
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
    const caseId = (await command('customs', '', seizureRequest())).id;
    const partyId = (await command('customs', `/${caseId}/parties`, consigneeRequest)).created
      .partyId;
    const referralId = (
      await command('customs', `/${caseId}/refer-to-prosecution`, referralRequest)
    ).created.referralId;
    await command('prosecutor', `/${caseId}/referrals/${referralId}/accept`, {
      occurredAt: '2024-04-02',
    });
    await command('prosecutor', `/${caseId}/decline-prosecution`, declineRequest(partyId ?? ''));

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
});
