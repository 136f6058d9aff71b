import { type CommandResult } from '@greenchain/contracts';
import request from 'supertest';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { signInNewUser, ugandanOfficer } from '../support/users';

describe("an agency's case references", () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    const customs = await signIn(http, 'customs');
    tokens.customs = customs.accessToken;
    tokens.admin = (await signIn(http, 'admin')).accessToken;
    tokens.colleague = await signInNewUser(http, tokens.admin, {
      email: 'colleague@kra.test',
      role: 'customs',
      country: customs.user.country,
      agency: customs.user.agency,
    });
    tokens.uganda = await signInNewUser(http, tokens.admin, ugandanOfficer('refs@ura.test'));
  }, 60_000);
  afterAll(() => subject?.close());

  const seize = (who: string, reference: string, key?: string) => {
    const call = http.post('/api/cases').set(bearer(tokens[who] ?? ''));
    return (key ? call.set('Idempotency-Key', key) : call).send(seizureRequest(reference));
  };
  const caseCount = async () =>
    Number(
      (
        await subject.database.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM streams WHERE stream_type = 'case'`,
        )
      )[0]?.n,
    );

  it('refuses a second case under a reference the agency already used, however it is typed', async () => {
    const first = bodyOf<CommandResult>(await seize('customs', 'KRA/MSA/2024/0500').expect(201));
    const before = await caseCount();
    const second = await seize('colleague', ' kra/msa/2024/0500').expect(409);
    expect(problemOf(second)).toMatchObject({
      status: 409,
      code: 'case/duplicate-reference',
      field: 'reference',
      existingCaseId: first.id,
    });
    expect(await caseCount()).toBe(before);
  });

  it('lets another country use the same reference', async () => {
    await seize('customs', 'KRA/MSA/2024/0501').expect(201);
    await seize('uganda', 'KRA/MSA/2024/0501').expect(201);
  });

  it('answers a retried seizure with its first result, not as a duplicate', async () => {
    const first = bodyOf<CommandResult>(
      await seize('customs', 'KRA/MSA/2024/0502', 'reference-retry').expect(201),
    );
    const again = await seize('customs', 'KRA/MSA/2024/0502', 'reference-retry').expect(201);
    expect(bodyOf<CommandResult>(again)).toMatchObject({ id: first.id, replayed: true });
  });
});
