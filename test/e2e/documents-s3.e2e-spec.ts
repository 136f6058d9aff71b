import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { type CommandResult, type IntegrityReport } from '@greenchain/contracts';
import { blobKey, DocumentObjects } from '@greenchain/platform';
import { jpegWithLocation, startS3TestServer, type S3TestServer } from '@greenchain/testing';
import request from 'supertest';
import { consigneeRequest, seizureRequest } from '../support/hcfc-22-case';
import { binary, bodyOf, problemInBytes, problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const photograph = () => jpegWithLocation(randomBytes(20_000));

/**
 * The application with DOCUMENT_STORAGE=s3, against s3rver started by this suite on a free local
 * port: the bytes go to the bucket under their SHA-256, the catalogue stays in PostgreSQL.
 */
describe('documents kept in an S3-compatible store (s3rver), over HTTP', () => {
  let server: S3TestServer;
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let bucket: DocumentObjects;
  const tokens: Record<string, string> = {};
  let caseId = '';
  let partyId = '';

  beforeAll(async () => {
    server = await startS3TestServer();
    subject = await startTestApp({ env: { ...server.env, DOCUMENT_MAX_BYTES: '200000' } });
    http = request(subject.app.getHttpServer());
    bucket = new DocumentObjects(server.config);
    for (const role of ['customs', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
    caseId =
      bodyOf<CommandResult>(
        await http.post('/api/cases').set(as('customs')).send(seizureRequest()).expect(201),
      ).created.caseId ?? '';
    partyId =
      bodyOf<CommandResult>(
        await http
          .post(`/api/cases/${caseId}/parties`)
          .set(as('customs'))
          .send(consigneeRequest)
          .expect(201),
      ).created.partyId ?? '';
  }, 90_000);
  afterAll(async () => {
    bucket?.close();
    await subject?.close();
    await server?.stop();
  });

  const as = (who: string) => bearer(tokens[who] ?? '');
  const attach = async (file: Buffer, personalData = 'may-hold') =>
    bodyOf<CommandResult>(
      await http
        .post(`/api/cases/${caseId}/documents`)
        .set(as('customs'))
        .field('occurredAt', '2024-03-02')
        .field('personalData', personalData)
        .attach('file', file, { filename: 'photo.jpg', contentType: 'image/jpeg' })
        .expect(201),
    ).created.documentId ?? '';
  const download = (documentId: string) =>
    http
      .get(`/api/cases/${caseId}/documents/${documentId}/content`)
      .set(as('customs'))
      .buffer(true)
      .parse(binary);
  const integrity = async () =>
    bodyOf<IntegrityReport>(
      await http.get(`/api/cases/${caseId}/integrity`).set(as('customs')).expect(200),
    );
  const inBucket = async (file: Buffer) => {
    const body = await bucket.get(blobKey(sha256(file)));
    if (!body) return undefined;
    const pieces: Buffer[] = [];
    for await (const piece of body) pieces.push(Buffer.from(piece));
    return Buffer.concat(pieces);
  };

  it('uploads a photograph into the bucket under its SHA-256 and downloads it with its digest', async () => {
    const file = photograph();
    const documentId = await attach(file);

    expect(await inBucket(file)).toEqual(file);
    const response = await download(documentId).expect(200);
    expect(response.body).toEqual(file);
    expect(response.headers['repr-digest']).toBe(
      `sha-256=:${createHash('sha256').update(file).digest('base64')}:`,
    );
    expect((await integrity()).documents).toContainEqual({
      documentId,
      sha256: sha256(file),
      condition: 'intact',
    });
  });

  it('refuses a file whose bytes are not of an allowed type, and puts nothing in the bucket', async () => {
    const refused = await http
      .post(`/api/cases/${caseId}/documents`)
      .set(as('customs'))
      .field('occurredAt', '2024-03-02')
      .attach('file', Buffer.from('plain text, named as a photograph'), 'photo.jpg')
      .expect(415);
    expect(problemOf(refused)).toMatchObject({ code: 'document/type-not-allowed', field: 'file' });
    const staged: string[] = [];
    for await (const { key } of bucket.list('uploads/')) staged.push(key);
    expect(staged).toEqual([]);
  });

  it('detects a changed byte in the bucket, names the file, and refuses to serve it', async () => {
    const file = photograph();
    const documentId = await attach(file);
    const changed = Buffer.from(file);
    changed.writeUInt8(changed.readUInt8(5000) ^ 0xff, 5000);
    await bucket.put(blobKey(sha256(file)), Readable.from([changed]));

    const refused = await download(documentId).expect(409);
    expect(problemInBytes(refused)).toMatchObject({
      code: 'document/integrity-failed',
      field: 'documentId',
    });
    const report = await integrity();
    expect(report.valid).toBe(false);
    expect(report.documents).toContainEqual({
      documentId,
      sha256: sha256(file),
      condition: 'altered',
    });
  });

  it("deletes a person's photograph from the bucket on erasure and keeps its hash", async () => {
    const file = photograph();
    const kept = photograph();
    const documentId = await attach(file);
    const keptId = await attach(kept, 'none');

    await http
      .post(`/api/data-subjects/${partyId}/erase`)
      .set(await reauthenticated(http, tokens.admin ?? ''))
      .expect(200);

    expect(await inBucket(file)).toBeUndefined();
    expect(problemInBytes(await download(documentId).expect(410)).code).toBe('document/shredded');
    expect((await integrity()).documents).toContainEqual({
      documentId,
      sha256: sha256(file),
      condition: 'shredded',
    });
    expect((await download(keptId).expect(200)).body).toEqual(kept);
  });
});
