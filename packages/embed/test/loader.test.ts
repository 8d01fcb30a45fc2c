/**
 * The script-tag loader on real pages in headless Chromium (Playwright): script tag only, data
 * attribute mounts, loading strategies with reserved space, elements added and removed after
 * load, configuration sources, two copies on one page, the global API, and what the page
 * requests, stores and reports. Runs against the built bundle (packages/embed/dist).
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_DIR,
  LOADER,
  VERSION,
  TestSite,
  launchChromium,
  openPage,
  pause,
  readManifest,
  rendered,
  staticClosure,
} from './support/harness.js';

/** A honesty panel that renders from attributes alone (no config needed). */
const PANEL_ATTRS = 'price="89" currency="EUR" lifespan-years="3" uses-per-year="100" use-unit="wear"';
const PANEL_DATA = 'data-price="89" data-currency="EUR" data-lifespan-years="3" data-uses-per-year="100" data-use-unit="wear"';
const loaderTag = (attributes = '') => `<script type="module" src="${LOADER}" ${attributes}></script>`;
/** Chunks of the bundle a page requested, relative to the bundle folder. */
const bundleFiles = (paths: string[]) =>
  paths.filter((path) => path.startsWith(`/cdn/candor@${VERSION}/`)).map((path) => path.slice(`/cdn/candor@${VERSION}/`.length));

const site = new TestSite();
let browser: Browser;
const manifest = readManifest();

