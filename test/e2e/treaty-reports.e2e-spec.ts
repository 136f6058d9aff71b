import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ReportValidation, reportFormats } from '@greenchain/contracts';
import { reportTemplates } from '@greenchain/reports';
import { expectEventually } from '@greenchain/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { type ProjectionStatusResponse } from '../../apps/api/src/operations/projection-status.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { reportFixtureCases } from '../fixtures/report-fixture.cases';
import { bodyOf, problemOf } from '../support/http';
import { loadFixtureCases } from '../support/metrics-fixture-loader';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Every treaty report on the cases of test/fixtures/report-fixture.cases.ts, recorded through the
 * case command API by Kenyan officers and read back through the worker's report_facts read model.
 * Each CSV must equal its golden file in test/fixtures/reports/ byte for byte (header order, code
 * values, dates, units, USD conversion). GOLDEN=write rewrites the golden files from the API, for
 * a change of layout reviewed in the diff.
 */
const goldenDirectory = join(__dirname, '../fixtures/reports');
const scope = { country: 'KE', year: 2024 };

const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('treaty and enforcement reports', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let customs = '';
  let analyst = '';
  let judiciary = '';
  let admin = '';
  let caseIds: Record<string, string> = {};

  const download = (token: string, report: string, query: Record<string, string | number>) =>
    http.get(`/api/reports/${report}`).query(query).set(bearer(token)).buffer(true).parse(binary);

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    const token = async (role: 'customs' | 'prosecutor' | 'judiciary' | 'analyst' | 'admin') =>
      (await signIn(http, role)).accessToken;
    customs = await token('customs');
    analyst = await token('analyst');
    judiciary = await token('judiciary');
    const officers = { customs, prosecutor: await token('prosecutor'), judiciary };
    caseIds = await loadFixtureCases(http, officers, reportFixtureCases);
    admin = await token('admin');
    await expectEventually(
      async () => {
        const projections = bodyOf<ProjectionStatusResponse[]>(
          await http.get('/api/projections').set(bearer(admin)).expect(200),
        );
        for (const projection of projections) {
          expect(projection).toMatchObject({ status: 'active', lagEvents: 0 });
          expect(projection.checkpoint).toBe(projection.headPosition);
        }
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
  }, 120_000);
  afterAll(() => subject?.close());

  it.each(reportFormats)('%s: the CSV equals its golden file', async (report) => {
    const response = await download(customs, report, { ...scope, format: 'csv' }).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const csv = (response.body as Buffer).toString('utf8');
    const golden = join(goldenDirectory, `${report}-KE-2024.csv`);
    if (process.env['GOLDEN'] === 'write') writeFileSync(golden, csv);
    expect(existsSync(golden)).toBe(true);
    expect(csv).toBe(readFileSync(golden, 'utf8'));
  });

  it.each(reportFormats)(
    '%s: the XLSX has the layout on its sheet and an About sheet',
    async (report) => {
      const response = await download(customs, report, scope).expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
      const template = reportTemplates[report];
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([template.sheet, 'About']);
      const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
      expect(header.slice(1)).toEqual(template.columns.map((column) => column.header));
      const about = workbook.getWorksheet('About')?.getRow(4).values as unknown[];
      expect(about.slice(1)).toEqual(['Layout status', template.status]);
    },
  );

  it('lists the cases missing what the CITES report requires, with a link to each', async () => {
    const validation = bodyOf<ReportValidation>(
      await http
        .get('/api/reports/cites-aitr/validation')
        .query(scope)
        .set(bearer(customs))
        .expect(200),
    );
    const scales = caseIds['CITES scales'] ?? '';
    const parrots = caseIds['CITES parrots incomplete'] ?? '';
    expect(validation).toMatchObject({ format: 'cites-aitr', country: 'KE', year: 2024, cases: 2 });
    expect(validation.incomplete).toEqual([
      {
        // Destroyed, but nobody charged or sanctioned yet: the report asks why.
        caseId: scales,
        reference: 'KRA/JKIA/2024/R003',
        link: `/admin/#/cases/${scales}/show`,
        missing: [
          { key: 'legalBasis', header: 'Legal basis (law and provision)' },
          { key: 'sanction', header: 'Sanction applied' },
        ],
      },
      {
        caseId: parrots,
        reference: 'KRA/JKIA/2024/R004',
        link: `/admin/#/cases/${parrots}/show`,
        missing: [
          { key: 'term', header: 'Description of specimens (CITES term code)' },
          { key: 'destination', header: 'Presumed final destination' },
          { key: 'legalBasis', header: 'Legal basis (law and provision)' },
          { key: 'sanction', header: 'Sanction applied' },
          { key: 'disposal', header: 'Use or disposal of confiscated specimens' },
        ],
      },
    ]);
  });

  it("gives an analyst the file without the offenders' nationalities", async () => {
    const officerFile = await download(customs, 'cites-aitr', { ...scope, format: 'csv' }).expect(
      200,
    );
    const analystFile = await download(analyst, 'cites-aitr', { ...scope, format: 'csv' }).expect(
      200,
    );
    const lastCells = (body: unknown) =>
      (body as Buffer)
        .toString('utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',').at(-1));
    expect(lastCells(officerFile.body)).toEqual(['KE', '']);
    expect(lastCells(analystFile.body)).toEqual(['', '']);
  });

  it("gives an analyst the UN-CTS counts by sex and age, and CEN without the offenders' sex and age", async () => {
    const csvOf = async (token: string, report: string) =>
      (
        (await download(token, report, { ...scope, format: 'csv' }).expect(200)).body as Buffer
      ).toString('utf8');
    expect(await csvOf(analyst, 'un-cts')).toBe(await csvOf(customs, 'un-cts'));
    const cenColumns = (csv: string) =>
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',').slice(-2).join('|'));
    expect(cenColumns(await csvOf(customs, 'wco-cen'))).toContain('male: 1|juvenile: 1');
    expect(new Set(cenColumns(await csvOf(analyst, 'wco-cen')))).toEqual(new Set(['|']));
  });

  it('lists the persons whose sex and age band nobody recorded in the UN-CTS validation', async () => {
    const validation = bodyOf<ReportValidation>(
      await http
        .get('/api/reports/un-cts/validation')
        .query(scope)
        .set(bearer(customs))
        .expect(200),
    );
    const eWaste = caseIds['Basel e-waste'] ?? '';
    expect(validation.incomplete).toEqual([
      {
        caseId: eWaste,
        reference: 'KRA/MSA/2024/R005',
        link: `/admin/#/cases/${eWaste}/show`,
        missing: [
          { key: 'sex', header: 'Sex' },
          { key: 'age', header: 'Age' },
        ],
      },
    ]);
  });

  it("refuses an officer another country's report, and the roles that file none", async () => {
    const other = await http
      .get('/api/reports/cites-aitr')
      .query({ country: 'UG', year: 2024 })
      .set(bearer(customs))
      .expect(403);
    expect(problemOf(other)).toMatchObject({ code: 'auth/forbidden', field: 'country' });
    for (const role of [judiciary, admin]) {
      const refused = await http
        .get('/api/reports/cites-aitr/validation')
        .query(scope)
        .set(bearer(role))
        .expect(403);
      expect(problemOf(refused).code).toBe('auth/forbidden');
    }
    await http.get('/api/reports/cites-aitr').query(scope).expect(401);
  });

  it('answers a bad report, country, year or file format with problem+json naming it', async () => {
    const field = async (report: string, query: Record<string, string>) => {
      const response = await http
        .get(`/api/reports/${report}`)
        .query(query)
        .set(bearer(customs))
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      return problemOf(response).field;
    };
    expect(await field('cites', { country: 'KE', year: '2024' })).toBe('report');
    expect(await field('cites-aitr', { country: 'Kenya', year: '2024' })).toBe('country');
    expect(await field('cites-aitr', { country: 'KE', year: '24x' })).toBe('year');
    expect(await field('cites-aitr', { country: 'KE', year: '2024', format: 'pdf' })).toBe(
      'format',
    );
  });
});
