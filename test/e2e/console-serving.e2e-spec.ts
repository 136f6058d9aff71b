import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

/** The scripts and styles index.html loads first, in order. */
function initialAssets(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/admin\/assets\/[^"]+)"/g)].map((match) => match[1]!);
}

describe('the API serves the console build', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
  }, 60_000);
  afterAll(() => subject?.close());

  it('revalidates the page and keeps its hashed assets for a year', async () => {
    const page = await http.get('/admin/').expect(200).expect('Cache-Control', 'no-cache');
    const assets = initialAssets(page.text);
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets) {
      await http
        .get(asset)
        .set('Accept-Encoding', 'identity')
        .expect(200)
        .expect('Cache-Control', 'public, max-age=31536000, immutable');
    }
    await http.get('/admin/cases/123/show').expect(200).expect('Cache-Control', 'no-cache');
  });

  it('sends the compressed copy the browser accepts', async () => {
    const page = await http.get('/admin/').expect(200);
    const script = initialAssets(page.text).find((asset) => asset.endsWith('.js'))!;
    const plain = await http.get(script).set('Accept-Encoding', 'identity').expect(200);
    for (const encoding of ['br', 'gzip']) {
      const compressed = await http
        .get(script)
        .set('Accept-Encoding', encoding)
        .expect(200)
        .expect('Content-Encoding', encoding)
        .expect('Content-Type', /javascript/)
        .expect('Vary', /Accept-Encoding/)
        .expect('Cache-Control', 'public, max-age=31536000, immutable');
      // supertest decodes the body, so the same script arrives.
      expect(compressed.text).toBe(plain.text);
    }
  });

  it('answers an asset that is not in this build with 404, not with the page', async () => {
    const missing = await http.get('/admin/assets/index-OLDHASH.js').expect(404);
    expect(missing.text).not.toContain('<div id="root">');
  });
});
