/**
 * HTML first with the script tag, the shopper's side: widgets written by `candor render` (the
 * built CLI, from the demo store's summaries and candor.json) are pressed before their code has
 * arrived, and are added to the page after it loaded, in real headless Chromium.
 *
 * - A press that lands before the widget has hydrated (its chunk held back by the test) takes
 *   effect once it has: "save for later" saves once even when pressed twice, the summary's expand
 *   button pressed with the keyboard expands it and keeps focus, and a check switch pressed twice
 *   ends where it began (one press turns it off and recomputes).
 * - A server-rendered widget added after load with its declarative shadow root (a section parsed
 *   with `setHTMLUnsafe`, as streamed HTML is) hydrates: the server's nodes stay, no re-render. One
 *   added with `innerHTML` (a Shopify Section Rendering API response: no shadow root is parsed)
 *   renders in the browser, with its text once and nothing in the console.
 * Measured before the fix (the same tests on the bundle of main): the early presses did nothing
 * (0 saves, the summary not expanded, the check still applied); the widget added with its shadow
 * root kept `defer-hydration` for ever, and the one added with innerHTML stayed empty.
 * Needs `pnpm build` first (the bundle and the CLI).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, LOADER, openPage, readManifest, TestSite, type Observed } from './support/harness.js';
import { DEMO_STORE, hydrated, renderDemoStore } from './support/render-demo.js';

const store = DEMO_STORE;

let site: TestSite;
let browser: Browser;

const widget = (product: string, name: string) => readFileSync(join(site.dir, 'rendered/en-GB', product, `${name}.html`), 'utf8');

beforeAll(async () => {
  site = new TestSite();
  renderDemoStore(join(site.dir, 'rendered'));
  site.file('candor.json', readFileSync(join(store, 'candor.json'), 'utf8'));
  const head = `<meta name="viewport" content="width=device-width, initial-scale=1">`;
  const script = `<script type="module" src="${LOADER}" data-config="/candor.json"></script>`;
  // The panel and the summary both in view, so a test can press either before its chunk arrives.
  site.page('jacket.html', {
    head,
    lang: 'en-GB',
    body: `<main><h1>Ridgeline trail jacket</h1>${widget('trail-jacket', 'panel')}<section aria-label="Reviews">${widget('trail-jacket', 'summary')}</section></main>${script}`,
  });
  // A page that loads with one server-rendered widget; sections are added to it later.
  site.page('sections.html', {
    head,
    lang: 'en-GB',
    body: `<main><h1>Ridgeline trail jacket</h1>${widget('trail-jacket', 'badge')}<div id="more"></div></main>${script}`,
  });
  site.file('section.txt', `<div class="section">${widget('canvas-daypack', 'panel')}</div>`);
  await site.start();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** Holds back the chunk of each widget named until the returned release is called. */
async function holdChunks(page: Page, names: string[]): Promise<{ requested: () => string[]; release: () => Promise<void> }> {
  const manifest = readManifest();
  const held: Route[] = [];
  const requested: string[] = [];
  let released = false;
  for (const name of names) {
    const chunk = manifest.widgets[name];
    if (!chunk) throw new Error(`the bundle has no chunk for <candor-${name}>`);
    await page.route(`**/${chunk}`, (route) => {
      requested.push(name);
      if (released) return route.continue();
      held.push(route);
    });
  }
  return {
    requested: () => requested,
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

async function open(path: string, hold: string[] = []): Promise<Observed & { chunks: Awaited<ReturnType<typeof holdChunks>> }> {
  const observed = await openPage(browser, site, { viewport: { width: 1000, height: 1400 } });
  const chunks = await holdChunks(observed.page, hold);
  await observed.page.goto(`${site.url}/${path}`, { waitUntil: 'domcontentloaded' });
  return { ...observed, chunks };
}

const isHydrated = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluate((element: HTMLElement & { hasUpdated?: boolean }) => !element.hasAttribute('defer-hydration') && element.hasUpdated === true);

/**
 * Resolves once the page's hydration chunk has run: it keeps the presses from then on (before it,
 * a press finds no Candor code on the page at all, as before this chunk existed).
 */
async function hydrationChunkRan(observed: Observed): Promise<void> {
  await expect.poll(() => observed.paths().some((path) => path.includes('candor-hydrate-on-demand.js'))).toBe(true);
  await observed.requests.find((request) => request.url().includes('candor-hydrate-on-demand.js'))!.response();
  await settle(observed.page);
}

/** What a reader gets of a widget: the rendered text of its shadow root (not its style sheets or inline data). */
const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) =>
    [...element.shadowRoot!.children]
      .filter((child) => !['STYLE', 'SCRIPT', 'LINK'].includes(child.nodeName))
      .map((child) => (child as HTMLElement).innerText)
      .join(' '),
  );

