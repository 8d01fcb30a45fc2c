/**
 * The parts of the widgets that load on demand, on the demo store served as `npm start` serves it,
 * in headless Chromium driven by playwright (the built bundle; run `pnpm build` first):
 * - the summary's content behind "Show the full summary" (candor-review-summary.more.js) is not
 *   downloaded with the page; the summary coming into view fetches it, so pressing the button shows
 *   the content in the press's own task, with focus kept on the button;
 * - with that chunk blocked, the press ends in a sentence for the shopper (role="alert"), the
 *   button is not left busy, and nothing is thrown into the page;
 * - under the demo's strict CSP with Trusted Types the dynamic import works with no violation;
 * - the panel's lower sections (candor-honesty-panel.lower.js) arrive when it is scrolled near, and
 *   the jacket page scrolled through at a phone's width keeps CLS 0. (It measured 0.133 when the
 *   alternatives, in the panel's own chunk, rendered before the returns and not-for above them had
 *   arrived; nothing now renders below a section still on its way.)
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { startStoreServer } from '../../scripts/serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const embedVersion = (JSON.parse(readFileSync(`${repo}packages/embed/package.json`, 'utf8')) as { version: string }).version;
const built = existsSync(`${repo}packages/embed/dist/candor@${embedVersion}/candor.js`);

const MORE_CHUNK = /candor-review-summary\.more\.js$/;
const LOWER_CHUNK = /candor-honesty-panel\.lower\.js$/;

/** Layout shifts without recent input and CSP violations, recorded from before the page's own scripts. */
const INIT_SCRIPT = `(() => {
  const m = { cls: 0, shifts: [], csp: [] };
  const name = (node) => node && node.nodeType === 1 ? node.localName + (node.id ? '#' + node.id : '') + (typeof node.className === 'string' && node.className ? '.' + node.className.split(' ').join('.') : '') : String(node && node.nodeName);
  Object.defineProperty(window, '__metrics', { value: m });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      m.cls += entry.value;
      m.shifts.push(Math.round(entry.startTime) + ' ms ' + entry.value.toFixed(4) + ': ' + (entry.sources || []).map((source) => name(source.node)).join(', '));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (event) => m.csp.push(event.violatedDirective + ' ' + event.blockedURI), true);
})();`;

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!built) return;
  ({ server, url: base } = await startStoreServer({ port: 0 }));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

async function open(
  path: string,
  { block, viewport = { width: 1280, height: 800 } }: { block?: RegExp; viewport?: { width: number; height: number } } = {},
) {
  const context = await browser.newContext({ viewport });
  if (block) await context.route(block, (route) => route.abort());
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return { page, context, errors, requests };
}

/** Waits until the summary shows its figures (not its loading state) and its expand button is there. */
async function summaryLoaded(page: Page): Promise<void> {
  await page.locator('candor-review-summary').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => document.querySelector('candor-review-summary')?.shadowRoot?.querySelector('[part="base"][aria-busy="false"] [part="ratings"]'),
    null,
    {
      timeout: 15_000,
    },
  );
}

const inSummary = (page: Page, selector: string) =>
  page.evaluate((selector) => document.querySelector('candor-review-summary')!.shadowRoot!.querySelector(selector) !== null, selector);

const summaryText = (page: Page, selector: string) =>
  page.evaluate(
    (selector) => document.querySelector('candor-review-summary')!.shadowRoot!.querySelector(selector)?.textContent ?? '',
    selector,
  );

const expandState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('candor-review-summary')!.shadowRoot!;
    const button = root.querySelector('[part="expand"]')!;
    return {
      expanded: button.getAttribute('aria-expanded'),
      busy: button.getAttribute('aria-busy'),
      controls: button.getAttribute('aria-controls'),
      focused: root.activeElement === button,
      status: (root.querySelector('.more-status[role="alert"]')?.textContent ?? '').trim(),
    };
  });

const metricsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __metrics: { cls: number; shifts: string[]; csp: string[] } }).__metrics);

