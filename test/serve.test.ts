/** The demo store's static server: content types, per-path headers (strict CSP) and safe defaults. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStoreServer } from '../scripts/serve.mjs';

const site = mkdtempSync(join(tmpdir(), 'candor-site-'));
mkdirSync(join(site, 'strict'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
writeFileSync(join(site, 'strict/index.html'), '<!doctype html><title>strict</title>');
writeFileSync(join(site, 'app.js'), 'export {};');
writeFileSync(join(site, 'candor.json'), '{"version":1}');
const cdn = mkdtempSync(join(tmpdir(), 'candor-cdn-'));
mkdirSync(join(cdn, 'candor@1.2.3'));
writeFileSync(join(cdn, 'candor@1.2.3/candor.js'), 'export {};');
// The build writes each bundle file precompressed beside it.
writeFileSync(join(cdn, 'candor@1.2.3/candor.js.br'), brotliCompressSync('export {};'));
writeFileSync(
  join(site, 'headers.json'),
  JSON.stringify({ '/': { 'X-Site': 'all' }, '/strict/': { 'Content-Security-Policy': "default-src 'self'" } }),
);

let server: Awaited<ReturnType<typeof startStoreServer>>;
beforeAll(async () => {
  server = await startStoreServer({ port: 0, siteDir: site, cdnDir: cdn });
});
afterAll(() => server.server.close());

const get = (path: string) => fetch(`${server.url}${path}`);

describe('scripts/serve.mjs', () => {
  it.each([
    ['/', 'text/html'],
    ['/app.js', 'text/javascript'],
    ['/candor.json', 'application/json'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends the strict page its CSP, and only the longest matching rule', async () => {
    const strict = await get('/strict/');
    expect(strict.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(strict.headers.get('x-site')).toBeNull();
    const home = await get('/');
    expect(home.headers.get('content-security-policy')).toBeNull();
    expect(home.headers.get('x-site')).toBe('all');
  });

  it('answers 404 for missing files and never serves outside the site', async () => {
    expect((await get('/nope.html')).status).toBe(404);
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/%2e%2e/package.json')).status).toBe(404);
  });

  it('serves the CDN folder with CORS for integrity-checked script tags', async () => {
    const response = await get('/cdn/candor@1.2.3/candor.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect((await get('/cdn/candor@1.2.3/missing.js')).status).toBe(404);
  });

  it('sends the bundle precompressed to browsers that accept brotli, and as it is to others', async () => {
    /** A raw request (fetch would decompress, and it chooses its own Accept-Encoding). */
    const raw = (acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const chunks: Buffer[] = [];
        request(`${server.url}/cdn/candor@1.2.3/candor.js`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const brotli = await raw('gzip, deflate, br');
    expect(brotli.encoding).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe('export {};');
    const plain = await raw('identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe('export {};');
  });
});