/** A few frames and a timer later: time for a replay that should not happen to happen. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));

describe('a press before hydration takes effect once the widget has hydrated (headless Chromium)', { timeout: 120_000 }, () => {
  it('"save for later" pressed twice before the panel\'s chunk arrived saves once, after hydration', async () => {
    const observed = await open('jacket.html', ['honesty-panel']);
    const { page, context, chunks, console: logged, errors } = observed;
    await hydrationChunkRan(observed);
    await page.evaluate(() => {
      const w = window as unknown as { __saved: number };
      w.__saved = 0;
      document.addEventListener('candor-cooling-off-saved', () => w.__saved++);
    });
    await expect.poll(() => chunks.requested()).toContain('honesty-panel');
    const save = page.locator('candor-honesty-panel button[part~="save-button"]');
    await save.click();
    await save.click();
    expect(await isHydrated(page, 'candor-honesty-panel')).toBe(false);
    await chunks.release();
    await hydrated(page, 'candor-honesty-panel');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __saved: number }).__saved)).toBe(1);
    await expect.poll(() => shadowText(page, 'candor-honesty-panel')).toMatch(/Forget/i);
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as { __saved: number }).__saved)).toBe(1);
    expect(logged).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the summary's expand button, pressed with the keyboard before hydration, expands it once hydrated and keeps focus", async () => {
    const observed = await open('jacket.html', ['review-summary']);
    const { page, context, chunks, console: logged, errors } = observed;
    await hydrationChunkRan(observed);
    const expand = page.locator('candor-review-summary button[part="expand"]');
    await expand.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chunks.requested()).toContain('review-summary');
    expect(await isHydrated(page, 'candor-review-summary')).toBe(false);
    expect(await expand.getAttribute('aria-expanded')).toBe('false');
    await chunks.release();
    await hydrated(page, 'candor-review-summary');
    await expect.poll(() => expand.getAttribute('aria-expanded')).toBe('true');
    await settle(page);
    expect(await expand.getAttribute('aria-expanded')).toBe('true');
    expect(
      await page.evaluate(() => document.querySelector('candor-review-summary')!.shadowRoot!.activeElement?.getAttribute('part')),
    ).toBe('expand');
    expect(logged).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a check switch pressed once before hydration is turned off and recomputes once hydrated; pressed twice, it ends where it began', async () => {
    const observed = await open('jacket.html', ['review-summary']);
    const { page, context, chunks, console: logged, errors } = observed;
    await hydrationChunkRan(observed);
    // "Show our work" is a <details>: it opens with no script at all.
    await page.locator('candor-review-summary details > summary').first().click();
    const boxes = page.locator('candor-review-summary input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(1);
    await boxes.nth(0).click();
    await boxes.nth(1).click();
    await boxes.nth(1).click();
    await expect.poll(() => chunks.requested()).toContain('review-summary');
    expect(await isHydrated(page, 'candor-review-summary')).toBe(false);
    await page.evaluate(() => {
      const w = window as unknown as { __toggles: unknown[] };
      w.__toggles = [];
      document.addEventListener('candor-check-toggle', (event) => w.__toggles.push((event as CustomEvent).detail));
    });
    await chunks.release();
    await hydrated(page, 'candor-review-summary');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __toggles: unknown[] }).__toggles.length)).toBe(1);
    await settle(page);
    const toggles = await page.evaluate(() => (window as unknown as { __toggles: { applied: boolean }[] }).__toggles);
    expect(toggles).toHaveLength(1);
    expect(toggles[0]!.applied).toBe(false);
    expect(await boxes.nth(0).isChecked()).toBe(false);
    expect(await boxes.nth(1).isChecked()).toBe(true);
    await expect.poll(() => page.locator('candor-review-summary [role="status"]').first().innerText()).toMatch(/\S/);
    expect(logged).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('server-rendered widgets added after the page loaded (headless Chromium)', { timeout: 120_000 }, () => {
  it('a section parsed with its declarative shadow root (setHTMLUnsafe) hydrates: the server nodes stay', async () => {
    const { page, context, console: logged, errors } = await open('sections.html');
    await hydrated(page, 'candor-rating-badge');
    const section = await (await page.request.get(`${site.url}/section.txt`)).text();
    await page.evaluate((html) => {
      const more = document.getElementById('more')!;
      (more as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html);
      const panel = more.querySelector('candor-honesty-panel')!;
      (window as unknown as { __first: Node | null }).__first = panel.shadowRoot?.querySelector('[part]') ?? null;
      (window as unknown as { __text: string }).__text = panel.shadowRoot?.querySelector('[part]')?.textContent ?? '';
    }, section);
    await hydrated(page, '#more candor-honesty-panel');
    await settle(page);
    const kept = await page.evaluate(() => {
      const w = window as unknown as { __first: Node | null; __text: string };
      return { connected: !!w.__first?.isConnected, same: w.__first?.textContent === w.__text };
    });
    expect(kept).toEqual({ connected: true, same: true });
    expect(await shadowText(page, '#more candor-honesty-panel')).toMatch(/Before you buy/);
    expect(logged).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a section inserted with innerHTML (no shadow root parsed) renders in the browser, its text once, quietly', async () => {
    const { page, context, console: logged, errors } = await open('sections.html');
    await hydrated(page, 'candor-rating-badge');
    const section = await (await page.request.get(`${site.url}/section.txt`)).text();
    await page.evaluate((html) => {
      // As a theme does with a Section Rendering API response (the demo pages have no Trusted Types).
      document.getElementById('more')!.innerHTML = html;
    }, section);
    await hydrated(page, '#more candor-honesty-panel');
    await settle(page);
    const text = await shadowText(page, '#more candor-honesty-panel');
    expect(text).toMatch(/Before you buy/);
    expect(text.match(/Before you buy/g)).toHaveLength(1);
    // Chromium's own note on innerHTML with a declarative shadow root, once; nothing from Candor.
    expect(logged.filter((message) => !message.text.startsWith('Found declarative shadowrootmode'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