beforeAll(async () => {
  await site.start();
  browser = await launchChromium();
  // Two more copies of the bundle: the same version at another URL (a self-hosted copy next to
  // the CDN one), and an "older version" whose loader reports another version number.
  cpSync(BUNDLE_DIR, join(site.dir, 'self', `candor@${VERSION}`), { recursive: true });
  cpSync(BUNDLE_DIR, join(site.dir, 'old', 'candor@0.0.9'), { recursive: true });
  const loader = readFileSync(join(BUNDLE_DIR, 'candor.js'), 'utf8');
  expect(loader).toContain(JSON.stringify(VERSION));
  site.file('old/candor@0.0.9/candor.js', loader.replace(JSON.stringify(VERSION), '"0.0.9"'));
  // A copy whose way to the Lit widgets has an empty chunk list: the control of the preload test.
  cpSync(BUNDLE_DIR, join(site.dir, 'nopreload', `candor@${VERSION}`), { recursive: true });
  const widgetPath = readFileSync(join(BUNDLE_DIR, manifest.widgetPath!), 'utf8');
  const chunkList = /\{"":"[^}]*\}/.exec(widgetPath);
  expect(chunkList, `the chunk list the build writes into ${manifest.widgetPath}`).not.toBeNull();
  site.file(`nopreload/candor@${VERSION}/${manifest.widgetPath}`, widgetPath.replace(chunkList![0], '{}'));
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await site.stop();
});

describe('a page with only the script tag', () => {
  it('renders the widget, loads only its chunks and adds only window.Candor', async () => {
    const bare = site.page('bare.html', { body: `<candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel>` });
    const url = site.page('script-only.html', { head: loaderTag(), body: `<candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel>` });
    const baseline = await openPage(browser, site);
    await baseline.page.goto(bare);
    const globalsBefore = await baseline.page.evaluate(() => Object.getOwnPropertyNames(window));
    await baseline.context.close();

    const { page, context, errors, console: messages, paths } = await openPage(browser, site);
    await page.goto(url);
    await rendered(page, 'candor-honesty-panel');
    const text = await page.evaluate(() => document.querySelector('candor-honesty-panel')!.shadowRoot!.textContent);
    expect(text).toMatch(/€0\.30/);

    const api = await page.evaluate(() => {
      const candor = (window as unknown as { Candor: Record<string, unknown> }).Candor;
      return { keys: Object.keys(candor).sort(), version: candor.version, frozen: Object.isFrozen(candor) };
    });
    expect(api).toEqual({ keys: ['configure', 'refresh', 'version'], version: VERSION, frozen: true });
    const globalsAfter = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(globalsAfter.filter((name) => !globalsBefore.includes(name))).toEqual(['Candor']);

    const files = bundleFiles(paths());
    expect(files).toContain('candor.js');
    expect(files).toContain(manifest.widgets['honesty-panel']);
    expect(files).toContain(manifest.runtime);
    for (const [name, chunk] of Object.entries(manifest.widgets)) if (name !== 'honesty-panel') expect(files).not.toContain(chunk);
    expect(files).not.toContain(manifest.vitals);
    expect(files).not.toContain(manifest.engine);
    expect(errors).toEqual([]);
    expect(messages.filter((message) => message.type === 'error' || message.type === 'warning')).toEqual([]);
    await context.close();
  }, 30_000);

  it('loads nothing but the loader on a page without widgets', async () => {
    const url = site.page('no-widgets.html', { head: loaderTag('data-config="/candor.json"'), body: '<p>No widgets here.</p>' });
    site.file('candor.json', JSON.stringify({ version: 1 }));
    const { page, context, paths } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(paths()).toEqual(['/no-widgets.html', LOADER]);
    await context.close();
  }, 30_000);
});

describe('chunk requests', () => {
  // The summary: a widget with chunks of its own (the summary reader, the stars) besides the runtime's.
  const widget = manifest.widgets['review-summary']!;
  const SUMMARY = '{"total":0,"rawAverage":null,"adjustedAverage":null,"trustedCount":0}';
  // What the widget needs before it runs, besides its own chunk: its static imports and the runtime's
  // (the way to the Lit widgets, widget-path.ts, asks for them).
  const needed = [...staticClosure(manifest, widget, manifest.runtime!)].filter((file) => file !== widget).sort();

  it.each([
    [
      'the loader asks for every chunk a widget needs at once, not one level of imports at a time',
      `/cdn/candor@${VERSION}/candor.js`,
      true,
    ],
    [
      'control: a loader without its chunk list leaves the imports to be found one level at a time',
      `/nopreload/candor@${VERSION}/candor.js`,
      false,
    ],
  ])(
    '%s',
    async (_name, loader, preloads) => {
      const url = site.page(`chunks-${preloads}.html`, {
        head: `<script type="module" src="${loader}"></script>`,
        body: `<candor-review-summary data-load="eager"><script type="application/json">${SUMMARY}</script></candor-review-summary>`,
      });
      const { page, context, paths } = await openPage(browser, site);
      const asked = () => paths().map((path) => path.replace(/^\/(cdn|nopreload)\/candor@[^/]+\//, ''));
      // The widget's chunk is held back until everything it needs has been asked for (at most 3 s):
      // a browser left to find the imports itself asks for them only once the chunk has arrived.
      let askedWhileHeld: string[] = [];
      let held = false;
      await page.route(`**/${widget}`, async (route) => {
        held = true;
        for (const deadline = Date.now() + 3000; Date.now() < deadline && !needed.every((file) => asked().includes(file));) await pause(20);
        askedWhileHeld = needed.filter((file) => asked().includes(file));
        await route.continue();
      });
      await page.goto(url);
      await rendered(page, 'candor-review-summary');
      expect(held, `no request for ${widget} was seen: has the chunk been renamed?`).toBe(true);
      if (preloads) {
        expect(askedWhileHeld).toEqual(needed);
        // One request per chunk: the import() after the config reuses what the preload fetched.
        // (The Worker that builds the Intl formatters, intl-warmup.ts, loads no chunk of the page's.)
        // An empty summary shows only "how reviews work here", which the widget imports on demand
        // (review-summary.more.ts) once it knows the summary is empty: one request of its own.
        const onDemand = (manifest.files[widget]!.dynamicImports ?? []).filter((file) => /review-summary\.more/.test(file));
        // Asked for after the widget's first render: wait for it rather than read the requests at once.
        await expect.poll(() => onDemand.every((file) => asked().includes(file)), { timeout: 10_000 }).toBe(true);
        expect(
          asked()
            .filter((file) => file.endsWith('.js') && file != 'candor-engine-worker.js')
            .sort(),
        ).toEqual(['candor.js', manifest.widgetPath!, widget, ...needed, ...onDemand].sort());
      } else {
        // The widget's own imports (the summary reader, the stars) wait for it; only the runtime's were asked for.
        const ownImports = manifest.files[widget]!.imports!.filter((file) => !staticClosure(manifest, manifest.runtime!).has(file));
        expect(ownImports.length).toBeGreaterThan(0);
        for (const file of ownImports) expect(askedWhileHeld).not.toContain(file);
      }
      await context.close();
    },
    30_000,
  );
});

describe("the HTML parser's last task", () => {
  it('runs only the module itself: the reserve sheet, the inline config and the scan wait for a task of their own', async () => {
    // DOMContentLoaded is dispatched in the task that ran the deferred module scripts, right after
    // them: what Candor did in that task is done when it fires, and nothing of a later task is.
    site.file(
      'parser-task.js',
      `window.observed = 0;
      const observe = IntersectionObserver.prototype.observe;
      IntersectionObserver.prototype.observe = function (target) {
        window.observed++;
        return observe.call(this, target);
      };
      document.addEventListener('DOMContentLoaded', () => {
        window.atDomContentLoaded = { api: typeof window.Candor?.configure, sheets: document.adoptedStyleSheets.length, observed: window.observed };
      });`,
    );
    const url = site.page('parser-task.html', {
      head: `<script src="/parser-task.js"></script>${loaderTag()}`,
      body: `<candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel>`,
    });
    const { page, context, errors } = await openPage(browser, site);
    await page.goto(url);
    await rendered(page, 'candor-honesty-panel');
    const seen = await page.evaluate(() => ({
      atDomContentLoaded: (window as unknown as { atDomContentLoaded: unknown }).atDomContentLoaded,
      sheetsNow: document.adoptedStyleSheets.length,
      observedNow: (window as unknown as { observed: number }).observed > 0,
    }));
    // window.Candor is there for the page's own scripts; the reserve sheet and the panel's
    // observer (the default strategy, visible) come a task later.
    expect(seen).toEqual({ atDomContentLoaded: { api: 'function', sheets: 0, observed: 0 }, sheetsNow: 1, observedNow: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);
});

describe('modulepreload links', () => {
  it('each is appended on its own (appending one starts its request, 5 to 10 ms of a throttled phone’s CPU)', async () => {
    // Mutation records reach the observer once per run of microtasks: links appended in one go share a batch.
    site.file(
      'watch-preloads.js',
      `window.preloadBatches = [];
      new MutationObserver((records) => {
        const links = records.flatMap((record) => [...record.addedNodes]).filter((node) => node.rel === 'modulepreload');
        if (links.length) window.preloadBatches.push(links.length);
      }).observe(document.documentElement, { childList: true, subtree: true });`,
    );
    const url = site.page('preload-batches.html', {
      head: `<script src="/watch-preloads.js"></script>${loaderTag('data-load="eager"')}`,
      body: `<candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel>
        <candor-review-summary><script type="application/json">{"total":0,"rawAverage":null,"adjustedAverage":null,"trustedCount":0}</script></candor-review-summary>`,
    });
    const { page, context } = await openPage(browser, site);
    await page.goto(url);
    await rendered(page, 'candor-review-summary');
    const batches = await page.evaluate(() => (window as unknown as { preloadBatches: number[] }).preloadBatches);
    expect(Math.max(...batches)).toBe(1);
    // The runtime's, the panel's and the summary's chunks.
    expect(batches.length).toBeGreaterThan(3);
    await context.close();
  }, 30_000);
});

describe("the config validator's chunk", () => {
  const validator = 'candor-config.js';
  // The words for a config's problems: only for a config that fails the checks.
  const describer = 'candor-config-describe.js';
  const panel = `<candor-honesty-panel data-load="eager" ${PANEL_ATTRS}></candor-honesty-panel>`;
  const lang = (page: Page) =>
    page.evaluate(() => document.querySelector('candor-honesty-panel')!.shadowRoot!.querySelector('[lang]')?.getAttribute('lang'));

  it('is not downloaded by a page that hands Candor no config', async () => {
    expect(manifest.files[validator], `${validator} (the config validator) is missing from the bundle`).toBeTruthy();
    const url = site.page('no-config.html', { head: loaderTag(), body: panel });
    const { page, context, paths, errors } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    await rendered(page, 'candor-honesty-panel');
    expect(await lang(page)).toBe('en');
    expect(bundleFiles(paths())).not.toContain(validator);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it.each([
    ['a data-config file', loaderTag('data-config="/config-de.json"'), ''],
    ['inline JSON', loaderTag(), '<script type="application/json" data-candor-config>{"store":{"locale":"de"}}</script>'],
  ])(
    'is loaded on a page with %s, and the first content shown has the config',
    async (_what, head, inline) => {
      site.file('config-de.json', JSON.stringify({ version: 1, store: { locale: 'de' } }));
      const url = site.page(`config-${inline ? 'inline' : 'file'}.html`, { head: head + inline, body: panel });
      const { page, context, paths, errors, console: messages } = await openPage(browser, site);
      await page.goto(url);
      // The loader defines no widget before the config is applied: the first content it shows (once
      // the German strings are there) is in German.
      const first = await page.waitForFunction(() =>
        document.querySelector('candor-honesty-panel')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'),
      );
      expect(await first.jsonValue()).toBe('de');
      expect(bundleFiles(paths())).toContain(validator);
      expect(bundleFiles(paths())).not.toContain(describer);
      expect(errors).toEqual([]);
      expect(messages.filter((message) => message.type === 'error')).toEqual([]);
      await context.close();
    },
    30_000,
  );

  it('a config with a faulty product entry loads the words for it: the entry is left out with one console error, the rest applies from the first content', async () => {
    expect(manifest.files[describer], `${describer} is missing from the bundle`).toBeTruthy();
    site.file('config-faulty-product.json', JSON.stringify({ version: 1, store: { locale: 'de' }, products: { 'sku-1': { price: -1 } } }));
    const url = site.page('config-faulty-product.html', { head: loaderTag('data-config="/config-faulty-product.json"'), body: panel });
    const { page, context, paths, errors, console: messages } = await openPage(browser, site);
    await page.goto(url);
    const first = await page.waitForFunction(() =>
      document.querySelector('candor-honesty-panel')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'),
    );
    expect(await first.jsonValue()).toBe('de');
    expect(bundleFiles(paths())).toContain(describer);
    const problems = messages.filter((message) => message.type === 'error');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.text).toContain('$.products["sku-1"].price: expected a number from 0 to 1000000000, found -1');
    expect(problems[0]!.text).toContain('Left out: products sku-1; the rest of the store config applies.');
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);
});

describe('Subresource Integrity', () => {
  it.each([
    ['the manifest integrity: loads and renders', true],
    ['control: a wrong integrity value blocks the loader', false],
  ])(
    '%s',
    async (_name, right) => {
      const integrity = right ? manifest.files['candor.js']!.integrity : `sha384-${'A'.repeat(64)}`;
      const css = manifest.files['candor.css']!.integrity;
      const url = site.page(`sri-${right}.html`, {
        head: `<link rel="stylesheet" href="/cdn/candor@${VERSION}/candor.css" integrity="${css}" crossorigin="anonymous">
        <script type="module" src="${LOADER}" integrity="${integrity}" crossorigin="anonymous"></script>`,
        body: `<candor-honesty-panel data-load="eager" ${PANEL_ATTRS}></candor-honesty-panel>`,
      });
      const { page, context, console: messages } = await openPage(browser, site);
      await page.goto(url, { waitUntil: 'networkidle' });
      if (right) {
        await rendered(page, 'candor-honesty-panel');
        expect(messages.filter((message) => message.type === 'error')).toEqual([]);
      } else {
        await pause(300);
        expect(await page.evaluate(() => 'Candor' in window)).toBe(false);
        expect(messages.some((message) => message.text.includes('integrity'))).toBe(true);
      }
      await context.close();
    },
    30_000,
  );
});

describe('data-candor mount points', () => {
  it('creates the element inside the host, carries the data-* attributes over and keeps the fallback', async () => {
    const url = site.page('data-mounts.html', {
      head: loaderTag('data-dev'),
      body: `<div id="host" data-candor="honesty-panel" data-load="eager" ${PANEL_DATA}><p id="fallback">Honest facts are on their way.</p></div>
        <div id="unknown" data-candor="hype-meter"></div>`,
    });
    const { page, context, errors, console: messages } = await openPage(browser, site);
    await page.goto(url);
    await rendered(page, 'candor-honesty-panel');
    const mounted = await page.evaluate(() => {
      const element = document.querySelector('#host > candor-honesty-panel')!;
      return {
        attributes: element.getAttributeNames().sort(),
        price: element.getAttribute('price'),
        fallbackInside: element.querySelector('#fallback') !== null,
        hostChildren: document.querySelector('#host')!.children.length,
        inlineStyles: document.querySelectorAll('[style]').length,
        unknownChildren: document.querySelector('#unknown')!.children.length,
      };
    });
    expect(mounted).toEqual({
      attributes: ['currency', 'data-load', 'lifespan-years', 'price', 'use-unit', 'uses-per-year'],
      price: '89',
      fallbackInside: true,
      hostChildren: 1,
      inlineStyles: 0,
      unknownChildren: 0,
    });
    expect(errors).toEqual([]);
    const warnings = messages.filter((message) => message.type === 'warning').map((message) => message.text);
    expect(warnings).toEqual([
      expect.stringContaining('data-candor="hype-meter" is not a Candor widget; use one of: honesty-panel, review-summary, rating-badge'),
    ]);
    await context.close();
  }, 30_000);
});

const spacerCss = '<link rel="stylesheet" href="/spacer.css">';

describe('loading strategies', () => {
  const below = (attributes: string) =>
    `<div class="spacer"></div><candor-honesty-panel id="late" ${attributes} ${PANEL_ATTRS}></candor-honesty-panel>`;

  it('visible (the default): reserves space, loads nothing until the widget nears the viewport', async () => {
    site.file('spacer.css', '.spacer { block-size: 3000px; }');
    const url = site.page('visible.html', { head: `${spacerCss}${loaderTag()}`, body: below('') });
    const { page, context, paths } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    await pause(300);
    expect(bundleFiles(paths())).toEqual(['candor.js']);
    const reserved = await page.evaluate(() => {
      const element = document.querySelector('#late')!;
      return { defined: element.matches(':defined'), height: element.getBoundingClientRect().height, style: element.getAttribute('style') };
    });
    expect(reserved.defined).toBe(false);
    expect(reserved.height).toBeGreaterThanOrEqual(150); // min-block-size from the adopted sheet, not a style attribute
    expect(reserved.style).toBeNull();
    await page.evaluate(() => document.querySelector('#late')!.scrollIntoView());
    await rendered(page, 'candor-honesty-panel');
    expect(bundleFiles(paths())).toContain(manifest.widgets['honesty-panel']);
    await context.close();
  }, 30_000);

  it('a store can size the reserved space from its own stylesheet (--candor-reserve)', async () => {
    site.file('reserve.css', '.spacer { block-size: 3000px; } candor-honesty-panel { --candor-reserve: 420px; }');
    const url = site.page('reserve.html', { head: `<link rel="stylesheet" href="/reserve.css">${loaderTag()}`, body: below('') });
    const { page, context } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.querySelector('#late')!.getBoundingClientRect().height)).toBe(420);
    await context.close();
  }, 30_000);

  it.each([
    ['idle on the element', 'data-load="idle"', ''],
    ['eager on the element', 'data-load="eager"', ''],
    ['idle for the page', '', 'data-load="idle"'],
    ['eager for the page', '', 'data-load="eager"'],
  ])(
    '%s: loads below the fold without scrolling',
    async (_name, elementAttribute, scriptAttribute) => {
      const url = site.page(`strategy-${elementAttribute || scriptAttribute}.html`.replace(/[^a-z.-]/g, ''), {
        head: `${spacerCss}${loaderTag(scriptAttribute)}`,
        body: below(elementAttribute),
      });
      const { page, context } = await openPage(browser, site);
      await page.goto(url);
      await rendered(page, 'candor-honesty-panel');
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await context.close();
    },
    30_000,
  );
});

describe('layout shift', () => {
  const shiftsScript = `window.shift = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value; }).observe({ type: 'layout-shift', buffered: true });`;

  it.each([
    ['candor.css linked and --candor-reserve set: nothing moves', true, 0],
    ['control: no reserved space, the widget pushes the text after it', false, 1],
  ])(
    '%s',
    async (_name, reserved, expected) => {
      site.file('cls/shifts.js', shiftsScript);
      site.file('cls/page.css', 'h1 { font-size: 3rem; } candor-honesty-panel { --candor-reserve: 320px; }');
      const links = reserved
        ? `<link rel="stylesheet" href="/cdn/candor@${VERSION}/candor.css"><link rel="stylesheet" href="/cls/page.css">`
        : '';
      // The loader is added after the first paint (as a tag manager would), so the check does not
      // depend on whether the module happened to run before the browser painted.
      const url = site.page(`cls/${reserved ? 'reserved' : 'control'}.html`, {
        head: `${links}<script src="/cls/shifts.js"></script>`,
        body: `<h1>Trail jacket</h1><candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel><p>Text after the panel.</p>`,
      });
      const { page, context } = await openPage(browser, site);
      await page.goto(url, { waitUntil: 'networkidle' });
      await pause(300);
      await page.evaluate((src) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = src;
        script.dataset.load = 'eager';
        document.head.append(script);
      }, LOADER);
      await rendered(page, 'candor-honesty-panel');
      await pause(500);
      const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      if (expected === 0) expect(shift).toBe(0);
      else expect(shift).toBeGreaterThan(0.005);
      await context.close();
    },
    30_000,
  );
});

describe('elements that come and go after load (single-page apps, infinite scroll, quick view)', () => {
  it('upgrades elements added 1 s after load without any re-init, and lets go of removed ones', async () => {
    site.file('spacer.css', '.spacer { block-size: 3000px; }');
    const url = site.page('dynamic.html', {
      head: `${spacerCss}${loaderTag()}`,
      body: '<main id="app"><p>Loading the product…</p></main>',
    });
    const { page, context, errors, paths } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(bundleFiles(paths())).toEqual(['candor.js']);

    // A mount point added far below and removed again before it was ever seen: nothing loads.
    await page.evaluate(() => {
      const late = document.createElement('div');
      late.innerHTML =
        '<div class="spacer"></div><candor-honesty-panel id="gone" price="10" currency="EUR" lifespan-years="1" uses-per-year="10"></candor-honesty-panel>';
      document.body.append(late);
      setTimeout(() => late.remove(), 50);
    });
    await pause(200);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await pause(500);
    expect(bundleFiles(paths())).toEqual(['candor.js']);
    await page.evaluate(() => scrollTo(0, 0));

    await pause(1000);
    await page.evaluate((attrs) => {
      const app = document.querySelector('#app')!;
      app.innerHTML = `<candor-honesty-panel id="a" ${attrs}></candor-honesty-panel><div id="b" data-candor="honesty-panel" data-price="120" data-currency="EUR" data-lifespan-years="2" data-uses-per-year="50"></div>`;
    }, PANEL_ATTRS);
    await rendered(page, 'candor-honesty-panel');
    expect(await page.locator('candor-honesty-panel').count()).toBe(2);

    // Remove one; a config change then re-renders only the one still on the page, because the
    // removed element dropped its store-config subscription.
    const before = await page.evaluate(() => {
      const removed = document.querySelector('#a')!;
      removed.remove();
      (window as unknown as { removed: Element }).removed = removed;
      return removed.shadowRoot?.querySelector('[lang]')?.getAttribute('lang');
    });
    await page.evaluate(() =>
      (window as unknown as { Candor: { configure(config: object): void } }).Candor.configure({ store: { locale: 'de' } }),
    );
    await page.waitForFunction(
      () => document.querySelector('#b candor-honesty-panel')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === 'de',
    );
    await pause(300);
    const after = await page.evaluate(() =>
      (window as unknown as { removed: Element }).removed.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'),
    );
    expect(after).toBe(before);

    // Put back (a quick-view modal opened again): still a working widget, nothing loaded twice.
    const requestsBefore = paths().length;
    await page.evaluate(() => document.querySelector('#app')!.append((window as unknown as { removed: Element }).removed));
    await pause(200);
    expect(
      await page.evaluate(
        () => document.querySelector('#a')!.matches(':defined') && document.querySelector('#a')!.shadowRoot!.childNodes.length > 0,
      ),
    ).toBe(true);
    expect(paths().length).toBe(requestsBefore);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);
});

describe('configuration sources', () => {
  // Other languages load on demand, so the panel may briefly render without its [lang] wrapper.
  const langOf = (selector: string) => `document.querySelector('${selector}')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang')`;

  it('data-config file < inline JSON < data-locale < Candor.configure() (queued before load or called after)', async () => {
    site.file('cfg/candor.json', JSON.stringify({ version: 1, store: { locale: 'es', currency: 'EUR' } }));
    site.file('cfg/stub.js', 'window.Candor = window.Candor || { q: [] }; window.Candor.q.push({ honesty: { coolingOffHours: 24 } });');
    site.file('cfg/stub-locale.js', 'window.Candor = window.Candor || { q: [] }; window.Candor.q.push({ store: { locale: "ar" } });');
    const panel = `<candor-honesty-panel id="p" data-load="eager" ${PANEL_ATTRS}></candor-honesty-panel>`;
    const inline = (json: object) => `<script type="application/json" data-candor-config>${JSON.stringify(json)}</script>`;
    const cases: [string, string, string][] = [
      ['file', loaderTag('data-config="/cfg/candor.json"'), 'es'],
      ['inline', loaderTag('data-config="/cfg/candor.json"') + inline({ store: { locale: 'fr' } }), 'fr'],
      ['locale', loaderTag('data-config="/cfg/candor.json" data-locale="de"') + inline({ store: { locale: 'fr' } }), 'de'],
      ['queued', '<script src="/cfg/stub-locale.js"></script>' + loaderTag('data-config="/cfg/candor.json" data-locale="de"'), 'ar'],
    ];
    for (const [name, head, expected] of cases) {
      const { page, context, errors } = await openPage(browser, site);
      await page.goto(site.page(`cfg/${name}.html`, { head, body: panel }));
      await rendered(page, 'candor-honesty-panel');
      await page.waitForFunction(`${langOf('#p')} === '${expected}'`);
      expect(errors).toEqual([]);
      if (name === 'queued') {
        await page.evaluate(() =>
          (window as unknown as { Candor: { configure(config: object): void } }).Candor.configure({ store: { locale: 'en' } }),
        );
        await page.waitForFunction(`${langOf('#p')} === 'en'`);
      }
      await context.close();
    }
  }, 60_000);

  it('an invalid config is reported once and the widgets keep working with their defaults', async () => {
    site.file('bad/candor.json', JSON.stringify({ version: 1, stroe: { locale: 'de' } }));
    const { page, context, paths, errors, console: messages } = await openPage(browser, site);
    await page.goto(
      site.page('bad/index.html', {
        head: loaderTag('data-config="/bad/candor.json"'),
        body: `<candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel>`,
      }),
    );
    await rendered(page, 'candor-honesty-panel');
    const problems = messages.filter((message) => message.type === 'error');
    expect(problems).toHaveLength(1);
    // The words for it are a chunk of their own, loaded for such a config only, and still say where and what.
    expect(problems[0]!.text).toContain('$.stroe: unknown key "stroe"; did you mean "store"?');
    expect(bundleFiles(paths())).toContain('candor-config-describe.js');
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  // Each config-failure test builds and opens its own page in full (alike by design), so it reads on its own.
  it('a config file that cannot be fetched is one console error, not a broken page', async () => {
    const { page, context, errors, console: messages, paths } = await openPage(browser, site);
    await page.goto(
      site.page('missing-config.html', {
        head: loaderTag('data-config="/nowhere.json"'),
        body: `<candor-honesty-panel ${PANEL_ATTRS}></candor-honesty-panel>`,
      }),
    );
    await rendered(page, 'candor-honesty-panel');
    expect(messages.filter((message) => message.type === 'error' && message.text.startsWith('[candor]'))).toEqual([
      { type: 'error', text: expect.stringContaining('could not load the store config /nowhere.json (Error: HTTP 404)') },
    ]);
    // Its words are a chunk of their own, loaded for an error only (a page that works loads candor.js alone, above).
    expect(bundleFiles(paths())).toContain('candor-loader-errors.js');
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);
});

describe('two copies on one page', () => {
  it.each([
    ['the same version from another URL', `/self/candor@${VERSION}/candor.js`, VERSION],
    ['another version', '/old/candor@0.0.9/candor.js', '0.0.9'],
  ])(
    '%s: no error, one registration, one dev-mode warning',
    async (_name, second, secondVersion) => {
      const url = site.page(`twice-${secondVersion}.html`, {
        head: `${loaderTag('data-dev')}<script type="module" src="${second}" data-dev></script>`,
        body: `<candor-honesty-panel data-load="eager" ${PANEL_ATTRS}></candor-honesty-panel>`,
      });
      const { page, context, errors, console: messages, paths } = await openPage(browser, site);
      await page.goto(url);
      await rendered(page, 'candor-honesty-panel');
      await pause(300);
      expect(errors).toEqual([]);
      expect(messages.filter((message) => message.type === 'error')).toEqual([]);
      const warnings = messages.filter((message) => message.type === 'warning').map((message) => message.text);
      expect(warnings).toEqual([expect.stringContaining(`Candor ${secondVersion} (`)]);
      expect(warnings[0]).toContain(`Candor ${VERSION} already runs this page`);
      // The second copy downloaded nothing beyond its own loader.
      const secondFolder = second.slice(0, second.lastIndexOf('/') + 1);
      expect(paths().filter((path) => path.startsWith(secondFolder))).toEqual([second]);
      expect(await page.evaluate(() => (window as unknown as { Candor: { version: string } }).Candor.version)).toBe(VERSION);
      await context.close();
    },
    30_000,
  );

  it('without data-dev, a second copy is silent', async () => {
    const url = site.page('twice-quiet.html', {
      head: `${loaderTag()}<script type="module" src="/old/candor@0.0.9/candor.js"></script>`,
      body: `<candor-honesty-panel data-load="eager" ${PANEL_ATTRS}></candor-honesty-panel>`,
    });
    const { page, context, errors, console: messages } = await openPage(browser, site);
    await page.goto(url);
    await rendered(page, 'candor-honesty-panel');
    expect(errors).toEqual([]);
    expect(messages.filter((message) => message.type === 'warning' || message.type === 'error')).toEqual([]);
    await context.close();
  }, 30_000);
});
