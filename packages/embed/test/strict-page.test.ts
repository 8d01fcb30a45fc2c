/**
 * The embed on pages that are strict about what third-party code may do, in headless Chromium:
 * - the strict CSP from issue 6 with Trusted Types, with zero securitypolicyviolation reports
 *   (and control pages that violate on purpose, proving the listener hears violations);
 * - no cookies, no storage, and no request beyond the page, the bundle and the URLs the store set;
 * - the optional web-vitals report (`data-vitals`), and that nothing of it loads when it is off.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER, STRICT_CSP, TestSite, VERSION, launchChromium, openPage, pause, readManifest, rendered } from './support/harness.js';

const PANEL_ATTRS = 'price="89" currency="EUR" lifespan-years="3" uses-per-year="100" use-unit="wear"';
const NONCE = 'c2FmZS1ub25jZS0xMjM0';
const NONCE_CSP = `default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'self'; require-trusted-types-for 'script'; trusted-types candor`;
const manifest = readManifest();

const site = new TestSite({
  '/strict/': { 'Content-Security-Policy': STRICT_CSP },
  // Lit's default policy name only: Candor's Lit asks for "candor" and must be refused.
  '/lit-html-only/': { 'Content-Security-Policy': STRICT_CSP.replace('trusted-types candor', 'trusted-types lit-html') },
  // Scripts allowed by nonce only (no host list): the loader tag carries the nonce.
  '/nonce/': { 'Content-Security-Policy': NONCE_CSP },
});
let browser: Browser;

beforeAll(async () => {
  await site.start();
  browser = await launchChromium();
  // An external classic script (inline ones are refused here), first in <head>, so it hears
  // every violation; `?control` makes it violate Trusted Types on purpose.
  const listener = `window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
    if (document.currentScript.src.includes('control')) {
      try { document.createElement('div').innerHTML = '<b>not trusted</b>'; } catch (error) { window.ttError = String(error); }
    }`;
  for (const dir of ['strict', 'lit-html-only', 'nonce']) {
    site.file(`${dir}/listen.js`, listener);
    site.file(
      `${dir}/candor.json`,
      JSON.stringify({ version: 1, store: { locale: 'en', currency: 'EUR' }, honesty: { coolingOffHours: 48 } }),
    );
  }
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await site.stop();
});

const strictPage = (dir: string, name: string, { listener = 'listen.js', extraBody = '' } = {}) =>
  site.page(`${dir}/${name}`, {
    head: `<script src="/${dir}/${listener}"></script>\n<script type="module" src="${LOADER}" data-config="/${dir}/candor.json" data-load="eager"></script>`,
    body: `<candor-honesty-panel product-id="sku-1" ${PANEL_ATTRS}></candor-honesty-panel>
      <div data-candor="honesty-panel" data-product-id="sku-2" data-price="120" data-currency="EUR" data-lifespan-years="2" data-uses-per-year="50"></div>${extraBody}`,
  });

const violationsOf = (page: import('playwright').Page) => page.evaluate(() => (window as unknown as { violations: unknown[] }).violations);

describe(`strict CSP: ${STRICT_CSP}`, () => {
  it('both mount forms render with zero violation reports', async () => {
    const { page, context, errors, console: messages } = await openPage(browser, site);
    const response = await page.goto(strictPage('strict', 'index.html'));
    expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
    await rendered(page, 'candor-honesty-panel');
    expect(await page.locator('candor-honesty-panel').count()).toBe(2);
    await pause(300);
    expect(await violationsOf(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[style]').length)).toBe(0);
    await context.close();
  }, 30_000);

  it(`a nonce-based policy (${NONCE_CSP}): the chunks and their preload links carry the loader's nonce, zero violation reports`, async () => {
    const url = site.page('nonce/index.html', {
      head: `<script src="/nonce/listen.js" nonce="${NONCE}"></script>
        <script type="module" src="${LOADER}" nonce="${NONCE}" data-config="/nonce/candor.json" data-load="eager"></script>`,
      body: `<candor-honesty-panel product-id="sku-1" ${PANEL_ATTRS}></candor-honesty-panel>`,
    });
    const { page, context, errors } = await openPage(browser, site);
    await page.goto(url);
    await rendered(page, 'candor-honesty-panel');
    await pause(300);
    expect(await page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]').length)).toBeGreaterThan(0);
    expect(await violationsOf(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it('control: the same listener reports an inline style attribute and an untrusted innerHTML', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(
      strictPage('strict', 'control.html', { listener: 'listen.js?control', extraBody: '<p style="color: red">inline style</p>' }),
    );
    await rendered(page, 'candor-honesty-panel');
    await pause(300);
    const directives = ((await violationsOf(page)) as { directive: string }[]).map((violation) => violation.directive).sort();
    expect(directives).toEqual(['require-trusted-types-for', 'style-src-attr']);
    await context.close();
  }, 30_000);

  it('Candor needs its own policy name: with only "trusted-types lit-html" the widgets are refused and the console says what to allow', async () => {
    const { page, context, console: messages } = await openPage(browser, site);
    await page.goto(strictPage('lit-html-only', 'index.html'));
    await page.waitForFunction(() => (window as unknown as { violations: unknown[] }).violations.length > 0);
    await pause(300);
    expect(((await violationsOf(page)) as { directive: string }[]).map((violation) => violation.directive)).toContain('trusted-types');
    expect(messages.some((message) => message.type === 'error' && message.text.includes('"trusted-types candor"'))).toBe(true);
    await context.close();
  }, 30_000);
});

describe('privacy: no cookies, no storage, no requests the store did not set', () => {
  it('a page with config, both mount forms, an interaction and the vitals report', async () => {
    site.file('private/candor.json', JSON.stringify({ version: 1, store: { currency: 'EUR' } }));
    const url = site.page('private/index.html', {
      head: `<script type="module" src="${LOADER}" data-config="/private/candor.json" data-vitals></script>`,
      body: `<candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel><div data-candor="honesty-panel" data-price="20" data-currency="EUR" data-lifespan-years="1" data-uses-per-year="20"></div>`,
    });
    const { page, context, paths, requests } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    await rendered(page, 'candor-honesty-panel');
    await page.mouse.click(5, 5);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await pause(500);

    const bundle = `/cdn/candor@${VERSION}/`;
    const allowed = (path: string) =>
      path === '/private/index.html' ||
      path === '/private/candor.json' ||
      (path.startsWith(bundle) && path.slice(bundle.length) in manifest.files);
    expect(paths().filter((path) => !allowed(path))).toEqual([]);
    expect(requests.every((request) => request.url().startsWith(site.url))).toBe(true);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }))).toEqual({
      cookie: '',
      local: 0,
      session: 0,
    });
    await context.close();
  }, 30_000);
});

describe('web vitals (data-vitals)', () => {
  const collector = `window.vitals = [];
    document.addEventListener('candor-vitals', (event) => window.vitals.push(event.detail));
    document.addEventListener('click', () => { const end = performance.now() + 80; while (performance.now() < end); });`;

  it('reports CLS, LCP and INP, and tells a Candor layout shift from another one', async () => {
    site.file('vitals/collect.js', collector);
    // The panel's space is reserved (candor.css + --candor-reserve), so loading it shifts nothing.
    site.file(
      'vitals/page.css',
      '#other.grow { block-size: 60px; } candor-honesty-panel { --candor-reserve: 300px; } candor-honesty-panel.grow { padding-block-end: 200px; } h1 { font-size: 4rem; }',
    );
    const url = site.page('vitals/index.html', {
      head: `<link rel="stylesheet" href="/cdn/candor@${VERSION}/candor.css"><link rel="stylesheet" href="/vitals/page.css"><script src="/vitals/collect.js"></script><script type="module" src="${LOADER}" data-vitals="all" data-load="eager"></script>`,
      body: `<h1>Trail jacket</h1><div id="other"></div><p>Text that moves.</p><candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel><p id="after">More text that moves.</p>`,
    });
    const { page, context, paths } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    await rendered(page, 'candor-honesty-panel');
    expect(paths()).toContain(`/cdn/candor@${VERSION}/${manifest.vitals}`);
    type Detail = { name: string; value: number; candorShift: boolean; candorShiftValue: number };
    const vitals = () => page.evaluate(() => (window as unknown as { vitals: Detail[] }).vitals);
    const lastCls = async () => (await vitals()).filter((detail) => detail.name === 'CLS').at(-1);

    // Nothing moved while the widget loaded. Then a shift caused by the page itself: not Candor's.
    await pause(600);
    expect((await vitals()).filter((detail) => detail.name === 'CLS' && detail.value > 0)).toEqual([]);
    await page.evaluate(() => document.querySelector('#other')!.classList.add('grow'));
    await page.waitForFunction(() =>
      (window as unknown as { vitals: Detail[] }).vitals.some((detail) => detail.name === 'CLS' && detail.value > 0),
    );
    expect(await lastCls()).toMatchObject({ candorShift: false, candorShiftValue: 0 });

    // A Candor element that grows and pushes the text after it: Candor's.
    await pause(600);
    await page.evaluate(() => document.querySelector('candor-honesty-panel')!.classList.add('grow'));
    await page
      .waitForFunction(
        () => (window as unknown as { vitals: Detail[] }).vitals.some((detail) => detail.name === 'CLS' && detail.candorShift),
        undefined,
        { timeout: 5000 },
      )
      .catch(async (error) => {
        console.log(JSON.stringify(await vitals()));
        throw error;
      });
    const cls = (await lastCls())!;
    expect(cls.candorShiftValue).toBeGreaterThan(0);
    expect(cls.candorShiftValue).toBeLessThanOrEqual(cls.value + 1e-9);

    await page.mouse.click(400, 40);
    await page.waitForFunction(() => (window as unknown as { vitals: Detail[] }).vitals.some((detail) => detail.name === 'INP'));
    const names = new Set((await vitals()).map((detail) => detail.name));
    expect([...names].sort()).toEqual(['CLS', 'INP', 'LCP']);
    await context.close();
  }, 30_000);

  it('off by default: web-vitals is never requested and no event fires', async () => {
    site.file('vitals/collect.js', collector);
    const url = site.page('vitals/off.html', {
      head: `<script src="/vitals/collect.js"></script><script type="module" src="${LOADER}" data-load="eager"></script>`,
      body: `<h1>Trail jacket</h1><candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel>`,
    });
    const { page, context, paths } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    await rendered(page, 'candor-honesty-panel');
    await page.mouse.click(400, 40);
    await pause(500);
    expect(paths()).not.toContain(`/cdn/candor@${VERSION}/${manifest.vitals}`);
    expect(await page.evaluate(() => (window as unknown as { vitals: unknown[] }).vitals)).toEqual([]);
    await context.close();
  }, 30_000);
});
