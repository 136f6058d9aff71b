import { type CommandResult } from '@greenchain/contracts';
import { type EvidenceCustody } from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer } from '../support/sessions';
import { signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

describe("a case's exhibits as a list", () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    Object.assign(
      tokens,
      await signInRoles(http, ['customs', 'prosecutor', 'analyst', 'admin'], 'exhibits@ura.test'),
    );
  }, 60_000);
  afterAll(() => subject?.close());

  const exhibitsOf = (caseId: string, who: string) =>
    http
      .get('/api/evidence')
      .query({ filter: JSON.stringify({ caseId }) })
      .set(bearer(tokens[who] ?? ''));

  it("lists the case's exhibits with their holder to the case's readers only", async () => {
    const caseId = bodyOf<CommandResult>(
      await http
        .post('/api/cases')
        .set(bearer(tokens.customs ?? ''))
        .send(seizureRequest())
        .expect(201),
    ).id;
    const exhibit = bodyOf<CommandResult>(
      await http
        .post('/api/evidence')
        .set(bearer(tokens.customs ?? ''))
        .send({
          occurredAt: '2024-03-01',
          caseId,
          kind: 'sample',
          description: 'One 13.6 kg cylinder labelled R-22',
          holder: { holderId: 'KRA-MSA-STORE', agency: 'Kenya Revenue Authority', country: 'KE' },
          place: 'KRA exhibit store, Mombasa',
        })
        .expect(201),
    ).id;
    const page = await expectEventually(
      async () => {
        const response = await exhibitsOf(caseId, 'prosecutor').expect(200);
        expect(bodyOf<EvidenceCustody[]>(response).map((row) => row.id)).toEqual([exhibit]);
        return response;
      },
      { timeoutMs: 20_000 },
    );
    expect(page.headers['content-range']).toBe('evidence 0-0/1');
    expect(bodyOf<EvidenceCustody[]>(page)[0]).toMatchObject({
      caseId,
      kind: 'sample',
      holderId: 'KRA-MSA-STORE',
    });
    expect(problemOf(await exhibitsOf(caseId, 'uganda').expect(404)).field).toBe('filter');
    await exhibitsOf(caseId, 'analyst').expect(404);
  }, 60_000);

  it('needs one case id, and names the filter when it is missing or wrong', async () => {
    const missing = await http
      .get('/api/evidence')
      .set(bearer(tokens.customs ?? ''))
      .expect(400);
    expect(problemOf(missing).field).toBe('filter');
    expect(problemOf(await exhibitsOf('not-a-uuid', 'customs').expect(400)).field).toBe('filter');
    await http.get('/api/evidence').expect(401);
  });
});
