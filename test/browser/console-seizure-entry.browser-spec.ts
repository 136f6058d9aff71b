import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest } from './support/browser';
import { CaseEntryPage } from './support/case-entry.page';
import { GoodsFormPage } from './support/goods-form.page';
import { Keyboard } from './support/keyboard';
import { signedIn } from './support/login.page';
import { SeizureFormPage } from './support/seizure-form.page';

/**
 * Seizure entry with the reference look-ups (CITES species, term and unit; controlled substances),
 * then what is recorded from the case page: an item and a party amended, a lab result, an item and a
 * party added. One customs session for the entries (sign-in is throttled), one prosecutor tab at the end.
 */
describe('seizure entry with reference look-ups, and corrections from the case page', () => {
  const suite = consoleUnderTest();
  let customs: Page;
  let odsCaseUrl = '';

  beforeAll(async () => {
    customs = await signedIn(suite.browser, suite.baseUrl, 'customs@demo.greenchain.test');
  }, 120_000);

  /** The page as it is now kept as a screenshot, and judged by axe: 0 serious or critical. */
  const shot = async (page: Page, name: string) => {
    // The "Recorded." notice fades by itself; the screenshot shows the page, not the notice over it.
    await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached' });
    await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({
      page: name,
      violations: [],
    });
  };

  const newSeizure = async (reference: string, port: string): Promise<SeizureFormPage> => {
    await customs.getByRole('menuitem', { name: 'Cases' }).click();
    await customs.getByRole('link', { name: 'Record a seizure' }).click();
    const form = new SeizureFormPage(customs);
    await form.waitForForm();
    await form.fillSeizure(reference, port);
    return form;
  };

  it('records a pangolin-scale seizure with the species, term and unit picked by keyboard', async () => {
    const form = await newSeizure('KRA/JKIA/2024/0311', 'JKIA cargo terminal');
    const goods = new GoodsFormPage(customs);
    await goods.fillWildlife({
      descriptionDeclared: 'Cashew nuts',
      hsDeclared: '0801.32',
      descriptionEstablished: 'Pangolin scales in sacks',
      hsEstablished: '0507.90',
      species: { typed: 'pangolin', listing: /^Manis spp\. · Pangolins · Appendix I$/ },
      term: 'SCA',
      unit: 'KIL',
      quantity: { amount: '212', unit: 'kilograms' },
    });
    expect(await goods.value(/^Species/)).toBe('Manis spp.');
    expect(await goods.value(/^CITES term/)).toBe('SCA — scales');
    expect(await goods.value(/^CITES unit/)).toBe('KIL — kilograms (kg)');
    await expect(
      customs.getByRole('combobox', { name: /^CITES appendix/ }).innerText(),
    ).resolves.toBe('I');
    await shot(customs, 'seizure-entry-cites-form');
    await form.save();

    const casePage = new CaseEntryPage(customs);
    await casePage.timeline.waitFor();
    const row = casePage.item(/Pangolin scales in sacks/);
    await row.getByText('HS 0507.90 · Manis spp. · CITES Appendix I · SCA · KIL').waitFor();
    await expect(row.getByText('CITES', { exact: true }).count()).resolves.toBe(1);
    await shot(customs, 'seizure-entry-cites-case');
  }, 300_000);

  it('records an HCFC-22 seizure whose substance, picked from the look-up, sets the agreement', async () => {
    const form = await newSeizure('KRA/MSA/2024/0412', 'Port of Mombasa');
    const goods = new GoodsFormPage(customs);
    await goods.fillChemical({
      descriptionDeclared: 'Air-conditioner spare parts',
      hsDeclared: '8415.90',
      descriptionEstablished: 'HCFC-22 in 13.6 kg cylinders',
      hsEstablished: '2903.71',
      substance: { typed: 'hcfc22', option: /^HCFC-22 · Annex C, group I · HS 2903\.71$/ },
      quantity: { amount: '120', unit: 'cylinders' },
    });
    expect(await goods.value(/^Substance/)).toBe('HCFC-22');
    await customs.locator('.MuiChip-root', { hasText: 'Montreal Protocol' }).waitFor();
    await form.addParty({
      kind: 'Person',
      role: /^Consignee$/,
      name: 'Peter Mwangi',
      nationalityOrCountry: 'Kenya',
      sex: /^Male$/,
      ageBand: /^Adult$/,
    });
    await form.fillShipmentDate('2024-02-12');
    await shot(customs, 'seizure-entry-ods-form');
    await form.save();
    const casePage = new CaseEntryPage(customs);
    await casePage.timeline.waitFor();
    await casePage
      .item(/HCFC-22 in 13.6 kg cylinders/)
      .getByText(/HS 2903\.71 · HCFC-22/)
      .waitFor();
    odsCaseUrl = customs.url();
  }, 300_000);

  it('amends the item, records a lab result on it and amends the party, each seen on the case page', async () => {
    const casePage = new CaseEntryPage(customs);
    await casePage.open(odsCaseUrl);

    const amend = await casePage.openOnItem('Amend item', /HCFC-22 in 13.6 kg cylinders/);
    await expect(amend.getByLabel(/^Substance/).inputValue()).resolves.toBe('HCFC-22');
    await amend
      .getByLabel(/^Description as established/)
      .fill('HCFC-22 in 13.6 kg cylinders, relabelled R-134a');
    // A tall window, so the screenshot shows the whole dialog and not only its first fields.
    await customs.setViewportSize({ width: 1280, height: 1700 });
    await shot(customs, 'seizure-entry-amend-item');
    await customs.setViewportSize({ width: 1280, height: 800 });
    await casePage.record(amend);
    await casePage.timeline.getByText('Goods amended').waitFor();
    await casePage.item(/relabelled R-134a/).waitFor();

    const lab = await casePage.openOnItem('Record lab result', /relabelled R-134a/);
    await lab.getByLabel(/^Laboratory/).fill('KEBS Chemistry Lab');
    await lab.getByLabel(/^Method/).fill('refrigerant identifier');
    await lab.getByLabel(/^Result/).fill('R-22 98.6 %');
    await lab.getByLabel(/^Substance identified/).fill('hcfc22');
    await customs.getByRole('option', { name: /^HCFC-22 · Annex C/ }).click();
    await shot(customs, 'seizure-entry-lab-result');
    await casePage.record(lab);
    await casePage.timeline.getByText('Laboratory result').waitFor();
    await casePage
      .item(/relabelled R-134a/)
      .getByText('Lab: KEBS Chemistry Lab, refrigerant identifier: R-22 98.6 % (HCFC-22)')
      .waitFor();

    const party = await casePage.openCommand('Amend party', casePage.defendant('Peter Mwangi'));
    await expect(party.getByLabel(/^Name/).inputValue()).resolves.toBe('Peter Mwangi');
    // The sex and age group recorded with the seizure are what the amendment starts from.
    await expect(party.getByRole('combobox', { name: /^Sex/ }).textContent()).resolves.toBe('Male');
    await expect(party.getByRole('combobox', { name: /^Age group/ }).textContent()).resolves.toBe(
      'Adult',
    );
    await party.getByLabel(/^Name/).fill('Peter Kamau Mwangi');
    await shot(customs, 'seizure-entry-amend-party');
    await casePage.record(party);
    await casePage.timeline.getByText('Party amended').waitFor();
    await casePage.defendant('Peter Kamau Mwangi').waitFor();
    await shot(customs, 'seizure-entry-case-corrected');
  }, 300_000);

  it('adds an item and a party found after the seizure was recorded', async () => {
    const casePage = new CaseEntryPage(customs);
    await casePage.open(odsCaseUrl);

    const item = await casePage.openCommand('Add item');
    await new GoodsFormPage(customs).fillChemical({
      descriptionDeclared: 'Compressor spare parts',
      hsDeclared: '8414.90',
      descriptionEstablished: 'HCFC-22 in 30 kg cylinders, second container',
      hsEstablished: '2903.71',
      substance: { typed: 'hcfc22', option: /^HCFC-22 · Annex C, group I · HS 2903\.71$/ },
      quantity: { amount: '40', unit: 'cylinders' },
    });
    await shot(customs, 'seizure-entry-add-item');
    await casePage.record(item);
    await casePage.item(/second container/).waitFor();
    // The seizure's own item was the first.
    await expect(casePage.timeline.getByText('Goods added').count()).resolves.toBe(2);

    const party = await casePage.openCommand('Add party');
    const keys = new Keyboard(customs);
    await keys.choose(/^Person or company/, /^Company$/);
    await keys.choose(/^Role/, /^Freight forwarder$/);
    await keys.type(/^Name/, 'Coastline Freight Ltd');
    await keys.complete(/^Country/, 'Kenya');
    await shot(customs, 'seizure-entry-add-party');
    await casePage.record(party);
    await casePage.defendant('Coastline Freight Ltd').waitFor();
    await expect(casePage.timeline.getByText('Party added').count()).resolves.toBe(2);
  }, 300_000);

  it('offers a prosecutor the party amendment but not the customs officer’s item commands', async () => {
    const prosecutor = await signedIn(
      suite.browser,
      suite.baseUrl,
      'prosecutor@demo.greenchain.test',
    );
    const casePage = new CaseEntryPage(prosecutor);
    await casePage.open(odsCaseUrl);
    await casePage
      .defendant('Peter Kamau Mwangi')
      .getByRole('button', { name: 'Amend party' })
      .waitFor();
    await expect(prosecutor.getByRole('button', { name: 'Amend item' }).count()).resolves.toBe(0);
    await expect(
      prosecutor.getByRole('button', { name: 'Record lab result' }).count(),
    ).resolves.toBe(0);
  }, 180_000);
});
