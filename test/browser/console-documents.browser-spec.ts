import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectEventually, pngWithLocation, zipEntries } from '@greenchain/testing';
import { parse } from 'csv-parse/sync';
import { type Locator, type Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { CaseApi, seizedCase } from './support/case-api';
import { CasePage } from './support/case.page';
import { signedIn } from './support/login.page';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Photographs of the case page: a customs officer attaches, views and downloads; others only read. */
describe('documents and photographs on the case page in Chromium', () => {
  const suite = consoleUnderTest();
  const photograph = pngWithLocation(48, 32, [30, 120, 60]);
  let caseUrl = '';

  beforeAll(async () => {
    const customs = await signedIn(suite.browser, suite.baseUrl, 'customs@demo.greenchain.test');
    const { caseId } = await seizedCase(await CaseApi.of(customs, suite.baseUrl));
    caseUrl = `${suite.baseUrl}/admin/#/cases/${caseId}/show`;
    await customs.close();
  }, 120_000);

  const documents = (page: Page) => page.getByRole('table', { name: 'Documents and photographs' });

  /** Chooses files in the open dialog and records them; answers the dialog. */
  async function attach(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
    await page.getByRole('button', { name: 'Attach files' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attach files' });
    // The file input, not the camera's (which takes pictures only).
    await dialog.locator('input[type=file]:not([capture])').setInputFiles(files);
    await dialog.getByRole('button', { name: 'Record' }).click();
    return dialog;
  }

  /** The width the picture was decoded at: a picture the browser could not read has none. */
  const decodedWidth = (image: Locator) =>
    image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth);

  it('lets a customs officer attach a photograph, see it listed and shown, and download it intact', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'customs@demo.greenchain.test');
    const casePage = new CasePage(page);
    await casePage.open(caseUrl);
    await page.getByText('No file is attached to this case.').waitFor();

    const refused = await attach(page, [
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('seal intact\n') },
    ]);
    await refused
      .getByRole('alert')
      .getByText(/\(document\/type-not-allowed\)$/)
      .waitFor();
    await refused.getByRole('button', { name: 'Cancel' }).click();

    const dialog = await attach(page, [
      { name: 'concealment.png', mimeType: 'image/png', buffer: photograph },
    ]);
    await dialog.waitFor({ state: 'detached' });
    const row = documents(page).getByRole('row', { name: /concealment\.png/ });
    await row.getByRole('cell', { name: 'image/png' }).waitFor();
    await row.getByText(`${sha256(photograph).slice(0, 12)}…`).waitFor();
    await row.getByRole('cell', { name: /^Customs officer · / }).waitFor();
    await row.getByRole('cell', { name: 'The case' }).waitFor();
    await page.getByRole('cell', { name: 'File attached' }).waitFor();
    // Its thumbnail, made by the API without the location, at the picture's own size (never enlarged).
    const thumbnail = row.getByRole('button', { name: 'Open concealment.png' }).locator('img');
    await expectEventually(async () => expect(await decodedWidth(thumbnail)).toBe(48), {
      timeoutMs: 10_000,
      intervalMs: 100,
    });

    await row.getByRole('button', { name: 'View concealment.png' }).click();
    const viewer = page.getByRole('dialog', { name: 'concealment.png' });
    const image = viewer.getByRole('img', { name: 'concealment.png' });
    await image.waitFor();
    await expectEventually(async () => expect(await decodedWidth(image)).toBe(48), {
      timeoutMs: 10_000,
      intervalMs: 100,
    });
    await page.screenshot({ path: join(artifactsDir, 'case-documents-viewer.png') });
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Download concealment.png' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('concealment.png');
    expect(sha256(readFileSync(await download.path()))).toBe(sha256(photograph));

    await row.getByRole('button', { name: 'Correct the details of concealment.png' }).click();
    const correction = page.getByRole('dialog', { name: 'Correct the details of a file' });
    await correction.getByLabel(/^File name/).fill('concealment-hold-3.png');
    await correction.getByLabel(/^Reason/).fill('Named after the hold it was taken in');
    await casePage.record(correction);
    const corrected = documents(page).getByRole('row', { name: /concealment-hold-3\.png/ });
    await corrected.getByText(`${sha256(photograph).slice(0, 12)}…`).waitFor();
    await page.getByRole('cell', { name: 'File details corrected' }).waitFor();

    await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'case-documents.png'), fullPage: true });

    await page.setViewportSize({ width: 360, height: 740 });
    // On a phone the menu is a drawer, which a console opened on a wide screen keeps open.
    await page.reload();
    await corrected.waitFor();
    const pageWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(pageWidth).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(artifactsDir, 'case-documents-360.png'), fullPage: true });
  }, 240_000);

  it("lets a prosecutor download the case file, holding the officer's photograph with its SHA-256 in the manifest", async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'prosecutor@demo.greenchain.test');
    await new CasePage(page).open(caseUrl);
    await documents(page)
      .getByRole('row', { name: /concealment-hold-3\.png/ })
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download case file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^case-file-.+\.zip$/);
    const entries = await zipEntries(readFileSync(await download.path()));
    const manifest = parse<{ path: string; sha256: string; kind: string }>(
      entries.get('manifest.csv') ?? '',
      { columns: true },
    );
    const photo = manifest.find(({ path }) => path.endsWith('-concealment-hold-3.png'));
    expect(photo).toMatchObject({ kind: 'document', sha256: sha256(photograph) });
    expect(sha256(entries.get(photo?.path ?? '') ?? Buffer.alloc(0))).toBe(sha256(photograph));
    expect(entries.get('case-summary.pdf')?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'case-file-download.png'), fullPage: true });
  }, 180_000);

  it('shows an analyst no upload control and no file that may show a person', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'analyst@demo.greenchain.test');
    await new CasePage(page).open(caseUrl);
    await page.getByRole('heading', { name: 'Documents and photographs' }).waitFor();
    await page.getByText('No file is attached to this case.').waitFor();
    await expect(page.getByRole('button', { name: 'Attach files' }).count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);
});
