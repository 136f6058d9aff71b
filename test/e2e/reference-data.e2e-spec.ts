import request from 'supertest';
import { type CitesSpeciesResponse } from '../../apps/api/src/reference/cites-species.response';
import { type CodeListResponse } from '../../apps/api/src/reference/code-list.response';
import { type HsCodeSuggestionResponse } from '../../apps/api/src/reference/hs-code-suggestion.response';
import { type SubstanceResponse } from '../../apps/api/src/reference/substance.response';
import { bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

describe('reference data over HTTP', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let token: string;

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    token = (await signIn(http, 'customs')).accessToken;
  }, 60_000);
  afterAll(() => subject?.close());

  const get = (path: string, query: object = {}) =>
    http.get(`/api/reference${path}`).query(query).set(bearer(token));

  it('suggests HS codes as an officer types, with the agreements they point to', async () => {
    const found = bodyOf<HsCodeSuggestionResponse[]>(
      await get('/hs-codes', { q: '2903.7' }).expect(200),
    );
    expect(found.find((entry) => entry.code === '2903.71')).toMatchObject({
      description: 'HCFC-22',
      agreements: [expect.objectContaining({ code: 'MP' })],
    });
    const byWords = bodyOf<HsCodeSuggestionResponse[]>(
      await get('/hs-codes', { q: 'halon' }).expect(200),
    );
    expect(byWords.map((entry) => entry.code)).toEqual(['2903.76', '3827.20']);
  });

  it('gives the numeric code of each country, the key of the world map', async () => {
    const numbers = bodyOf<Record<string, string>>(await get('/country-numbers').expect(200));
    expect(numbers).toMatchObject({ KE: '404', BR: '076', CN: '156' });
    expect(Object.keys(numbers)).toHaveLength(249);
    await http.get('/api/reference/country-numbers').expect(401);
  });

  it('names the parameter that is wrong', async () => {
    expect(problemOf(await get('/hs-codes').expect(400)).field).toBe('q');
    expect(problemOf(await get('/hs-codes', { q: '29', limit: 500 }).expect(400)).field).toBe(
      'limit',
    );
  });

  it('refuses a code whose heading HS 2022 does not have, as the domain does', async () => {
    const problem = problemOf(await get('/hs-codes/7701.10/agreements').expect(400));
    expect(problem).toMatchObject({ code: 'value/unknown-hs-heading', field: 'code' });
    await get('/hs-codes/2903.71/agreements').expect(200);
  });

  it('finds CITES listings by common or scientific name, with their appendix', async () => {
    const pangolins = bodyOf<CitesSpeciesResponse[]>(
      await get('/cites/species', { q: 'pangolin' }).expect(200),
    );
    expect(pangolins).toEqual([
      expect.objectContaining({
        scientificName: 'Manis spp.',
        commonName: 'Pangolins',
        appendix: 'I',
        typicalTerms: ['SCA', 'MEA', 'LIV'],
      }),
    ]);
    const elephant = bodyOf<CitesSpeciesResponse[]>(
      await get('/cites/species', { q: 'Loxodonta africana', limit: 1 }).expect(200),
    );
    expect(elephant[0]?.exceptions?.[0]).toMatchObject({
      appendix: 'II',
      populations: ['BW', 'NA', 'ZA', 'ZW'],
    });
    expect(bodyOf<unknown[]>(await get('/cites/species', { q: 'unicorn' }).expect(200))).toEqual(
      [],
    );
  });

  it('serves the CITES term, unit, purpose and source codes as code lists', async () => {
    const units = bodyOf<CodeListResponse>(await get('/code-lists/citesUnits').expect(200));
    expect(units.codes).toContainEqual({ code: 'KIL', label: 'kilograms (kg)' });
    const terms = bodyOf<CodeListResponse>(await get('/code-lists/citesTerms').expect(200));
    expect(terms.codes.map((term) => term.code)).toEqual(expect.arrayContaining(['LIV', 'SKI']));
    await get('/code-lists/citesPurposes').expect(200);
    await get('/code-lists/citesSources').expect(200);
  });

  it('finds controlled substances by designation or HS code, with Annex and group', async () => {
    const found = bodyOf<SubstanceResponse[]>(
      await get('/substances', { q: 'hcfc22' }).expect(200),
    );
    expect(found[0]).toEqual({
      name: 'HCFC-22',
      annex: 'C',
      group: 'I',
      hs: '2903.71',
      hsCandidates: [],
    });
    const blends = bodyOf<SubstanceResponse[]>(
      await get('/substances', { q: '3827.61', limit: 2 }).expect(200),
    );
    expect(blends.map((blend) => [blend.name, blend.annex, blend.hs])).toEqual([
      ['R-404A', undefined, undefined],
      ['R-407C', undefined, undefined],
    ]);
    expect(blends[0]?.hsCandidates).toContain('3827.61');
  });

  it('names the parameter that is wrong on the new searches, and the unknown list', async () => {
    expect(problemOf(await get('/cites/species').expect(400)).field).toBe('q');
    expect(problemOf(await get('/substances', { q: 'x'.repeat(81) }).expect(400)).field).toBe('q');
    expect(problemOf(await get('/substances', { q: 'R', limit: 0 }).expect(400)).field).toBe(
      'limit',
    );
    const unknown = await get('/code-lists/citesColours').expect(400);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(problemOf(unknown)).toMatchObject({
      code: 'reference/unknown-code-list',
      field: 'name',
    });
  });

  it('answers only signed-in users', async () => {
    await http.get('/api/reference/cites/species').query({ q: 'tiger' }).expect(401);
    await http.get('/api/reference/substances').query({ q: 'CFC' }).expect(401);
  });
});