describe.skipIf(!built)('parts of the widgets loaded on demand (demo store)', () => {
  it('the summary\'s content behind "Show the full summary" loads when the summary comes into view, not with the page, and a press reveals it in its own task', async () => {
    const { page, context, errors, requests } = await open('/products/trail-jacket.html');
    await page.waitForTimeout(1000);
    expect(
      requests.some((url) => MORE_CHUNK.test(url)),
      'fetched with the page, the summary out of view',
    ).toBe(false);
    const arrived = page.waitForResponse(MORE_CHUNK);
    await summaryLoaded(page);
    await arrived; // no pointer over the button, no focus, no press: the summary came into view
    await page.waitForFunction(() => document.querySelector('candor-review-summary')!.shadowRoot!.querySelector('[part="how"]'));
    const press = await page.evaluate(async () => {
      const host = document.querySelector('candor-review-summary') as HTMLElement & { updateComplete: Promise<unknown> };
      const button = host.shadowRoot!.querySelector<HTMLButtonElement>('[part="expand"]')!;
      button.focus();
      let taskEnded = false;
      setTimeout(() => (taskEnded = true));
      button.click();
      await host.updateComplete;
      return { open: host.shadowRoot!.querySelector('#frame[data-open]') !== null, taskEnded };
    });
    expect(press).toEqual({ open: true, taskEnded: false });
    expect(await inSummary(page, '[part="themes"]')).toBe(true);
    // Its English strings come with it (candor-review-summary.more.js), not with the widget's chunk.
    expect(await summaryText(page, '[part="themes"]')).toContain('What reviewers like');
    expect(await summaryText(page, '[part="how"]')).toContain('How reviews work here');
    expect(await expandState(page)).toEqual({ expanded: 'true', busy: null, controls: 'frame', focused: true, status: '' });
    expect(requests.filter((url) => MORE_CHUNK.test(url))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('with the chunk blocked, pressing the button tells the shopper, leaves it usable, and throws nothing', async () => {
    const { page, context, errors } = await open('/products/trail-jacket.html', { block: MORE_CHUNK });
    await summaryLoaded(page);
    await page.locator('candor-review-summary [part="expand"]').click();
    await page.waitForFunction(() =>
      document.querySelector('candor-review-summary')!.shadowRoot!.querySelector('.more-status')?.textContent?.trim(),
    );
    expect(await expandState(page)).toEqual({
      expanded: 'false',
      busy: null,
      controls: 'frame',
      focused: true,
      status: 'The rest of the summary could not be loaded. Check your connection and press the button again.',
    });
    expect(await inSummary(page, '[part="themes"]')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('under the strict CSP with Trusted Types the dynamic import works, with no violation', async () => {
    const { page, context, errors } = await open('/strict/trail-jacket.html');
    await summaryLoaded(page);
    await page.locator('candor-review-summary [part="expand"]').click();
    await page.waitForFunction(() => document.querySelector('candor-review-summary')!.shadowRoot!.querySelector('[part="how"]'));
    expect((await expandState(page)).expanded).toBe('true');
    expect(await summaryText(page, '[part="how"]')).toContain('How reviews work here');
    expect((await metricsOf(page)).csp).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  /** The jacket page at a phone's width (the panel starts below the fold), scrolled through top to bottom. */
  async function scrolledThrough() {
    const visit = await open('/products/trail-jacket.html', { viewport: { width: 390, height: 700 } });
    const { page } = visit;
    const lowerAtLoad = visit.requests.filter((url) => LOWER_CHUNK.test(url)).length;
    await page.evaluate(async () => {
      const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
      for (let y = 0; y < document.documentElement.scrollHeight; y += Math.round(innerHeight * 0.5)) {
        scrollTo(0, y);
        await pause();
      }
    });
    await page.waitForFunction(() => document.querySelector('candor-honesty-panel')?.shadowRoot?.querySelector('[part~="returns"]'), null, {
      timeout: 15_000,
    });
    await page.waitForTimeout(500); // layout-shift entries arrive after the frame that shifted
    const { cls, shifts } = await metricsOf(page);
    return { ...visit, lowerAtLoad, cls, shifts };
  }

  it("the panel's lower sections arrive when it is scrolled near, and the page scrolled through keeps CLS 0", async () => {
    const { page, context, errors, requests, lowerAtLoad, cls, shifts } = await scrolledThrough();
    expect(lowerAtLoad, 'fetched before the panel came near').toBe(0);
    // The sections' English strings came with them (candor-honesty-panel.lower.js).
    const returns = await page.evaluate(
      () => document.querySelector('candor-honesty-panel')!.shadowRoot!.querySelector('[part~="returns"]')!.textContent ?? '',
    );
    expect(returns).toContain('Returns');
    expect(returns).toMatch(/of buyers sent it back/);
    expect(requests.filter((url) => LOWER_CHUNK.test(url))).toHaveLength(1);
    expect(cls, `cumulative layout shift: ${shifts.join('; ')}`).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
