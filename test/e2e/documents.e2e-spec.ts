import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  type CommandResult,
  type DocumentSummary,
  type IntegrityReport,
} from '@greenchain/contracts';
import { exifSignature, jpegWithLocation, pngWithLocation } from '@greenchain/testing';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { consigneeRequest, referralRequest, seizureRequest } from '../support/hcfc-22-case';
import { binary, bodyOf, problemInBytes, problemOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { signInNewUser, ugandanOfficer } from '../support/users';

/** The largest file this suite's application takes: small, so a refusal costs little to send. */
const maxBytes = 200_000;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A photograph of its own: content addressing would otherwise merge the suite's files. */
const photograph = () => jpegWithLocation(randomBytes(20_000));
const pdf = () =>
  Buffer.concat([
    Buffer.from('%PDF-1.7\n', 'latin1'),
    randomBytes(600_000 / 2),
    Buffer.from('\n%%EOF'),
  ]);

describe('documents and photographs attached to a case, over HTTP', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  const tokens: Record<string, string> = {};
  let caseId = '';
  let partyId = '';
  const concealment = photograph();
  const cylinders = photograph();
  let concealmentId = '';
  let cylindersId = '';
  const seal = photograph();
  let exhibitId = '';

  beforeAll(async () => {
    subject = await startTestApp({ env: { DOCUMENT_MAX_BYTES: String(maxBytes) } });
    http = request(subject.app.getHttpServer());
    dataSource = subject.app.get(DataSource);
    for (const role of ['customs', 'prosecutor', 'analyst', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
    tokens.uganda = await signInNewUser(
      http,
      tokens.admin ?? '',
      ugandanOfficer('documents.ug@example.test'),
    );
    caseId = await created('/api/cases', seizureRequest(), 'caseId');
    partyId = await created(`/api/cases/${caseId}/parties`, consigneeRequest, 'partyId');
  }, 90_000);
  afterAll(() => subject?.close());

  const as = (who: string) => bearer(tokens[who] ?? '');
  async function created(path: string, body: object, id: string, status = 201): Promise<string> {
    const result = bodyOf<CommandResult>(
      await http.post(path).set(as('customs')).send(body).expect(status),
    );
    return result.created[id] ?? '';
  }
  const upload = (
    path: string,
    file: Buffer,
    fileName: string,
    fields: Record<string, string> = {},
    who = 'customs',
  ) => {
    let sending = http.post(path).set(as(who)).field('occurredAt', '2024-03-02');
    for (const [name, value] of Object.entries(fields)) sending = sending.field(name, value);
    return sending.attach('file', file, { filename: fileName, contentType: 'image/jpeg' });
  };
  const documents = async (who: string, id = caseId) =>
    bodyOf<DocumentSummary[]>(
      await http.get(`/api/cases/${id}/documents`).set(as(who)).expect(200),
    );
  const download = (who: string, documentId: string, id = caseId) =>
    http
      .get(`/api/cases/${id}/documents/${documentId}/content`)
      .set(as(who))
      .buffer(true)
      .parse(binary);
  const chunkCount = async () =>
    Number(
      (await dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM document_chunks'))[0]?.n,
    );

  it('attaches a photograph to the case, streamed, and records its name, type, size and SHA-256', async () => {
    const response = await upload(
      `/api/cases/${caseId}/documents`,
      concealment,
      'concealment.jpg',
      {
        personalData: 'may-hold',
      },
    ).expect(201);
    concealmentId = bodyOf<CommandResult>(response).created.documentId ?? '';
    expect(await documents('customs')).toEqual([
      expect.objectContaining({
        documentId: concealmentId,
        fileName: 'concealment.jpg',
        declaredType: 'image/jpeg',
        detectedType: 'image/jpeg',
        size: concealment.length,
        sha256: sha256(concealment),
        attachedTo: { kind: 'case' },
        personalData: 'may-hold',
        shredded: false,
        recordedBy: expect.objectContaining({ role: 'customs' }) as unknown,
      }),
    ]);
  });

  it('answers a repeated Idempotency-Key with the first result, and refuses it with other bytes', async () => {
    const key = `photo-${randomBytes(4).toString('hex')}`;
    const first = await upload(`/api/cases/${caseId}/documents`, cylinders, 'cylinders.jpg', {
      personalData: 'none',
    })
      .set('Idempotency-Key', key)
      .expect(201);
    const again = await upload(`/api/cases/${caseId}/documents`, cylinders, 'cylinders.jpg', {
      personalData: 'none',
    })
      .set('Idempotency-Key', key)
      .expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(bodyOf<CommandResult>(again)).toEqual({
      ...bodyOf<CommandResult>(first),
      replayed: true,
    });
    cylindersId = bodyOf<CommandResult>(first).created.documentId ?? '';
    const other = await upload(`/api/cases/${caseId}/documents`, photograph(), 'cylinders.jpg', {
      personalData: 'none',
    })
      .set('Idempotency-Key', key)
      .expect(422);
    expect(problemOf(other).code).toBe('command/idempotency-key-reused');
    expect((await documents('customs')).map(({ documentId }) => documentId).sort()).toEqual(
      [concealmentId, cylindersId].sort(),
    );
  });

  it("gives the case's country the original bytes, location included, with their digest", async () => {
    const response = await download('customs', concealmentId).expect(200);
    expect(response.body).toEqual(concealment);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.headers['repr-digest']).toBe(
      `sha-256=:${createHash('sha256').update(concealment).digest('base64')}:`,
    );
    const logged = await dataSource.query<{ purpose: string }[]>(
      'SELECT purpose FROM personal_data_access_log WHERE stream_id = $1 AND purpose = $2',
      [`case-${caseId}`, 'document-download'],
    );
    expect(logged.length).toBeGreaterThan(0);
  });

  it('refuses a file whose bytes are not of an allowed type, whatever its name, and stores nothing', async () => {
    const before = await chunkCount();
    const response = await upload(
      `/api/cases/${caseId}/documents`,
      Buffer.from('#!/bin/sh\necho pretending to be a photograph\n'),
      'photo.jpg',
    ).expect(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(problemOf(response)).toMatchObject({ code: 'document/type-not-allowed', field: 'file' });
    expect(await chunkCount()).toBe(before);
  });

  it('refuses a file over the size limit, naming it, and stores nothing', async () => {
    const before = await chunkCount();
    const response = await upload(`/api/cases/${caseId}/documents`, pdf(), 'bill-of-lading.pdf');
    expect(response.status).toBe(413);
    expect(problemOf(response)).toMatchObject({ code: 'document/too-large', field: 'file' });
    expect(await chunkCount()).toBe(before);
  });

  it('attaches files to an exhibit and to a step of the chain, and refuses a step that did not happen', async () => {
    const holder = { holderId: 'KRA-MSA-STORE', agency: 'Kenya Revenue Authority', country: 'KE' };
    const evidenceId = await created(
      '/api/evidence',
      {
        occurredAt: '2024-03-01',
        caseId,
        kind: 'photograph',
        description: 'Seal photo',
        holder,
        place: 'KRA store',
      },
      'evidenceId',
    );
    exhibitId = evidenceId;
    await upload(`/api/evidence/${evidenceId}/documents`, seal, 'seal.jpg', {
      personalData: 'none',
    }).expect(201);
    const step = `/api/cases/${caseId}/steps/referral`;
    const unknownReferral = await upload(
      `${step}/${partyId}/documents`,
      photograph(),
      'r.jpg',
    ).expect(422);
    expect(problemOf(unknownReferral)).toMatchObject({
      code: 'case/step-not-found',
      field: 'stepId',
    });
    const referralId = await created(
      `/api/cases/${caseId}/refer-to-prosecution`,
      referralRequest,
      'referralId',
      200,
    );
    await upload(`${step}/${referralId}/documents`, photograph(), 'referral-letter.jpg').expect(
      201,
    );
    const targets = (await documents('customs')).map(({ attachedTo }) => attachedTo);
    expect(targets).toEqual(
      expect.arrayContaining([
        { kind: 'exhibit', evidenceId },
        { kind: 'step', step: 'referral', stepId: referralId },
      ]),
    );
  });

  it("prints the exhibit's files on its custody record, with type, size and SHA-256", async () => {
    const record = await http
      .get(`/api/evidence/${exhibitId}/custody-record`)
      .set(as('customs'))
      .expect(200);
    const files = record.text.slice(record.text.indexOf('<h2>Files</h2>'));
    expect(files).toContain(
      `<tr><td>seal.jpg</td><td>image/jpeg</td><td>${seal.length} bytes</td><td><code>${sha256(seal)}</code>`,
    );
    // The case's own files belong to the case, not to this exhibit.
    expect(files).not.toContain('concealment.jpg');
    const pdf = await http
      .get(`/api/evidence/${exhibitId}/custody-record`)
      .query({ format: 'pdf' })
      .set(as('customs'))
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('Content-Type', 'application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses another country, before reading the file', async () => {
    const before = await chunkCount();
    const refused = await upload(
      `/api/cases/${caseId}/documents`,
      photograph(),
      'foreign.jpg',
      {},
      'uganda',
    );
    expect([403, 404]).toContain(refused.status);
    expect(await chunkCount()).toBe(before);
    expect([403, 404]).toContain(
      (await http.get(`/api/cases/${caseId}/documents`).set(as('uganda'))).status,
    );
  });

  it('shows a country the case is shared with no file unless the share includes documents, then only non-personal ones, without location', async () => {
    const share = (fields: string[]) =>
      http
        .post(`/api/cases/${caseId}/shares`)
        .set(as('customs'))
        .send({
          occurredAt: '2024-03-03',
          country: 'UG',
          agency: 'Uganda Revenue Authority',
          fields,
          until: '2099-12-31',
        })
        .expect(201);
    await share(['seizure']);
    expect(await documents('uganda')).toEqual([]);
    await download('uganda', cylindersId).expect(404);
    await share(['seizure', 'documents']);
    const seen = await documents('uganda');
    expect(seen.map(({ documentId }) => documentId)).toEqual([cylindersId]);
    expect(seen[0]?.fileName).toEqual({ redacted: true });
    await download('uganda', concealmentId).expect(404);
    const stripped = await download('uganda', cylindersId).expect(200);
    expect(stripped.headers['location-metadata']).toBe('removed');
    expect(cylinders.includes(exifSignature)).toBe(true);
    expect((stripped.body as Buffer).includes(exifSignature)).toBe(false);
  });

  it('shows analysts only files marked as holding no personal data, without location', async () => {
    const seen = await documents('analyst');
    expect(seen.map(({ documentId }) => documentId)).not.toContain(concealmentId);
    expect(seen.map(({ documentId }) => documentId)).toContain(cylindersId);
    await download('analyst', concealmentId).expect(404);
    const stripped = await download('analyst', cylindersId).expect(200);
    expect((stripped.body as Buffer).includes(exifSignature)).toBe(false);
    const detail = await http.get(`/api/cases/${caseId}`).set(as('analyst')).expect(200);
    expect(JSON.stringify(detail.body)).not.toContain(concealmentId);
  });

  it("serves a photograph's thumbnail without its location, revalidated by its hash, and none for a PDF", async () => {
    const picture = pngWithLocation(640, 480, [randomInt(256), randomInt(256), randomInt(256)]);
    const attach = async (file: Buffer, fileName: string) =>
      bodyOf<CommandResult>(
        await upload(`/api/cases/${caseId}/documents`, file, fileName, {
          personalData: 'may-hold',
        }).expect(201),
      ).created.documentId ?? '';
    const pictureId = await attach(picture, 'suspect.png');
    const thumbnail = (who: string, documentId: string) =>
      http
        .get(`/api/cases/${caseId}/documents/${documentId}/thumbnail`)
        .set(as(who))
        .buffer(true)
        .parse(binary);
    const shown = await thumbnail('customs', pictureId).expect(200);
    expect(shown.headers['content-type']).toBe('image/webp');
    const bytes = shown.body as Buffer;
    const { format, width, height, exif } = await sharp(bytes).metadata();
    expect({ format, width, height, exif }).toEqual({
      format: 'webp',
      width: 160,
      height: 120,
      exif: undefined,
    });
    expect((await sharp(picture).metadata()).exif).toBeDefined();
    await thumbnail('customs', pictureId)
      .set('If-None-Match', shown.headers.etag ?? '')
      .expect(304);
    const logged = await dataSource.query<{ purpose: string }[]>(
      'SELECT purpose FROM personal_data_access_log WHERE stream_id = $1 AND purpose = $2',
      [`case-${caseId}`, 'document-thumbnail'],
    );
    expect(logged.length).toBeGreaterThan(0);
    // The share includes documents, not parties: a picture that may show a person stays hidden.
    await thumbnail('uganda', pictureId).expect(404);
    const sheetId = await attach(
      Buffer.concat([
        Buffer.from('%PDF-1.7\n', 'latin1'),
        randomBytes(200),
        Buffer.from('\n%%EOF'),
      ]),
      'charge-sheet.pdf',
    );
    const refused = await thumbnail('customs', sheetId).expect(404);
    expect(problemInBytes(refused)).toMatchObject({
      code: 'document/no-thumbnail',
      field: 'documentId',
    });
  });

  it('detects a changed byte in a stored file, names the file, and refuses to serve it', async () => {
    const intact = bodyOf<IntegrityReport>(
      await http.get(`/api/cases/${caseId}/integrity`).set(as('customs')).expect(200),
    );
    expect(intact.valid).toBe(true);
    expect(intact.documents?.every(({ condition }) => condition === 'intact')).toBe(true);
    const tampered = photograph();
    const tamperedId = bodyOf<CommandResult>(
      await upload(`/api/cases/${caseId}/documents`, tampered, 'tampered.jpg').expect(201),
    ).created.documentId;
    await dataSource.query(
      `UPDATE document_chunks SET bytes = overlay(bytes PLACING '\\x00'::bytea FROM 5000 FOR 1)
        WHERE upload_id = (SELECT location::uuid FROM document_blobs WHERE sha256 = $1)`,
      [Buffer.from(sha256(tampered), 'hex')],
    );
    const refused = await download('customs', tamperedId ?? '').expect(409);
    expect(problemInBytes(refused)).toMatchObject({
      code: 'document/integrity-failed',
      field: 'documentId',
    });
    const report = bodyOf<IntegrityReport>(
      await http.get(`/api/cases/${caseId}/integrity`).set(as('customs')).expect(200),
    );
    expect(report.valid).toBe(false);
    expect(report.reason).toContain(tamperedId);
    expect(report.documents).toContainEqual({
      documentId: tamperedId,
      sha256: sha256(tampered),
      condition: 'altered',
    });
  });

  it("shreds the bytes of a person's photographs on erasure, keeps their hash, and keeps non-personal files", async () => {
    const erased = await http
      .post(`/api/data-subjects/${partyId}/erase`)
      .set(await reauthenticated(http, tokens.admin ?? ''))
      .expect(200);
    expect(erased.body).toMatchObject({ cases: [caseId] });
    expect((erased.body as { shreddedFiles: number }).shreddedFiles).toBeGreaterThanOrEqual(1);
    const gone = await download('customs', concealmentId).expect(410);
    expect(problemInBytes(gone).code).toBe('document/shredded');
    const listed = (await documents('customs')).find(
      ({ documentId }) => documentId === concealmentId,
    );
    expect(listed).toMatchObject({
      shredded: true,
      sha256: sha256(concealment),
      fileName: { erased: true },
    });
    const stored = await dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM document_chunks
        WHERE upload_id = (SELECT location::uuid FROM document_blobs WHERE sha256 = $1)`,
      [Buffer.from(sha256(concealment), 'hex')],
    );
    expect(Number(stored[0]?.n)).toBe(0);
    expect((await download('customs', cylindersId).expect(200)).body).toEqual(cylinders);
  });
});
