import { randomUUID } from 'node:crypto';
import { type CommandResult, type Role } from '@greenchain/contracts';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { nestRoutes, type NestRoute } from '../support/nest-routes';
import { enrolSecondFactor } from '../support/second-factor';
import { accessTokenFor, bearer, demoEmail } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { authorizationMatrix, type RouteIds } from './authorization-matrix.fixture';

/**
 * Malformed input at every route. Each run sends a batch of requests built from a valid body
 * (the authorization fixture's) and broken in one way: unknown fields, prototype keys, deep nesting,
 * bodies over the limit, wrong types, invalid codes, bad UTF-8, non-object JSON, garbage ids, query
 * parameters and headers. No answer may be a 5xx; every 4xx must be problem+json with a code, and
 * every 400/422 must name its field (`body` when the body as a whole is unreadable or too large).
 */
const runs = 1_000;
const batch = 10;
const roles: readonly Role[] = ['customs', 'prosecutor', 'judiciary', 'analyst', 'admin'];

type Mutation =
  | { kind: 'valid' }
  | { kind: 'unknownField'; key: string; value: unknown }
  | { kind: 'prototypeKey'; key: string }
  | { kind: 'deepNesting'; depth: number; object: boolean }
  | { kind: 'huge'; size: number }
  | { kind: 'wrongType'; pick: number; value: unknown }
  | { kind: 'invalidCode'; pick: number; value: string }
  | { kind: 'badUtf8'; bytes: number[] }
  | { kind: 'nonObject'; raw: string }
  | { kind: 'badId'; value: string }
  | { kind: 'query'; key: string; value: string }
  | { kind: 'listParam'; parameter: 'filter' | 'sort' | 'groupBy'; name: string; nested: boolean }
  | { kind: 'headers'; ifMatch: string; idempotencyKey: string };

/** Names that a plain object inherits: a lookup by one of them must find nothing. */
const prototypeNames = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

const printable = fc.string({
  unit: fc.constantFrom(...'abcXYZ019 -_"\'/\\{}[]%:;,.'.split('')),
  maxLength: 40,
});

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'valid' as const }),
  fc.record({
    kind: fc.constant('unknownField' as const),
    key: fc.string({ minLength: 1, maxLength: 20 }),
    value: fc.jsonValue(),
  }),
  fc.record({
    kind: fc.constant('prototypeKey' as const),
    key: fc.constantFrom(...prototypeNames),
  }),
  fc.record({
    kind: fc.constant('listParam' as const),
    parameter: fc.constantFrom('filter' as const, 'sort' as const, 'groupBy' as const),
    name: fc.constantFrom(...prototypeNames),
    nested: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('deepNesting' as const),
    depth: fc.integer({ min: 50, max: 60_000 }),
    object: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('huge' as const),
    size: fc.integer({ min: 270_000, max: 600_000 }),
  }),
  fc.record({
    kind: fc.constant('wrongType' as const),
    pick: fc.nat(),
    value: fc.oneof(fc.jsonValue(), fc.constant(null), fc.array(fc.integer())),
  }),
  fc.record({
    kind: fc.constant('invalidCode' as const),
    pick: fc.nat(),
    value: fc.string({ maxLength: 60 }),
  }),
  fc.record({
    kind: fc.constant('badUtf8' as const),
    bytes: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('nonObject' as const),
    raw: fc.constantFrom('[]', '1', '"text"', 'null', 'true', '[{"a":1}]'),
  }),
  fc.record({ kind: fc.constant('badId' as const), value: printable }),
  fc.record({
    kind: fc.constant('query' as const),
    key: fc.string({ minLength: 1, maxLength: 10 }),
    value: printable,
  }),
  fc.record({
    kind: fc.constant('headers' as const),
    ifMatch: printable,
    idempotencyKey: printable,
  }),
);

interface Sent {
  readonly route: NestRoute;
  readonly mutation: Mutation;
  readonly status: number;
  readonly failure?: string;
}

