import { penaltyLineFields } from '@greenchain/contracts';
import request from 'supertest';
import { seizureRequest, sentenceRequest } from '../support/hcfc-22-case';
import { bodyOf } from '../support/http';
import { clientTypes, type OpenApiSchema, typeCheck } from '../support/openapi-client';
import { nestRoutes } from '../support/nest-routes';
import { startTestApp, type TestApp } from '../support/test-app';

interface Operation {
  readonly summary?: string;
  readonly description?: string;
  readonly responses?: Record<string, { content?: Record<string, unknown> }>;
  readonly requestBody?: unknown;
}

type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, OpenApiSchema> };
};

type JsonObject = Record<string, unknown>;

/** Every object in the document with its JSON pointer, depth first. */
function* walk(node: unknown, path = '#'): Generator<{ path: string; node: JsonObject }> {
  if (typeof node !== 'object' || node === null) return;
  if (!Array.isArray(node)) yield { path, node: node as JsonObject };
  for (const [key, child] of Object.entries(node)) yield* walk(child, `${path}/${key}`);
}

/** The target of a local reference (`#/components/schemas/Name`), undefined if it names nothing. */
function resolve(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (node, key) =>
        key !== '' && typeof node === 'object' && node !== null && Object.hasOwn(node, key)
          ? (node as JsonObject)[key]
          : undefined,
      document,
    );
}

describe('the OpenAPI document at /api/docs-json', () => {
  let subject: TestApp;
  let document: OpenApi;

  beforeAll(async () => {
    subject = await startTestApp();
    document = bodyOf<OpenApi>(
      await request(subject.app.getHttpServer()).get('/api/docs-json').expect(200),
    );
  }, 60_000);
  afterAll(() => subject?.close());

  it('documents every API route with a summary, who may call it, and its problem+json errors', () => {
    const gaps: string[] = [];
    const apiRoutes = nestRoutes(subject.app).filter((found) => found.url.startsWith('/api/'));
    expect(apiRoutes.length).toBeGreaterThanOrEqual(50);
    for (const route of apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      if (!operation) {
        gaps.push(`${route.key}: missing`);
        continue;
      }
      if (!operation.summary) gaps.push(`${route.key}: no summary`);
      if (!operation.description) gaps.push(`${route.key}: no description of who may call it`);
      const responses = Object.entries(operation.responses ?? {});
      if (!responses.some(([status]) => status.startsWith('2')))
        gaps.push(`${route.key}: no success response`);
      const problems = responses.filter(([status]) => status.startsWith('4'));
      if (problems.length === 0) gaps.push(`${route.key}: no error responses`);
      for (const [status, response] of problems) {
        if (!response.content?.['application/problem+json'])
          gaps.push(`${route.key}: ${status} is not problem+json`);
      }
      if (
        route.method !== 'GET' &&
        route.key !== 'POST /data-subjects/:subjectId/erase' &&
        !operation.requestBody
      ) {
        gaps.push(`${route.key}: no request body`);
      }
    }
    expect(gaps).toEqual([]);
    expect(document.components.schemas).toHaveProperty('ProblemResponse');
  });

  it('names every schema it refers to: each $ref resolves within the document', () => {
    const refs = [...walk(document)].flatMap(({ path, node }) =>
      typeof node.$ref === 'string' ? [{ path, ref: node.$ref }] : [],
    );
    expect(refs.length).toBeGreaterThan(100);
    const dangling = refs.filter(({ ref }) => resolve(document, ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it('lists as required only properties it describes', () => {
    const gaps = [...walk(document)].flatMap(({ path, node }) => {
      const properties = (node.properties ?? {}) as Record<string, unknown>;
      const required = Array.isArray(node.required) ? (node.required as string[]) : [];
      return required
        .filter((name) => !Object.hasOwn(properties, name))
        .map((name) => `${path}: ${name}`);
    });
    expect(gaps).toEqual([]);
  });

  it('documents each kind of penalty line with the fields the domain requires of it', () => {
    const lines = [...walk(document)].find(({ path }) =>
      path.endsWith('/ImposeSentenceRequest/properties/penaltyLines'),
    )?.node.items as { oneOf: { title: string; required: string[] }[] } | undefined;
    const required = Object.fromEntries(
      (lines?.oneOf ?? []).map((kind) => [kind.title, kind.required]),
    );
    expect(Object.keys(required).sort()).toEqual(Object.keys(penaltyLineFields).sort());
    expect(required.imprisonment).toEqual(['type', 'months', 'suspended']);
    expect(required.licence_revocation_or_trading_ban).toEqual(['type', 'description']);
  });

  it('generates client types that compile and take the requests the API accepts', () => {
    const client = [
      clientTypes(document.components.schemas),
      `const seizure: RecordSeizureRequest = ${JSON.stringify(seizureRequest())};`,
      `const sentence: ImposeSentenceRequest = ${JSON.stringify(sentenceRequest)};`,
      'export const samples = [seizure, sentence];',
    ].join('\n');
    expect(typeCheck(client)).toEqual([]);
    // The check can fail: a reference to nothing, or a request the documents do not describe.
    expect(typeCheck(`${client}\nexport type Broken = ${'Missing'};`)).toHaveLength(1);
    expect(
      typeCheck(
        `${client}\nexport const imprisonment: ImposeSentenceRequest['penaltyLines'][number] = { type: 'imprisonment', months: 6 };`,
      ),
    ).toHaveLength(1);
  });

  it('leaves the Prometheus scrape out: it is operations, outside /api, like the health checks', () => {
    expect(nestRoutes(subject.app).map((route) => route.url)).toContain('/metrics');
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });
});
