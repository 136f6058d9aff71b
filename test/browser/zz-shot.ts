import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

async function main() {
  const baseUrl = readFileSync('/tmp/overview-baseurl', 'utf8');
  const width = Number(process.argv[2] ?? 1440);
  const query = process.argv[3] ?? '';
  const dark = process.argv[4] === 'dark';
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(60_000);
  page.on('console', (m) => {
    if (m.type() === 'error') console.log('console:', m.text().slice(0, 300));
  });
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel(/^Email/).fill('analyst@demo.greenchain.test');
  await page.getByLabel(/^Password/).fill('greenchain-demo');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
  if (dark) await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
  await page.goto(`${baseUrl}/admin/#/analytics${query}`);
  await page.getByRole('heading', { name: 'Where the chain breaks', level: 1 }).waitFor();
  await page.waitForTimeout(12000);
  console.log('figures', await page.locator('figure[aria-label]').count());
  for (const f of await page.locator('figure[aria-label]').all())
    console.log((await f.getAttribute('aria-label'))?.slice(0, 300));
  console.log('scrollWidth', await page.evaluate('document.documentElement.scrollWidth'));
  await page.screenshot({
    path: `/tmp/overview-shots/w${width}${dark ? '-dark' : ''}.png`,
    fullPage: true,
  });
  let index = 0;
  for (const card of await page.locator('.MuiCard-root').all()) {
    await card.screenshot({
      path: `/tmp/overview-shots/w${width}${dark ? '-dark' : ''}-card${index++}.png`,
    });
  }
  await browser.close();
}
void main();
