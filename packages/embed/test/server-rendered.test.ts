/**
 * HTML first with the script tag: widgets written by `candor render` (the built CLI, from the demo
 * store's summaries and candor.json) in a product page that loads the built loader, in real
 * headless Chromium.
 *
 * - With JavaScript disabled the badge, the panel and the summary show their text and pass axe.
 * - With JavaScript, the loader leaves them as the server wrote them and hydrates each one only when
 *   it comes near the viewport (the summary below the fold keeps `defer-hydration`, and its chunk
 *   is not even fetched, until it is scrolled to) or is first focused; hydrated, the server's nodes
 *   are still the page's (taken over, not re-rendered), every widget's text is what it was before
 *   any script ran, CLS is 0, nothing is logged to the console, axe passes, and the panel's
 *   buttons work.
 * - A widget rendered by another version (its template hash altered) logs one console error and
 *   renders afresh, with its text once; no uncaught error.
 * - Control: the same check run on a copy of the bundle whose hydration chunk installs nothing (so
 *   the widgets render afresh into their shadow roots, as the loader did before) finds the panel's
 *   text changed (shown twice: the server's and the fresh render) and a layout shift: it can fail.
 * Needs `pnpm build` first (the bundle and the CLI).
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutShiftObserver } from '../../../test/support/layout-shift.js';
import { BUNDLE_DIR, EMBED_DIR, launchChromium, LOADER, openPage, TestSite, VERSION, type Observed } from './support/harness.js';
import { DEMO_STORE, hydrated, renderDemoStore } from './support/render-demo.js';

const repo = join(EMBED_DIR, '../..');
const store = DEMO_STORE;
const axeSource = readFileSync(join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['candor-rating-badge', 'candor-honesty-panel', 'candor-review-summary'] as const;
const CONTROL = `/control/candor@${VERSION}/candor.js`;

/**
 * Before any script of the page runs (the loader is a module script: it runs after parsing), each
 * widget's first rendered node, its text and its size; and every layout shift from then on.
 */
const SERVER_STATE = `(() => {
  const m = { cls: 0, shifts: [] };
  Object.defineProperty(window, '__metrics', { value: m });
  ${layoutShiftObserver('m')}
  // What a reader gets of a shadow root: its text, without its style sheets and inline data.
  window.__textOf = (root) => [...root.childNodes].filter((node) => /^(#text|(?!STYLE$|SCRIPT$)[A-Z].*)$/.test(node.nodeName))
    .map((node) => node.textContent).join(' ').replace(/\\s+/g, ' ').trim();
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const widgets = [...document.querySelectorAll(${JSON.stringify(TAGS.join())})];
    window.__server = widgets.map((element) => ({
      node: element.shadowRoot && element.shadowRoot.querySelector('[part], p, span'),
      text: element.shadowRoot ? window.__textOf(element.shadowRoot) : '',
      size: [element.offsetWidth, element.offsetHeight],
    }));
  }, { once: true });
})();`;

let site: TestSite;
let browser: Browser;

const widget = (product: string, name: string) => readFileSync(join(site.dir, 'rendered/en-GB', product, `${name}.html`), 'utf8');

/** The jacket's page as a store template writes it: badge and panel at the top, the summary far below the fold, then the script tag. */
function jacketPage(loader: string, extra = ''): string {
  return `<main>
  <h1>Ridgeline trail jacket</h1>
  ${widget('trail-jacket', 'badge')}
  <p>£89</p>
  ${widget('trail-jacket', 'panel')}
  <div class="spacer"></div>
  <section aria-label="Reviews">${widget('trail-jacket', 'summary')}</section>
  ${extra}
</main>
<script type="module" src="${loader}" data-config="/candor.json"></script>`;
}

