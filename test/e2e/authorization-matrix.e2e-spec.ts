import { randomUUID } from 'node:crypto';
import { type CommandResult } from '@greenchain/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReauthenticationProofs } from '../../apps/api/src/auth/reauthentication-proofs.service';
import { UsersService } from '../../apps/api/src/users/users.service';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { nestRoutes, type NestRoute } from '../support/nest-routes';
import { withProof } from '../support/reauthentication';
import { enrolSecondFactor } from '../support/second-factor';
import { accessTokenFor, bearer, demoEmail } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  actors,
  authorizationMatrix,
  type MatrixActor,
  type RouteIds,
  scopes,
} from './authorization-matrix.fixture';

const bootTimeoutMs = 60_000;
const matrixTimeoutMs = 120_000;

/** What the access check answered, whatever the route then did. */
function outcomeOf(response: request.Response): string {
  const code = response.status >= 400 ? problemOf(response).code : undefined;
  if (response.status === 401 && code === 'auth/unauthenticated') return 'U';
  if (response.status === 403 && code === 'auth/forbidden') return 'F';
  if (response.status === 404 && code === 'resource/not-found') return 'N';
  // 503 is readiness without a worker, an availability answer; any other 5xx is a bug.
  if (response.status >= 500 && response.status !== 503) return `E${response.status}`;
  if (response.status === 429) return 'R';
  return 'A';
}

const officerActors: ReadonlySet<MatrixActor> = new Set(['customs', 'prosecutor', 'judiciary']);

describe('the authorization matrix, every route × every actor × own / shared / other country', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens = new Map<MatrixActor, string>();
  /** Each actor also presents a re-authentication proof of their own, so the matrix tests roles. */
  const proofs = new Map<MatrixActor, string>();
  const records = new Map<string, RouteIds>();
  let spareUserId = '';
  /** A share opens a case to the agency it names: the shared case is shared with each of theirs. */
  const kenyanAgencies: string[] = [];

  beforeAll(async () => {
    // Every actor tries the same wrong sign-in; sign-in back-off is tested in its own suite.
    subject = await startTestApp({
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32', SIGN_IN_FREE_FAILURES: '100' },
    });
    http = request(subject.app.getHttpServer());
    const reauthentications = subject.app.get(ReauthenticationProofs);
    const users = subject.app.get(UsersService);
    const dataSource = subject.app.get(DataSource);
    for (const actor of actors) {
      if (actor === 'anonymous') continue;
      const rows = await dataSource.query<{ id: string; agency: string | null }[]>(
        'SELECT id, agency FROM users WHERE email = $1',
        [demoEmail(actor)],
      );
      const agency = rows[0]?.agency;
      if (officerActors.has(actor) && agency) kenyanAgencies.push(agency);
      tokens.set(actor, await accessTokenFor(subject.app, rows[0]?.id ?? ''));
      proofs.set(actor, (await reauthentications.issue(rows[0]?.id ?? '', ['pwd'])).proof);
    }
    // Administrators must have a second factor before anything else.
    await enrolSecondFactor(http, tokens.get('admin') ?? '', demoEmail('admin'));
    const uganda = await users.create({
      email: 'customs@ura.test',
      displayName: 'Uganda customs',
      password: 'a-long-enough-password',
      role: 'customs',
      country: 'UG',
      agency: 'Uganda Revenue Authority',
    });
    spareUserId = (
      await users.create({
        email: 'spare@unep.test',
        displayName: 'Spare analyst',
        password: 'a-long-enough-password',
        role: 'analyst',
        country: null,
        agency: 'UNEP',
      })
    ).id;
    const ugandaToken = await accessTokenFor(subject.app, uganda.id);
    const create = async (token: string, share: boolean): Promise<RouteIds> => {
      const post = (path: string, body: object) =>
        http.post(`/api${path}`).set(bearer(token)).send(body);
      const caseId = bodyOf<CommandResult>(await post('/cases', seizureRequest()).expect(201)).id;
      for (const agency of share ? kenyanAgencies : []) {
        await post(`/cases/${caseId}/shares`, {
          occurredAt: '2024-03-05',
          country: 'KE',
          agency,
          fields: ['seizure', 'items', 'parties', 'prosecution', 'court', 'disposal', 'evidence'],
          until: '2999-12-31',
        }).expect(201);
      }
      const evidence = await post('/evidence', {
        occurredAt: '2024-03-05',
        caseId,
        kind: 'sample',
        description: 'cylinder',
        holder: { holderId: 'H-1', agency: 'Agency', country: 'KE' },
        place: 'store',
      }).expect(201);
      return { caseId, evidenceId: bodyOf<CommandResult>(evidence).id };
    };
    records.set('own', await create(tokens.get('customs') ?? '', false));
    records.set('shared', await create(ugandaToken, true));
    records.set('other', await create(ugandaToken, false));
  }, bootTimeoutMs);
  afterAll(() => subject?.close());

  const urlOf = (route: NestRoute, ids: RouteIds) =>
    route.url.replace(/:(\w+)/g, (_, name: string) => {
      switch (name) {
        case 'caseId':
          return ids.caseId;
        case 'evidenceId':
          return ids.evidenceId;
        case 'userId':
          return spareUserId;
        case 'code':
          return '2903.71';
        case 'name':
          return 'partyRoles';
        case 'subjectId':
          return 'matrix-subject';
        case 'step':
          return 'referral';
        default:
          return randomUUID();
      }
    });

  it('has a row for every route Nest registers, and none for routes that do not exist', () => {
    const registered = nestRoutes(subject.app).map((route) => route.key);
    expect(Object.keys(authorizationMatrix).sort()).toEqual(registered);
  });

  it(
    'answers as the fixture expects: unexpected allows 0, unexpected denies 0',
    async () => {
      const mismatches: string[] = [];
      let requests = 0;
      for (const route of nestRoutes(subject.app)) {
        const row = authorizationMatrix[route.key];
        if (!row) continue;
        for (const actor of actors) {
          const expected = row.expect[actor];
          const columns = row.scope === 'none' ? (['own'] as const) : scopes;
          for (const [index, scope] of columns.entries()) {
            const ids = records.get(scope) ?? { caseId: '', evidenceId: '' };
            const call = http[route.method.toLowerCase() as 'get' | 'post' | 'patch'](
              urlOf(route, ids),
            );
            const token = tokens.get(actor);
            const signedIn =
              token === undefined
                ? call
                : call.set(bearer(token)).set(withProof(proofs.get(actor) ?? ''));
            const response = await signedIn.send(row.body?.(ids));
            requests += 1;
            const got = outcomeOf(response);
            const want = expected.charAt(index);
            if (got !== want)
              mismatches.push(
                `${route.key} ${actor} ${scope}: expected ${want}, got ${got} (${response.status} ${response.text.slice(0, 120)})`,
              );
          }
        }
      }
      const unexpectedAllows = mismatches.filter((line) => line.includes('got A'));
      expect({
        unexpectedAllows,
        unexpectedDenies: mismatches.filter((line) => !line.includes('got A')),
      }).toEqual({
        unexpectedAllows: [],
        unexpectedDenies: [],
      });
      expect(requests).toBeGreaterThan(700);
    },
    matrixTimeoutMs,
  );
});
