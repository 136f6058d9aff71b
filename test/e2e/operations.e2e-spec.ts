import { today } from '../support/today';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type CommandResult } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type DeadLetterResponse } from '../../apps/api/src/operations/dead-letter.response';
import { type ProjectionStatusResponse } from '../../apps/api/src/operations/projection-status.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/** A partner endpoint that refuses deliveries until told to accept them. */
function webhookReceiver() {
  const deliveries: string[] = [];
  let accepting = false;
  const server: Server = createServer((incoming, answer) => {
    incoming.resume();
    incoming.on('end', () => {
      if (accepting) deliveries.push(String(incoming.headers['x-greenchain-delivery']));
      answer.writeHead(accepting ? 204 : 500).end();
    });
  });
  return {
    deliveries,
    accept: () => {
      accepting = true;
    },
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('operations: projections and dead letters, acted on by the running worker', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  const receiver = webhookReceiver();
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    // The receiver listens on 127.0.0.1, which webhooks reach only through the allow-list.
    subject = await startTestApp({
      with: [WorkerModule],
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32' },
    });
    http = request(subject.app.getHttpServer());
    dataSource = subject.app.get(DataSource);
    for (const role of ['customs', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
  }, 60_000);
  afterAll(async () => {
    await subject?.close();
    await receiver.close();
  });

  const admin = () => bearer(tokens.admin ?? '');
  const projections = async () =>
    bodyOf<ProjectionStatusResponse[]>(await http.get('/api/projections').set(admin()).expect(200));
  const caseSummaryRows = () =>
    dataSource.query<unknown[]>(`SELECT * FROM case_summary ORDER BY case_id`);

  it('rebuilds case-summary in the worker: a new generation, rows equal to the incremental ones', async () => {
    await http
      .post('/api/cases')
      .set(bearer(tokens.customs ?? ''))
      .send(seizureRequest())
      .expect(201);
    const before = await expectEventually(
      async () => {
        const summary = (await projections()).find((row) => row.name === 'case-summary');
        expect(summary).toMatchObject({ status: 'active', lagEvents: 0 });
        expect(summary?.checkpoint).toBe(summary?.headPosition);
        return summary;
      },
      { timeoutMs: 20_000 },
    );
    const incremental = await caseSummaryRows();
    expect(incremental).toHaveLength(1);

    const rebuild = () =>
      http
        .post('/api/projections/case-summary/rebuild')
        .set(admin())
        .set('Idempotency-Key', 'rebuild-1');
    const first = await rebuild().expect(202);
    expect(first.body).toEqual({ id: 'case-summary', status: 'rebuilding' });
    expect((await rebuild().expect(202)).body).toEqual(first.body);

    await expectEventually(
      async () => {
        const summary = (await projections()).find((row) => row.name === 'case-summary');
        expect(summary).toMatchObject({
          status: 'active',
          generation: (before?.generation ?? 0) + 1,
        });
      },
      { timeoutMs: 30_000 },
    );
    expect(await caseSummaryRows()).toEqual(incremental);
  }, 90_000);

  it('resumes a failed projection, which the worker then brings up to the head again', async () => {
    // A failure as the runner records it: the leader stops at the event until resumed.
    await dataSource.query(
      `UPDATE projection_status SET status = 'failed', failed_position = last_position + 1,
              failed_event_id = gen_random_uuid(), failed_event_type = 'SeizureRecorded',
              error = 'disk full' WHERE name = 'case-money'`,
    );
    await http
      .post('/api/cases')
      .set(bearer(tokens.customs ?? ''))
      .send(seizureRequest())
      .expect(201);
    const failed = (await projections()).find((row) => row.name === 'case-money');
    expect(failed).toMatchObject({ status: 'failed', error: 'disk full' });
    const resumed = await http.post('/api/projections/case-money/resume').set(admin()).expect(202);
    expect(resumed.body).toEqual({ id: 'case-money', status: 'active' });
    await expectEventually(
      async () => {
        const money = (await projections()).find((row) => row.name === 'case-money');
        expect(money).toMatchObject({ status: 'active', lagEvents: 0 });
        expect(money?.checkpoint).toBe(money?.headPosition);
        expect(money?.error).toBeUndefined();
      },
      { timeoutMs: 20_000 },
    );
  }, 60_000);

  it('refuses to resume a projection that has not failed, and knows no made-up projection', async () => {
    const resume = await http.post('/api/projections/case-summary/resume').set(admin()).expect(409);
    expect(problemOf(resume)).toMatchObject({ code: 'projection/not-failed', field: 'name' });
    await http.post('/api/projections/no-such-thing/rebuild').set(admin()).expect(404);
    const body = await http
      .post('/api/projections/case-summary/rebuild')
      .set(admin())
      .send({ force: true })
      .expect(400);
    expect(problemOf(body).field).toBe('body');
  });

  it('lists a webhook out of retries as a dead letter, and retries it under the same job id', async () => {
    await dataSource.query(
      `INSERT INTO webhook_subscriptions (agency, country, url, secret) VALUES ($1, 'KE', $2, 's')`,
      ['Kenya Revenue Authority - Customs', await receiver.listen()],
    );
    const customs = bearer(tokens.customs ?? '');
    const { id: caseId } = bodyOf<CommandResult>(
      await http.post('/api/cases').set(customs).send(seizureRequest()).expect(201),
    );
    await http
      .post(`/api/cases/${caseId}/close`)
      .set(customs)
      .send({ occurredAt: today(), reasonCode: 'other' })
      .expect(200);
    // Five attempts with backoff from 1 s: about 15 s until the job is dead.
    const letter = await expectEventually(
      async () => {
        const letters = bodyOf<DeadLetterResponse[]>(
          await http.get('/api/dead-letters').set(admin()).expect(200),
        );
        expect(letters).toHaveLength(1);
        return letters[0] as DeadLetterResponse;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(letter).toMatchObject({
      id: `outcome-webhook.${letter.eventId}`,
      queue: 'event-jobs',
      handler: 'outcome-webhook',
      attempts: 5,
      error: expect.stringContaining('answered 500') as string,
    });
    expect(
      bodyOf<DeadLetterResponse>(
        await http.get(`/api/dead-letters/${letter.id}`).set(admin()).expect(200),
      ),
    ).toEqual(letter);

    receiver.accept();
    const retry = await http
      .post(`/api/dead-letters/${letter.id}/retry`)
      .set(admin())
      .set('Idempotency-Key', 'retry-1')
      .expect(202);
    expect(retry.body).toEqual({ id: letter.id, status: 'pending' });
    await http
      .post(`/api/dead-letters/${letter.id}/retry`)
      .set(admin())
      .set('Idempotency-Key', 'retry-1')
      .expect(202);
    await expectEventually(
      async () => {
        const [dispatch] = await dataSource.query<{ status: string }[]>(
          `SELECT status FROM job_dispatches WHERE handler = 'outcome-webhook' AND event_id = $1`,
          [letter.eventId],
        );
        expect(dispatch?.status).toBe('done');
      },
      { timeoutMs: 30_000 },
    );
    expect(receiver.deliveries).toEqual([letter.id]);
    await http.get(`/api/dead-letters/${letter.id}`).set(admin()).expect(404);
    const reused = await http
      .post(`/api/dead-letters/${letter.id}/retry`)
      .set(admin())
      .set('Idempotency-Key', 'rebuild-1')
      .expect(422);
    expect(problemOf(reused)).toMatchObject({
      code: 'command/idempotency-key-reused',
      field: 'Idempotency-Key',
    });
  }, 120_000);

  it('is for administrators only, and says so in words', async () => {
    const refused = await http
      .get('/api/projections')
      .set(bearer(tokens.customs ?? ''))
      .expect(403);
    expect(problemOf(refused).detail).toBe(
      'The role customs cannot manage the read models (operations).',
    );
    await http.get('/api/dead-letters').expect(401);
  });
});
