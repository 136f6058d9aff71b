import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { artifactsDir, consoleUnderTest, launchBrowser } from './support/browser';
import { signedIn } from './support/login.page';

/** The page's laid-out width: wider than the viewport means sideways scrolling. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

async function chooseLanguage(page: Page, current: string, next: string): Promise<void> {
  await page.getByRole('button', { name: current }).click();
  await page.getByRole('menuitem', { name: next }).click();
}

describe('languages, dark theme and a small screen in Chromium', () => {
  const suite = consoleUnderTest();

  it('switches to French and Spanish and remembers the choice across a reload', async () => {
    // A browser of its own: the language chosen is kept in the profile and must not leak.
    const ownBrowser = await launchBrowser();
    try {
      const page = await signedIn(ownBrowser, suite.baseUrl, 'customs@demo.greenchain.test');
      await chooseLanguage(page, 'English', 'Français');
      await page.getByRole('heading', { name: /^Bienvenue, Amina Otieno/ }).waitFor();
      await page.getByRole('menuitem', { name: 'Analyses' }).waitFor();
      await page.getByText('Pays : Kenya').waitFor();
      await page.getByText('Prêt à enregistrer').waitFor();
      await expect(page.getAttribute('html', 'lang')).resolves.toBe('fr');
      await page.screenshot({ path: join(artifactsDir, 'dashboard-fr.png'), fullPage: true });

      await page.reload();
      await page.getByRole('heading', { name: /^Bienvenue/ }).waitFor();

      await chooseLanguage(page, 'Français', 'Español');
      await page.getByRole('heading', { name: /^Bienvenido\/a, Amina Otieno/ }).waitFor();
      await page.getByRole('menuitem', { name: 'Análisis' }).click();
      await page.getByRole('heading', { name: 'Dónde se rompe la cadena', level: 1 }).waitFor();
      await page.getByText('Cifras de Kenia.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(artifactsDir, 'analytics-es.png'), fullPage: true });
      await chooseLanguage(page, 'Español', 'English');
      await page.getByRole('heading', { name: 'Where the chain breaks', level: 1 }).waitFor();
    } finally {
      await ownBrowser.close();
    }
  }, 180_000);

  it('turns dark on request and stays readable', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'admin@demo.greenchain.test');
    await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
    await expect(
      page.evaluate<string>('getComputedStyle(document.body).backgroundColor'),
    ).resolves.toBe('rgb(18, 22, 20)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'dashboard-dark.png'), fullPage: true });
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.getByRole('cell', { name: 'customs@demo.greenchain.test' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'users-dark.png'), fullPage: true });
    await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
  }, 180_000);

  it('fits a 360 px wide phone: the menu folds away and lists become simple lists', async () => {
    const page = await signedIn(suite.browser, suite.baseUrl, 'admin@demo.greenchain.test', {
      width: 360,
      height: 740,
    });
    await expect(page.getByRole('menuitem', { name: 'Users' }).isVisible()).resolves.toBe(false);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(artifactsDir, 'dashboard-360.png'), fullPage: true });
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.getByRole('link', { name: /customs@demo\.greenchain\.test/ }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifactsDir, 'users-360.png'), fullPage: true });
  }, 180_000);
});
