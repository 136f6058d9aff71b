import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ConsoleModule } from '../../apps/api/src/console/console.module';

const page =
  '<!doctype html><div id="root"></div><script src="/admin/assets/index-abc123.js"></script>';
const script = `console.log(${JSON.stringify('greenchain '.repeat(200))});`;

/** A console build as `npm run build:admin` lays it out, with a secret beside it. */
function writeBuild(root: string): void {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, 'assets/index-abc123.js'), script);
  writeFileSync(join(root, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(root, 'assets/index-abc123.js.gz'), gzipSync(script));
  writeFileSync(join(root, '.env'), 'SECRET=do-not-serve');
  mkdirSync(join(root, 'assets/.cache'));
  writeFileSync(join(root, 'assets/.cache/notes.js'), 'hidden');
}

describe('the console installed under a folder whose path has a dot-directory', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gc-install-'));
  // As in a user's ~/.local/greenchain.
  const root = join(folder, '.local', 'greenchain', 'dist', 'admin');
  let app: NestExpressApplication | undefined;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    writeBuild(root);
    app = await NestFactory.create<NestExpressApplication>(ConsoleModule.forRoot(root), {
      logger: false,
    });
    await app.init();
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    try {
      await app?.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('sends the compressed copy of a script the browser accepts, and the plain one otherwise', async () => {
    for (const [accepted, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const compressed = await http
        .get('/admin/assets/index-abc123.js')
        .set('Accept-Encoding', accepted!)
        .expect(200)
        .expect('Content-Encoding', encoding!)
        .expect('Content-Type', /javascript/);
      expect(compressed.text).toBe(script);
    }
    const plain = await http
      .get('/admin/assets/index-abc123.js')
      .set('Accept-Encoding', 'identity')
      .expect(200)
      .expect('Content-Type', /javascript/);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
  });

  it('answers the page at the console root and at a deep link', async () => {
    for (const path of ['/admin/', '/admin/cases/123/show']) {
      const answer = await http.get(path).expect(200).expect('Content-Type', /html/);
      expect(answer.text).toBe(page);
    }
    await http.get('/admin').expect(301).expect('Location', '/admin/');
  });

  it('never sends a hidden file of the build', async () => {
    const env = await http.get('/admin/.env');
    expect(env.text).not.toContain('do-not-serve');
    await http.get('/admin/assets/.cache/notes.js').expect(404);
    await http.get('/admin/assets/%2e%2e/.env').expect((answer) => {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.text).not.toContain('do-not-serve');
    });
  });
});
