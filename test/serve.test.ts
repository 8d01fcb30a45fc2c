/** The demo store's static server: content types, per-path headers (strict CSP) and safe defaults. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
writeFileSync(join(site, 'headers.json'), JSON.stringify({ '/': { 'X-Site': 'all' }, '/strict/': { 'Content-Security-Policy': "default-src 'self'" } }));

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
});
