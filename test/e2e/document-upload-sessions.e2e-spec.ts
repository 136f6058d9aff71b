import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type CommandResult } from '@greenchain/contracts';
import { jpegWithLocation } from '@greenchain/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { sweepExpiredUploadSessions } from '../../apps/worker/src/jobs/expired-upload-sessions';
import { seizureRequest } from '../support/hcfc-22-case';
import { binary, bodyOf, problemOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const chunkMaxBytes = 256 * 1024;

interface SessionView {
  readonly sessionId: string;
  readonly size: number;
  readonly offset: number;
  readonly expiresAt: string;
}

describe('resumable uploads in chunks, over HTTP', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  let token = '';
  let caseId = '';

  beforeAll(async () => {
    subject = await startTestApp({
      listen: true,
      env: { DOCUMENT_UPLOAD_CHUNK_MAX_BYTES: String(chunkMaxBytes) },
    });
    http = request(subject.app.getHttpServer());
    dataSource = subject.app.get(DataSource);
    token = (await signIn(http, 'customs')).accessToken;
    caseId =
      bodyOf<CommandResult>(
        await http.post('/api/cases').set(bearer(token)).send(seizureRequest()).expect(201),
      ).created.caseId ?? '';
  }, 90_000);
  afterAll(() => subject?.close());

  const sessions = () => `/api/cases/${caseId}/upload-sessions`;
  const open = async (size: number) =>
    bodyOf<SessionView>(await http.post(sessions()).set(bearer(token)).send({ size }).expect(201));
  const send = (session: SessionView, file: Buffer, start: number, end: number) =>
    http
      .put(`${sessions()}/${session.sessionId}`)
      .set(bearer(token))
      .set('Content-Type', 'application/offset+octet-stream')
      .set('Content-Range', `bytes ${start}-${end - 1}/${file.length}`)
      .send(file.subarray(start, end));
  const offsetOf = async (session: SessionView) => {
    const answer = await http
      .get(`${sessions()}/${session.sessionId}`)
      .set(bearer(token))
      .expect(200);
    expect(answer.headers['upload-offset']).toBe(String(bodyOf<SessionView>(answer).offset));
    return bodyOf<SessionView>(answer).offset;
  };
  const complete = (session: SessionView, file: Buffer, key = randomBytes(6).toString('hex')) =>
    http
      .post(`${sessions()}/${session.sessionId}/complete`)
      .set(bearer(token))
      .set('Idempotency-Key', key)
      .send({
        occurredAt: '2024-03-02',
        fileName: 'container.jpg',
        declaredType: 'image/jpeg',
        sha256: sha256(file),
      });
  const attachedEvents = async (documentId: string) =>
    (
      await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM events
          WHERE event_type = 'DocumentAttached' AND data->>'documentId' = $1`,
        [documentId],
      )
    )[0]?.n;

  /** Sends the first half of a chunk's body, then drops the connection, as a lost network does. */
  function interruptedChunk(session: SessionView, file: Buffer, start: number, end: number) {
    const { port } = subject.app.getHttpServer().address() as AddressInfo;
    return new Promise<void>((resolve) => {
      const sending = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path: `${sessions()}/${session.sessionId}`,
        headers: {
          ...bearer(token),
          'Content-Type': 'application/offset+octet-stream',
          'Content-Range': `bytes ${start}-${end - 1}/${file.length}`,
          'Content-Length': String(end - start),
        },
      });
      sending.on('error', () => resolve());
      sending.on('close', () => resolve());
      sending.write(file.subarray(start, start + (end - start) / 2), () => sending.destroy());
    });
  }

  it('resumes an upload cut midway from the offset the server reports, and stores the right bytes', async () => {
    const file = jpegWithLocation(randomBytes(700_000));
    const session = await open(file.length);
    expect(session).toMatchObject({ size: file.length, offset: 0 });

    expect(bodyOf<SessionView>(await send(session, file, 0, 200_000).expect(200)).offset).toBe(
      200_000,
    );
    await interruptedChunk(session, file, 200_000, 400_000);
    const resumeAt = await offsetOf(session);
    expect(resumeAt).toBe(200_000);
    // The client resends a little of what it is unsure of: identical, so accepted.
    for (let start = resumeAt - 1_000; start < file.length; start += 200_000) {
      await send(session, file, start, Math.min(start + 200_000, file.length)).expect(200);
    }
    expect(await offsetOf(session)).toBe(file.length);

    await complete(session, file).expect(201);
    expect(await attachedEvents(session.sessionId)).toBe(1);
    const download = await http
      .get(`/api/cases/${caseId}/documents/${session.sessionId}/content`)
      .set(bearer(token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(download.body as Buffer)).toBe(sha256(file));
  });

  it('refuses a chunk that differs from what was received, one past the offset, and a wrong range', async () => {
    const file = jpegWithLocation(randomBytes(50_000));
    const session = await open(file.length);
    await send(session, file, 0, 30_000).expect(200);

    const changed = Buffer.from(file);
    changed.writeUInt8(changed.readUInt8(20_000) ^ 0xff, 20_000);
    const differs = await send(session, changed, 10_000, 40_000).expect(409);
    expect(problemOf(differs)).toMatchObject({
      code: 'upload/chunk-mismatch',
      field: 'Content-Range',
      offset: 30_000,
    });
    const ahead = await send(session, file, 35_000, 40_000).expect(409);
    expect(problemOf(ahead)).toMatchObject({ code: 'upload/offset-mismatch', offset: 30_000 });
    const malformed = await http
      .put(`${sessions()}/${session.sessionId}`)
      .set(bearer(token))
      .set('Content-Type', 'application/offset+octet-stream')
      .set('Content-Range', 'bytes 30000-/50000')
      .send(file.subarray(30_000))
      .expect(400);
    expect(problemOf(malformed)).toMatchObject({
      code: 'upload/invalid-content-range',
      field: 'Content-Range',
    });
    const tooLarge = await send(session, file, 0, 0).set(
      'Content-Range',
      `bytes 0-${chunkMaxBytes}/${2 * chunkMaxBytes}`,
    );
    expect(tooLarge.status).toBe(413);
    expect(problemOf(tooLarge)).toMatchObject({
      code: 'upload/chunk-too-large',
      field: 'Content-Range',
    });
    expect(await offsetOf(session)).toBe(30_000);
    const early = await complete(session, file).expect(409);
    expect(problemOf(early)).toMatchObject({ code: 'upload/incomplete', field: 'sessionId' });
  });

  it('records the file once when the upload is completed twice, and refuses a wrong SHA-256', async () => {
    const file = jpegWithLocation(randomBytes(30_000));
    const session = await open(file.length);
    await send(session, file, 0, file.length).expect(200);

    const wrong = await complete(session, Buffer.from('other bytes')).expect(422);
    expect(problemOf(wrong)).toMatchObject({ code: 'upload/digest-mismatch', field: 'sha256' });
    await complete(session, file).expect(201);
    await complete(session, file).expect(201);
    expect(await attachedEvents(session.sessionId)).toBe(1);
  });

  it('refuses a file over the limit when the session is opened, naming its size', async () => {
    const refused = await http
      .post(sessions())
      .set(bearer(token))
      .send({ size: 2 ** 30 })
      .expect(413);
    expect(problemOf(refused)).toMatchObject({ code: 'document/too-large', field: 'size' });
  });

  it('expires an abandoned session, and the sweep removes it with its bytes', async () => {
    const file = jpegWithLocation(randomBytes(30_000));
    const session = await open(file.length);
    await send(session, file, 0, 10_000).expect(200);
    await dataSource.query(
      `UPDATE document_upload_sessions SET expires_at = now() - interval '1 hour'
        WHERE session_id = $1`,
      [session.sessionId],
    );
    const expired = await http
      .get(`${sessions()}/${session.sessionId}`)
      .set(bearer(token))
      .expect(410);
    expect(problemOf(expired).code).toBe('upload/session-expired');

    expect(await sweepExpiredUploadSessions(dataSource, new Date())).toBeGreaterThanOrEqual(1);

    await http.get(`${sessions()}/${session.sessionId}`).set(bearer(token)).expect(404);
    const [left] = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM document_upload_ranges WHERE session_id = $1',
      [session.sessionId],
    );
    expect(left?.n).toBe(0);
  });
});