beforeAll(async () => {
  site = new TestSite();
  renderDemoStore(join(site.dir, 'rendered'));
  site.file('candor.json', readFileSync(join(store, 'candor.json'), 'utf8'));
  const head = `<meta name="viewport" content="width=device-width, initial-scale=1"><style>.spacer { block-size: 2400px; }</style>`;
  site.page('jacket.html', { head, lang: 'en-GB', body: jacketPage(LOADER) });
  // The same HTML with no script: axe runs there (it needs JavaScript; the page's own scripts do not run).
  site.page('jacket-server.html', { head, lang: 'en-GB', body: jacketPage(LOADER).replace(/<script type="module"[^]*?<\/script>/, '') });
  site.page('jacket-control.html', { head, lang: 'en-GB', body: jacketPage(CONTROL) });
  // A badge rendered by another version: its template's hash in the server's markers differs.
  const stale = jacketPage(LOADER).replace(/<!--lit-part [^>]*?-->/, '<!--lit-part AAAAAAAAAAA=-->');
  site.page('stale-badge.html', { head, lang: 'en-GB', body: stale });
  // A second panel far below the fold, to be woken by focus alone.
  site.page('two-panels.html', { head, lang: 'en-GB', body: jacketPage(LOADER, widget('canvas-daypack', 'panel')) });
  // The control bundle: the same files, but a hydration chunk that installs nothing.
  const control = join(site.dir, `control/candor@${VERSION}`);
  cpSync(BUNDLE_DIR, control, { recursive: true });
  const hydration = join(control, 'candor-hydrate-on-demand.js');
  if (!existsSync(hydration)) throw new Error(`${hydration}: the bundle has no hydration chunk`);
  writeFileSync(hydration, 'export {};\n');
  await site.start();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(path: string, javaScriptEnabled = true): Promise<Observed> {
  const observed = await openPage(browser, site, { viewport: { width: 1000, height: 700 } });
  if (!javaScriptEnabled) {
    await observed.context.close();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/${path}`);
    return { ...observed, page, context };
  }
  await observed.context.addInitScript(SERVER_STATE);
  await observed.page.goto(`${site.url}/${path}`, { waitUntil: 'load' });
  return observed;
}

const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** What changed since the server's HTML was parsed: nodes replaced, text or size changed, layout shifts. */
async function changes(page: Page): Promise<string[]> {
  return page.evaluate((tags) => {
    const w = window as unknown as {
      __server: { node: Node | null; text: string; size: number[] }[];
      __metrics: { cls: number; shifts: unknown[] };
      __textOf: (root: ShadowRoot) => string;
    };
    const widgets = [...document.querySelectorAll<HTMLElement>(tags.join())];
    const found: string[] = [];
    widgets.forEach((element, index) => {
      const server = w.__server[index]!;
      const name = `${element.localName} #${index}`;
      if (!server.node?.isConnected) found.push(`${name}: the server's nodes were replaced`);
      const text = w.__textOf(element.shadowRoot!);
      if (text !== server.text) found.push(`${name}: text changed from "${server.text.slice(0, 80)}" to "${text.slice(0, 80)}"`);
      const size = [element.offsetWidth, element.offsetHeight];
      if (size.join() !== server.size.join()) found.push(`${name}: size changed from ${server.size.join('x')} to ${size.join('x')}`);
    });
    if (w.__metrics.cls !== 0) found.push(`CLS ${w.__metrics.cls}: ${JSON.stringify(w.__metrics.shifts)}`);
    return found;
  }, TAGS);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } })
      .axe;
    return (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

const text = (page: Page, tag: string) => page.locator(`${tag} [lang]`).first().innerText();

describe('server-rendered widgets with the script-tag loader (headless Chromium)', { timeout: 120_000 }, () => {
  it('with JavaScript disabled, the badge, the panel and the summary show their text; the server HTML passes axe', async () => {
    const { page, context } = await open('jacket.html', false);
    expect(await text(page, 'candor-rating-badge')).toMatch(/4\.0/);
    expect(await text(page, 'candor-honesty-panel')).toContain('About £0.75 per wear over 3 years');
    expect(await text(page, 'candor-review-summary')).toContain('402');
    await context.close();

    const server = await open('jacket-server.html');
    expect(await server.page.evaluate(() => document.querySelectorAll('[defer-hydration]').length)).toBe(3);
    expect(await axeViolations(server.page)).toEqual([]);
    expect(server.console).toEqual([]);
    await server.context.close();
  });

  it('hydrates the widgets near the viewport and leaves the one below the fold until it is scrolled to, changing nothing a shopper sees', async () => {
    const observed = await open('jacket.html');
    const { page, context } = observed;
    await hydrated(page, 'candor-rating-badge');
    await hydrated(page, 'candor-honesty-panel');
    await frames(page);
    // Below the fold: not hydrated, and its chunk not even fetched.
    expect(await page.locator('candor-review-summary').evaluate((element) => element.hasAttribute('defer-hydration'))).toBe(true);
    expect(observed.paths().filter((path) => path.includes('review-summary'))).toEqual([]);
    expect(await changes(page)).toEqual([]);

    await page.locator('candor-review-summary').scrollIntoViewIfNeeded();
    await hydrated(page, 'candor-review-summary');
    await frames(page);
    expect(await changes(page)).toEqual([]);
    expect(observed.console).toEqual([]);
    expect(observed.errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('a widget far below the fold hydrates on its first focus, without being scrolled near', async () => {
    const observed = await open('two-panels.html');
    const { page, context } = observed;
    await hydrated(page, 'candor-honesty-panel');
    const far = page.locator('candor-honesty-panel').nth(1);
    expect(await far.evaluate((element) => element.hasAttribute('defer-hydration'))).toBe(true);
    await far.evaluate((element) => element.shadowRoot!.querySelector<HTMLElement>('button')!.focus({ preventScroll: true }));
    await page.waitForFunction(() => !document.querySelectorAll('candor-honesty-panel')[1]!.hasAttribute('defer-hydration'), null, {
      timeout: 30_000,
    });
    // Still far out of view: focus woke it, not the viewport.
    expect(await far.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThan(700 + 300);
    await frames(page);
    expect(await changes(page)).toEqual([]);
    expect(observed.console).toEqual([]);
    await context.close();
  });

  it("after hydration the panel's buttons work: saving for later", async () => {
    const observed = await open('jacket.html');
    const { page, context } = observed;
    await hydrated(page, 'candor-honesty-panel');
    await page.evaluate(() => {
      const w = window as unknown as { __saved: unknown[] };
      w.__saved = [];
      document.addEventListener('candor-cooling-off-saved', (event) => w.__saved.push((event as CustomEvent).detail));
    });
    await page.locator('candor-honesty-panel button[part~="save-button"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __saved: unknown[] }).__saved.length)).toBe(1);
    await expect.poll(() => text(page, 'candor-honesty-panel')).toMatch(/Forget/i);
    expect(observed.console).toEqual([]);
    await context.close();
  });

  it('a widget rendered by another version says so once and renders afresh, throwing nothing into the page', async () => {
    const observed = await open('stale-badge.html');
    const { page, context } = observed;
    await hydrated(page, 'candor-rating-badge');
    await hydrated(page, 'candor-honesty-panel');
    await frames(page);
    expect(observed.errors).toEqual([]);
    expect(observed.console.map((message) => message.type)).toEqual(['error']);
    expect(observed.console[0]!.text).toMatch(/<candor-rating-badge> was rendered on the server by another version of Candor/);
    expect(await text(page, 'candor-rating-badge')).toMatch(/4\.0/);
    // Rendered afresh (new nodes), with the same text once, not the server's and its own side by side.
    const found = await changes(page);
    expect(found).toContain("candor-rating-badge #0: the server's nodes were replaced");
    expect(found.filter((line) => line.includes('text changed'))).toEqual([]);
    await context.close();
  });

  it('control: a loader that renders the widgets afresh (no hydration support) fails the same check', async () => {
    const observed = await open('jacket-control.html');
    const { page, context } = observed;
    await page.waitForFunction(
      () => (document.querySelector('candor-honesty-panel') as { hasUpdated?: boolean } | null)?.hasUpdated === true,
      null,
      {
        timeout: 30_000,
      },
    );
    await frames(page);
    // Measured: the panel's text shown twice (the server's and a fresh render) and CLS 0.54.
    const found = await changes(page);
    expect(found).toEqual(
      expect.arrayContaining([expect.stringMatching(/^candor-honesty-panel #1: text changed/), expect.stringMatching(/^CLS /)]),
    );
    await context.close();
  });
});
