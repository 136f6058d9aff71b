import { createHash, randomBytes } from 'node:crypto';
import { type CommandResult } from '@greenchain/contracts';
import { jpegWithLocation, shownText, zipEntries } from '@greenchain/testing';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { consigneeRequest, seizureRequest } from '../support/hcfc-22-case';
import { binary, bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { signInNewUser, ugandanOfficer } from '../support/users';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface ManifestRow {
  path: string;
  sha256: string;
  size: string;
  kind: string;
  documentId: string;
  recordedSha256: string;
}

describe("a case's file for a court, as one ZIP, over HTTP", () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  const tokens: Record<string, string> = {};
  const reference = `KRA/MSA/2024/CF${randomBytes(3).toString('hex')}`;
  let caseId = '';
  let evidenceId = '';
  const concealment = jpegWithLocation(randomBytes(20_000));
  const seal = jpegWithLocation(randomBytes(10_000));
  const documentIds: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    dataSource = subject.app.get(DataSource);
    for (const role of ['customs', 'prosecutor', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
    tokens.uganda = await signInNewUser(
      http,
      tokens.admin ?? '',
      ugandanOfficer('case-file.ug@example.test'),
    );
    caseId = await created('/api/cases', seizureRequest(reference), 'caseId');
    await created(`/api/cases/${caseId}/parties`, consigneeRequest, 'partyId');
    evidenceId = await created(
      '/api/evidence',
      {
        occurredAt: '2024-03-01',
        caseId,
        kind: 'photograph',
        description: 'Seal photo',
        holder: { holderId: 'KRA-MSA-STORE', agency: 'Kenya Revenue Authority', country: 'KE' },
        place: 'KRA store',
      },
      'evidenceId',
    );
    documentIds.concealment = await attached(`/api/cases/${caseId}/documents`, concealment, {
      name: 'concealment photo.jpg',
      personalData: 'may-hold',
    });
    documentIds.seal = await attached(`/api/evidence/${evidenceId}/documents`, seal, {
      name: 'seal.jpg',
      personalData: 'none',
    });
  }, 90_000);
  afterAll(() => subject?.close());

  const as = (who: string) => bearer(tokens[who] ?? '');
  async function created(path: string, body: object, id: string): Promise<string> {
    const result = bodyOf<CommandResult>(
      await http.post(path).set(as('customs')).send(body).expect(201),
    );
    return result.created[id] ?? '';
  }
  async function attached(
    path: string,
    file: Buffer,
    { name, personalData }: { name: string; personalData: string },
  ): Promise<string> {
    const response = await http
      .post(path)
      .set(as('customs'))
      .field('occurredAt', '2024-03-02')
      .field('personalData', personalData)
      .attach('file', file, { filename: name, contentType: 'image/jpeg' })
      .expect(201);
    return bodyOf<CommandResult>(response).created.documentId ?? '';
  }
  const caseFile = (who: string) =>
    http.get(`/api/cases/${caseId}/case-file`).set(as(who)).buffer(true).parse(binary);
  async function unzipped(who: string) {
    const response = await caseFile(who).expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const entries = await zipEntries(response.body as Buffer);
    const manifest = parse<ManifestRow>(entries.get('manifest.csv') ?? Buffer.alloc(0), {
      columns: true,
    });
    return { entries, manifest };
  }

  it('gives a prosecutor the summary, timeline, custody record and every file, each matching its SHA-256 in the manifest', async () => {
    const { entries, manifest } = await unzipped('prosecutor');
    expect(entries.has(`custody-records/${evidenceId}.pdf`)).toBe(true);
    expect(manifest.map(({ path }) => path).sort()).toEqual(
      [...entries.keys()].filter((path) => path !== 'manifest.csv').sort(),
    );
    for (const row of manifest) {
      const bytes = entries.get(row.path) ?? Buffer.alloc(0);
      expect({ path: row.path, sha256: sha256(bytes), size: String(bytes.length) }).toEqual({
        path: row.path,
        sha256: row.sha256,
        size: row.size,
      });
    }
    const photo = manifest.find(({ documentId }) => documentId === documentIds.concealment);
    expect(photo).toMatchObject({
      path: `documents/${documentIds.concealment}-concealment_photo.jpg`,
      kind: 'document',
      sha256: sha256(concealment),
      recordedSha256: sha256(concealment),
    });
    expect(manifest.find(({ documentId }) => documentId === documentIds.seal)?.sha256).toBe(
      sha256(seal),
    );
    const summary = entries.get('case-summary.pdf') ?? Buffer.alloc(0);
    expect(summary.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(shownText(summary)).toContain(`Case file ${reference}`);
    const timeline = JSON.parse(entries.get('timeline.json')?.toString('utf8') ?? '[]') as {
      type: string;
    }[];
    expect(timeline.map(({ type }) => type)).toEqual(
      expect.arrayContaining(['SeizureRecorded', 'DocumentAttached']),
    );
    const custody = entries.get(`custody-records/${evidenceId}.pdf`) ?? Buffer.alloc(0);
    expect(shownText(custody)).toContain(sha256(seal));
    const logged = await dataSource.query<{ purpose: string }[]>(
      'SELECT purpose FROM personal_data_access_log WHERE stream_id = $1 AND purpose = $2',
      [`case-${caseId}`, 'case-file'],
    );
    expect(logged.length).toBeGreaterThan(0);
  });

  it('refuses a reader from another country the case is not shared with, as problem+json', async () => {
    const response = await http.get(`/api/cases/${caseId}/case-file`).set(as('uganda'));
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(problemOf(response).code).toBe('resource/not-found');
  });

  it('gives a country the case is shared with without documents a case file without any file', async () => {
    await http
      .post(`/api/cases/${caseId}/shares`)
      .set(as('customs'))
      .send({
        occurredAt: '2024-03-03',
        country: 'UG',
        agency: 'Uganda Revenue Authority',
        fields: ['seizure', 'evidence'],
        until: '2099-12-31',
      })
      .expect(201);
    const { entries, manifest } = await unzipped('uganda');
    expect(entries.has('case-summary.pdf')).toBe(true);
    expect(entries.has(`custody-records/${evidenceId}.pdf`)).toBe(true);
    expect([...entries.keys()].filter((path) => path.startsWith('documents/'))).toEqual([]);
    expect(manifest.filter(({ kind }) => kind === 'document')).toEqual([]);
    const timeline = entries.get('timeline.json')?.toString('utf8') ?? '';
    expect(timeline).not.toContain('DocumentAttached');
  });

  it('refuses an administrator, who reads no case content', async () => {
    const response = await caseFile('admin');
    expect([403, 404]).toContain(response.status);
  });
});