describe('fuzzing every endpoint with malformed input', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens = new Map<Role, string>();
  let ids: RouteIds;
  let routes: NestRoute[];

  beforeAll(async () => {
    // Request limits are tested elsewhere; here they would only stop the fuzzer measuring inputs.
    const unlimited = '100000000';
    subject = await startTestApp({
      env: { RATE_LIMIT_USER_PER_MINUTE: unlimited, RATE_LIMIT_ANONYMOUS_PER_MINUTE: unlimited },
    });
    http = request(subject.app.getHttpServer());
    const dataSource = subject.app.get(DataSource);
    for (const role of roles) {
      const rows = await dataSource.query<{ id: string }[]>(
        'SELECT id FROM users WHERE email = $1',
        [demoEmail(role)],
      );
      tokens.set(role, await accessTokenFor(subject.app, rows[0]?.id ?? ''));
    }
    // Administrators must have a second factor before anything else.
    await enrolSecondFactor(http, tokens.get('admin') ?? '', demoEmail('admin'));
    const customs = tokens.get('customs') ?? '';
    const caseId = bodyOf<CommandResult>(
      await http.post('/api/cases').set(bearer(customs)).send(seizureRequest()).expect(201),
    ).id;
    const evidenceId = bodyOf<CommandResult>(
      await http
        .post('/api/evidence')
        .set(bearer(customs))
        .send({
          occurredAt: '2024-03-02',
          caseId,
          kind: 'sample',
          description: 'x',
          holder: { holderId: 'H-1', agency: 'A', country: 'KE' },
          place: 'x',
        })
        .expect(201),
    ).id;
    ids = { caseId, evidenceId };
    routes = nestRoutes(subject.app);
  }, 60_000);
  afterAll(() => subject?.close());

  const pathOf = (route: NestRoute, badId?: string) =>
    route.url.replace(/:(\w+)/g, (_, name: string) => {
      if (badId !== undefined) return encodeURIComponent(badId);
      if (name === 'caseId') return ids.caseId;
      if (name === 'evidenceId') return ids.evidenceId;
      if (name === 'code') return '2903.71';
      if (name === 'name') return 'partyRoles';
      return randomUUID();
    });

  function payload(base: Record<string, unknown>, change: Mutation): string | Buffer | undefined {
    const keys = Object.keys(base);
    const json = JSON.stringify(base);
    switch (change.kind) {
      case 'unknownField':
        return JSON.stringify({ ...base, [`x${change.key}`]: change.value });
      case 'prototypeKey':
        return `{"${change.key}":{"polluted":true,"role":"admin"},${json.slice(1)}`;
      case 'deepNesting': {
        const [open, close] = change.object ? ['{"a":', '}'] : ['[', ']'];
        const nested = `${open.repeat(change.depth)}1${close.repeat(change.depth)}`;
        return `{"${keys[0] ?? 'occurredAt'}":${nested}${json.length > 2 ? `,${json.slice(1)}` : '}'}`;
      }
      case 'huge':
        return JSON.stringify({ ...base, [keys[0] ?? 'occurredAt']: 'x'.repeat(change.size) });
      case 'wrongType':
        return JSON.stringify({
          ...base,
          [keys[change.pick % Math.max(keys.length, 1)] ?? 'occurredAt']: change.value,
        });
      case 'invalidCode':
        return JSON.stringify({
          ...base,
          [keys[change.pick % Math.max(keys.length, 1)] ?? 'occurredAt']: change.value,
        });
      case 'badUtf8':
        return Buffer.concat([
          Buffer.from('{"occurredAt":"'),
          Buffer.from(change.bytes),
          Buffer.from('"}'),
        ]);
      case 'nonObject':
        return change.raw;
      default:
        return json;
    }
  }

  /** A list parameter naming an inherited member, as a key or a value, at the top or nested. */
  function listParam(change: Extract<Mutation, { kind: 'listParam' }>): string {
    const keyed = `{${JSON.stringify(change.name)}:"x') OR ('1'='1"}`;
    switch (change.parameter) {
      case 'filter':
        return change.nested ? `{"country":${keyed}}` : keyed;
      case 'sort':
        return change.nested ? `[${keyed},"ASC"]` : JSON.stringify([change.name, 'ASC']);
      default:
        return change.name;
    }
  }

  async function send(route: NestRoute, role: Role, change: Mutation): Promise<Sent> {
    const row = authorizationMatrix[route.key];
    const base = (row?.body?.(ids) ?? {}) as Record<string, unknown>;
    const path = pathOf(route, change.kind === 'badId' ? change.value : undefined);
    const url =
      change.kind === 'query'
        ? `${path}?${encodeURIComponent(`q${change.key}`)}=${encodeURIComponent(change.value)}`
        : change.kind === 'listParam'
          ? `${path}?${change.parameter}=${encodeURIComponent(listParam(change))}`
          : path;
    let call = http[route.method.toLowerCase() as 'get' | 'post' | 'patch'](url).set(
      bearer(tokens.get(role) ?? ''),
    );
    if (change.kind === 'headers')
      call = call.set('If-Match', change.ifMatch).set('Idempotency-Key', change.idempotencyKey);
    const body = route.method === 'GET' ? undefined : payload(base, change);
    const response = await (body === undefined
      ? call
      : call.set('Content-Type', 'application/json').send(body));
    return { route, mutation: change, status: response.status, failure: check(route, response) };
  }

  function check(route: NestRoute, response: request.Response): string | undefined {
    // No worker runs here, so readiness and the read-model list answer 503 by design: availability,
    // not input. Any other 5xx is a bug.
    if (route.key === 'GET /health/ready' && response.status === 503) return undefined;
    if (response.status === 503 && problemOf(response).code === 'read-model/not-ready')
      return undefined;
    if (response.status >= 500) return `status ${response.status}`;
    if (response.status < 400) return undefined;
    if (!String(response.headers['content-type']).startsWith('application/problem+json'))
      return 'not problem+json';
    const problem = problemOf(response);
    if (typeof problem.code !== 'string' || problem.status !== response.status) return 'no code';
    const namesField = typeof problem.field === 'string' && problem.field.length > 0;
    if ((response.status === 400 || response.status === 422) && !namesField) {
      return `${problem.code} names no field`;
    }
    return undefined;
  }

  it(`answers ${runs * batch} malformed requests with no 5xx and problem+json naming the field`, async () => {
    const statuses = new Map<number, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            route: fc.constantFrom(...routes),
            role: fc.constantFrom(...roles),
            change: mutation,
          }),
          { minLength: batch, maxLength: batch },
        ),
        async (requests) => {
          const results = await Promise.all(requests.map((r) => send(r.route, r.role, r.change)));
          sent += results.length;
          for (const result of results)
            statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
          const failed = results.find((result) => result.failure !== undefined);
          if (failed) {
            throw new Error(
              `${failed.route.key} ${JSON.stringify(failed.mutation).slice(0, 300)}: ${failed.failure ?? ''}`,
            );
          }
        },
      ),
      { numRuns: runs, endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
    // Every family of answer was exercised, not only one kind of refusal.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 403, 404, 413, 422]));
  }, 240_000);
});
