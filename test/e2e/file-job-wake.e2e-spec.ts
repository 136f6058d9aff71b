import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import type {
  ExportStatusResponse,
  FileJobQueuedResponse,
} from '../../apps/api/src/files/file-job.responses';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { bodyOf } from '../support/http';
import { bearer } from '../support/sessions';
import { signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

describe('file jobs: the API wakes the worker in the same process', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let tokens: Record<string, string> = {};

  beforeAll(async () => {
    // The pump's own look comes only every ten minutes: an export done sooner was woken.
    subject = await startTestApp({
      with: [WorkerModule],
      env: { JOB_PUMP_INTERVAL_MS: '600000' },
    });
    http = request(subject.app.getHttpServer());
    tokens = await signInRoles(http, ['customs']);
  }, 60_000);
  afterAll(() => subject?.close());

  it('runs an export requested after start-up without waiting for the next poll', async () => {
    const as = bearer(tokens.customs ?? '');
    const { id } = bodyOf<FileJobQueuedResponse>(
      await http.post('/api/exports').set(as).send({ format: 'csv' }).expect(202),
    );
    await expectEventually(
      async () => {
        const status = bodyOf<ExportStatusResponse>(
          await http.get(`/api/exports/${id}`).set(as).expect(200),
        );
        expect(status).toMatchObject({ status: 'done', done: 100 });
      },
      { timeoutMs: 60_000 },
    );
  }, 90_000);
});
