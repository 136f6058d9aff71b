import { type CommandResult } from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  type ExportStatusResponse,
  type FileJobQueuedResponse,
  type ImportStatusResponse,
} from '../../apps/api/src/files/file-job.responses';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { consigneeRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer } from '../support/sessions';
import { signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

const agency = 'Kenya Revenue Authority - Customs';
const header =
  'reference,country,agency,seized_on,location_name,location_type,direction,transport_mode,route_origin,route_destination,detection_method,legal_basis,item_description,agreements,hs_declared,substance,quantity,unit,value,currency';
const row = (reference: string, overrides: { quantity?: string; locationType?: string } = {}) =>
  [
    reference,
    'KE',
    agency,
    '2024-03-01',
    'Port of Mombasa',
    overrides.locationType ?? 'seaport',
    'import',
    'sea_container',
    'CN',
    'KE',
    'risk_profiling',
    'false_declaration',
    'HCFC-22 in cylinders',
    'MP',
    '2903.71',
    'HCFC-22',
    overrides.quantity ?? '400',
    'cylinders',
    '27200',
    'USD',
  ].join(',');

/** One good row whose reference a spreadsheet would run as a formula, and two bad rows. */
const importFile = [
  header,
  row('"=HYPERLINK(""http://evil.test"",""x"")"'),
  row('KRA/2', { quantity: 'many' }),
  row('KRA/3', { locationType: 'moon' }),
].join('\n');

describe('files: seizure imports and case-list exports through the worker', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  const tokens: Record<string, string> = {};
  let importId = '';

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    dataSource = subject.app.get(DataSource);
    Object.assign(
      tokens,
      await signInRoles(
        http,
        ['customs', 'prosecutor', 'judiciary', 'analyst', 'admin'],
        'customs@ura.test',
      ),
    );
  }, 60_000);
  afterAll(() => subject?.close());

  const as = (who: string) => bearer(tokens[who] ?? '');
  const upload = (body: string, key?: string) => {
    const call = http.post('/api/imports').set(as('customs')).set('Content-Type', 'text/csv');
    return (key ? call.set('Idempotency-Key', key) : call).send(body);
  };
  const caseStreams = async () =>
    Number(
      (
        await dataSource.query<{ n: string }[]>(
          `SELECT count(DISTINCT stream_id) AS n FROM events WHERE stream_id LIKE 'case-%'`,
        )
      )[0]?.n,
    );

  it('imports the good row, reports each bad one by row, column and code', async () => {
    const started = bodyOf<FileJobQueuedResponse>(await upload(importFile, 'import-1').expect(202));
    expect(started.status).toBe('queued');
    importId = started.id;
    const report = await expectEventually(
      async () => {
        const status = bodyOf<ImportStatusResponse>(
          await http.get(`/api/imports/${importId}`).set(as('customs')).expect(200),
        );
        expect(status.status).toBe('done');
        return status;
      },
      { timeoutMs: 30_000 },
    );
    expect(report).toMatchObject({ done: 100, total: 100, accepted: 1, rejected: 2 });
    expect(report.errors.map((error) => [error.row, error.field])).toEqual([
      [3, 'quantity'],
      [4, 'location_type'],
    ]);
    expect(report.errors.every((error) => error.code.length > 0 && error.detail.length > 0)).toBe(
      true,
    );
    expect(await caseStreams()).toBe(1);
  }, 60_000);

  it('records nothing twice when the same file comes again, with or without the key', async () => {
    expect(bodyOf<FileJobQueuedResponse>(await upload(importFile, 'import-1').expect(202)).id).toBe(
      importId,
    );
    expect(bodyOf<FileJobQueuedResponse>(await upload(importFile).expect(202))).toEqual({
      id: importId,
      status: 'done',
    });
    expect(await caseStreams()).toBe(1);
    const reused = await upload(`${header}\n${row('KRA/9')}`, 'import-1').expect(422);
    expect(problemOf(reused).code).toBe('command/idempotency-key-reused');
  });

  it('refuses other content types, oversized files and rows of another office', async () => {
    const json = await http
      .post('/api/imports')
      .set(as('customs'))
      .send({ csv: importFile })
      .expect(415);
    expect(problemOf(json)).toMatchObject({
      code: 'request/unsupported-media-type',
      field: 'Content-Type',
    });
    expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
    const huge = await upload(`${header}\n${row('x'.repeat(2 * 1024 * 1024))}`).expect(413);
    expect(problemOf(huge).field).toBe('body');
    const foreign = await upload(`${header}\n${row('UG/1').replace(',KE,', ',UG,')}`).expect(422);
    expect(problemOf(foreign)).toMatchObject({ code: 'import/foreign-office', field: 'country' });
    await http.get(`/api/imports/${importId}`).set(as('uganda')).expect(404);
    await http
      .post('/api/imports')
      .set(as('prosecutor'))
      .set('Content-Type', 'text/csv')
      .send(importFile)
      .expect(403);
  });

  const exported = async (
    who: string,
    body: { format: string; filter?: object; sort?: string[] },
  ) => {
    const { id } = bodyOf<FileJobQueuedResponse>(
      await http.post('/api/exports').set(as(who)).send(body).expect(202),
    );
    await expectEventually(
      async () => {
        const status = bodyOf<ExportStatusResponse>(
          await http.get(`/api/exports/${id}`).set(as(who)).expect(200),
        );
        expect(status).toMatchObject({ status: 'done', done: 100, format: body.format });
      },
      { timeoutMs: 30_000 },
    );
    const file = await http.get(`/api/exports/${id}/file`).set(as(who)).responseType('blob');
    return { id, file, text: (file.body as Buffer).toString('utf8') };
  };

  it('exports the filtered list as CSV and XLSX with formula-like cells neutralised', async () => {
    const caseId = bodyOf<CommandResult>(
      await http.post('/api/cases').set(as('customs')).send(seizureRequest()).expect(201),
    ).id;
    await http.post(`/api/cases/${caseId}/parties`).set(as('customs')).send(consigneeRequest);
    await expectEventually(
      async () => {
        const cases = await http.get('/api/cases').set(as('analyst')).expect(200);
        expect(bodyOf<unknown[]>(cases)).toHaveLength(2);
      },
      { timeoutMs: 20_000 },
    );
    const filter = { seizedFrom: '2024-03-01', seizedTo: '2024-03-01' };
    const csv = await exported('customs', { format: 'csv', filter, sort: ['reference', 'ASC'] });
    expect(csv.file.status).toBe(200);
    expect(csv.file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.file.headers['content-disposition']).toBe(
      `attachment; filename="cases-${csv.id}.csv"`,
    );
    const { text } = csv;
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^id,reference,country,agency,/);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const xlsx = await exported('analyst', { format: 'xlsx', filter: { country: 'KE' } });
    expect(xlsx.file.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.file.body as Buffer).buffer);
    const references = workbook
      .getWorksheet('cases')
      ?.getColumn(2)
      .values.filter((value) => typeof value === 'string');
    expect(references).toEqual(
      expect.arrayContaining(['reference', `'=HYPERLINK("http://evil.test","x")`]),
    );
    expect(JSON.stringify(workbook.getWorksheet('cases')?.getSheetValues())).not.toContain(
      'John Kamau',
    );
    await http.get(`/api/exports/${xlsx.id}`).set(as('customs')).expect(404);
    await http.get(`/api/exports/${xlsx.id}/file`).set(as('prosecutor')).expect(404);
  }, 90_000);

  it('holds officers to their own country and refuses bad filters and formats at once', async () => {
    const { text } = await exported('prosecutor', { format: 'csv' });
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((line) => line.country === 'KE')).toBe(true);
    const other = await exported('prosecutor', { format: 'csv', filter: { country: 'UG' } });
    expect(parse(other.text, { columns: true })).toEqual([]);
    const filter = await http
      .post('/api/exports')
      .set(as('customs'))
      .send({ format: 'csv', filter: { password: 'x' } })
      .expect(400);
    expect(problemOf(filter).field).toBe('filter');
    const format = await http
      .post('/api/exports')
      .set(as('customs'))
      .send({ format: 'pdf' })
      .expect(400);
    expect(problemOf(format).errors?.[0]?.field ?? problemOf(format).field).toBe('format');
    await http.post('/api/exports').set(as('judiciary')).send({ format: 'csv' }).expect(403);
    await http.post('/api/exports').set(as('admin')).send({ format: 'csv' }).expect(403);
  }, 60_000);

  it("exports what the officer's list shows: cases shared with their country, shared parts only", async () => {
    const caseId = bodyOf<CommandResult>(
      await http.post('/api/cases').set(as('customs')).send(seizureRequest()).expect(201),
    ).id;
    await http
      .post(`/api/cases/${caseId}/shares`)
      .set(as('customs'))
      .send({
        occurredAt: '2024-03-05',
        country: 'UG',
        agency: 'Uganda Revenue Authority',
        fields: ['seizure'],
        until: '2999-12-31',
      })
      .expect(201);
    const rowOf = async () => {
      const { text } = await exported('uganda', { format: 'csv' });
      return parse<Record<string, string>>(text, { columns: true }).find(
        (row) => row.id === caseId,
      );
    };
    const shared = await expectEventually(
      async () => {
        const row = await rowOf();
        expect(row).toBeDefined();
        return row;
      },
      { timeoutMs: 30_000 },
    );
    expect(shared).toMatchObject({
      country: 'KE',
      stage: 'DETECTION',
      agreements: '',
      defendantCount: '',
    });
  }, 90_000);
});
