/**
 * HTML first: widgets written by `candor render` (the built CLI), included in a plain product page,
 * then read in real headless Chromium.
 *
 * - With JavaScript disabled, the badge, the summary and the panel show their text (declarative
 *   shadow DOM), in English and in Arabic.
 * - axe-core finds no violations in the server HTML (scripts of the page left out) nor after hydration.
 * - With JavaScript, `hydrateCandor` (the built `@candor/elements/hydrate.js`, bundled as a store
 *   would) takes over the server's DOM: the nodes rendered by the server are still the ones in the
 *   page afterwards (hydrated, not re-rendered), every widget's text is the same as before, CLS is
 *   0 (PerformanceObserver 'layout-shift', buffered), no console errors; then the events fire: saving
 *   for later in the panel, switching a check off in the summary (its figure recomputes).
 * Needs `pnpm build` first (npm test does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { chromium, type Browser, type Page } from 'playwright';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toInlineJson } from '@candor/core';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { CLS_SCRIPT } from '../support/layout-shift.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'packages/cli/dist/bin.js');
const hydrateEntry = join(repo, 'packages/elements/dist/hydrate.js');
const built = existsSync(bin) && existsSync(hydrateEntry);
const store = join(repo, 'examples/demo-store');
const configText = readFileSync(join(store, 'candor.json'), 'utf8');
const axeSource = readFileSync(join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['candor-rating-badge', 'candor-review-summary', 'candor-honesty-panel'] as const;

let server: Server;
let base: string;
let browser: Browser;
let rendered: string;
let bundleDir: string;

/** A product page as a store's template would write it: the three rendered widgets, and optionally the hydration script. */
function productPage(locale: string, hydrate: boolean): string {
  const widget = (name: string) => readFileSync(join(rendered, locale, 'trail-jacket', `${name}.html`), 'utf8');
  const lang = locale.split('-')[0];
  const script = hydrate
    ? `<script type="application/json" id="store-config">${toInlineJson(JSON.parse(configText))}</script>
<script type="module">
  const tags = ${JSON.stringify(TAGS)};
  // The nodes the server rendered, to prove hydration keeps them.
  window.__serverNodes = tags.map((tag) => document.querySelector(tag).shadowRoot.querySelector('[part], p, span'));
  window.__serverText = tags.map((tag) => document.querySelector(tag).shadowRoot.textContent.replace(/\\s+/g, ' ').trim());
  const { hydrateCandor } = await import('/bundle/hydrate.js');
  await hydrateCandor({ config: JSON.parse(document.getElementById('store-config').textContent) });
  window.__hydrated = true;
</script>`
    : '';
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ridgeline trail jacket</title></head>
<body>
<main>
  <h1>Ridgeline trail jacket</h1>
  ${widget('badge')}
  <p>£89</p>
  ${widget('panel')}
  <section aria-label="Reviews">${widget('summary')}</section>
</main>
${script}
</body></html>`;
}

beforeAll(async () => {
  if (!built) return;
  rendered = mkdtempSync(join(tmpdir(), 'candor-ssr-'));
  execFileSync(
    process.execPath,
    [
      bin,
      'render',
      join(store, 'data/summaries'),
      '--config',
      join(store, 'candor.json'),
      '--out',
      rendered,
      '--product',
      'trail-jacket',
      '--locale',
      'en-GB',
      '--locale',
      'ar',
    ],
    { stdio: 'pipe' },
  );
  // The hydration entry bundled as a store's build would (ESM, browser conditions, production Lit).
  bundleDir = mkdtempSync(join(tmpdir(), 'candor-ssr-bundle-'));
  const bundle = await rollup({
    input: hydrateEntry,
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] })],
    onwarn: () => undefined,
  });
  await bundle.write({ dir: bundleDir, format: 'es', entryFileNames: 'hydrate.js' });
  await bundle.close();
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = /^\/(en-GB|ar)\/(hydrate|server)\.html$/.exec(url.pathname);
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void response.end(productPage(page[1]!, page[2] === 'hydrate'));
    }
    if (url.pathname.startsWith('/bundle/')) {
      const file = normalize(join(bundleDir, url.pathname.slice('/bundle/'.length)));
      if (file.startsWith(bundleDir) && existsSync(file) && extname(file) === '.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        return void response.end(readFileSync(file));
      }
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript(CLS_SCRIPT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return { page, context, errors };
}

async function axeViolations(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } })
      .axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

type SplitThemes = { themes: Record<'pros' | 'cons', { split?: { positive: number; negative: number } }[]> };

/** What a reader sees of a widget: its shadow content (wrapped in the element that carries `lang`). */
const text = (page: Page, tag: string) => page.locator(`${tag} [lang]`).first().innerText();

describe.skipIf(!built)('server-rendered widgets (candor render) in Chromium', { timeout: 90_000 }, () => {
  it('with JavaScript disabled, the badge, the panel and the whole summary are there to read, in English and Arabic', async () => {
    const { page, context } = await open('/en-GB/hydrate.html', { javaScriptEnabled: false });
    expect(await text(page, 'candor-rating-badge')).toMatch(/4\.0/);
    const panel = await text(page, 'candor-honesty-panel');
    expect(panel).toContain('About £0.75 per wear over 3 years');
    expect(panel).toContain('Frequently returned: 22% of buyers sent it back.');
    const summary = await text(page, 'candor-review-summary');
    expect(summary).toContain('402');
    // Every theme reviews split on says so in words, with the summary's own counts, on each side it is shown.
    const themes = (JSON.parse(readFileSync(join(store, 'data/summaries/trail-jacket.json'), 'utf8')) as SplitThemes).themes;
    const splits = [...themes.pros, ...themes.cons].filter((theme) => theme.split);
    expect(splits.length).toBeGreaterThan(0);
    const said = summary.match(/Reviews split: \d+ likes? it, \d+ (?:does|do) not/g) ?? [];
    expect(said.length).toBe(splits.length);
    for (const { split } of splits)
      expect(summary).toMatch(new RegExp(`Reviews split: ${split!.positive} likes? it, ${split!.negative} (?:does|do) not`));
    // With scripting off the frame is open: the policy links at its very end are visible, not clipped.
    const policy = page.locator('candor-review-summary a[href="/policies/fake-reviews.html"]');
    await expect.poll(() => policy.isVisible()).toBe(true);
    const box = (await page.locator('candor-review-summary').boundingBox())!;
    const link = (await policy.boundingBox())!;
    expect(link.y + link.height).toBeLessThanOrEqual(box.y + box.height);
    await context.close();

    const arabic = await open('/ar/hydrate.html', { javaScriptEnabled: false });
    const arPanel = await text(arabic.page, 'candor-honesty-panel');
    expect(arPanel).toMatch(/تكلفة/);
    expect(arPanel).not.toContain('Cost per use');
    expect(await text(arabic.page, 'candor-review-summary')).toContain('الآراء منقسمة');
    await arabic.context.close();
  });

  it('the server HTML passes axe with no script of the page running', async () => {
    for (const locale of ['en-GB', 'ar']) {
      const { page, context, errors } = await open(`/${locale}/server.html`);
      expect(await page.locator('candor-honesty-panel').evaluate((element) => element.shadowRoot?.childElementCount ?? 0)).toBeGreaterThan(
        0,
      );
      expect(await axeViolations(page), locale).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('hydrates without re-rendering: same nodes, same text, CLS 0, no console errors, axe clean', async () => {
    for (const locale of ['en-GB', 'ar']) {
      const { page, context, errors } = await open(`/${locale}/hydrate.html`);
      await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true, null, { timeout: 30_000 });
      // Two frames for anything hydration would still change (the summary measures its frame in one).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const state = await page.evaluate((tags) => {
        const w = window as unknown as {
          __serverNodes: (Element | null)[];
          __serverText: string[];
          __metrics: { cls: number; shifts: unknown[] };
        };
        return {
          kept: w.__serverNodes.map((node) => !!node && node.isConnected),
          before: w.__serverText,
          after: tags.map((tag) => document.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()),
          deferred: document.querySelectorAll('[defer-hydration]').length,
          cls: w.__metrics.cls,
          shifts: w.__metrics.shifts,
        };
      }, TAGS);
      expect(state.deferred, locale).toBe(0);
      expect(state.kept, locale).toEqual([true, true, true]);
      expect(state.after, locale).toEqual(state.before);
      expect(state.cls, `${locale}: ${JSON.stringify(state.shifts)}`).toBe(0);
      expect(errors, locale).toEqual([]);
      expect(await axeViolations(page), locale).toEqual([]);
      await context.close();
    }
  });

  it('after hydration the events fire: saving for later, and switching a check off recomputes the figure', async () => {
    const { page, context, errors } = await open('/en-GB/hydrate.html');
    await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true, null, { timeout: 30_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __events: { type: string; detail: unknown }[] };
      w.__events = [];
      for (const type of ['candor-cooling-off-saved', 'candor-check-toggle'])
        document.addEventListener(type, (event) => w.__events.push({ type, detail: (event as CustomEvent).detail }));
    });
    await page.locator('candor-honesty-panel button[part~="save-button"]').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __events: { type: string }[] }).__events.map((event) => event.type)))
      .toContain('candor-cooling-off-saved');
    await expect.poll(() => text(page, 'candor-honesty-panel')).toMatch(/Forget/i);

    const summary = page.locator('candor-review-summary');
    await summary.locator('details summary').first().click();
    const box = summary.locator('input[type="checkbox"]').first();
    expect(await box.isChecked()).toBe(true);
    await box.click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __events: { type: string; detail: { applied: boolean } }[] }).__events.filter(
            (event) => event.type === 'candor-check-toggle',
          ),
        ),
      )
      .toHaveLength(1);
    const toggled = await page.evaluate(
      () =>
        (window as unknown as { __events: { type: string; detail: { applied: boolean; adjustedAverage: number } }[] }).__events.find(
          (event) => event.type === 'candor-check-toggle',
        )!.detail,
    );
    expect(toggled.applied).toBe(false);
    expect(await box.isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
