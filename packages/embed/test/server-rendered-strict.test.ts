/**
 * HTML first under the strict CSP the embed README documents (`style-src 'self'`, no
 * 'unsafe-inline'; Trusted Types required for scripts), in real headless Chromium: widgets written
 * by `candor render` (the built CLI, from the demo store's data) in a page served with that policy.
 *
 * - Control: as `candor render` writes them by default, the styles are inline `<style>` elements
 *   in each declarative shadow root, which this policy refuses: before any script the widgets are
 *   unstyled text, and with JavaScript the browser logs a refusal per `<style>`. (It shows the check
 *   can fail.)
 * - Rendered with `--stylesheets <url>`, the styles are a linked file from the store's origin,
 *   which the policy allows: styled at first paint with JavaScript off;
 *   with JavaScript, styled before and after hydration, text unchanged, CLS 0, no console message,
 *   and the panel's "save for later" works (Trusted Types enforced).
 * - Without `--stylesheets` and with JavaScript, the widgets are styled once hydrated: hydration
 *   adopts a widget's styles where the server's were refused.
 * Needs `pnpm build` first (the bundle and the CLI).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLS_SCRIPT } from '../../../test/support/layout-shift.js';
import { launchChromium, LOADER, openPage, STRICT_CSP, TestSite, type Observed } from './support/harness.js';
import { DEMO_STORE, renderDemoStore } from './support/render-demo.js';

const store = DEMO_STORE;
const TAGS = ['candor-rating-badge', 'candor-honesty-panel', 'candor-review-summary'] as const;

let site: TestSite;
let browser: Browser;

function render(out: string, config: string, extra: string[] = []): void {
  renderDemoStore(join(site.dir, out), { config, extra: ['--product', 'trail-jacket', ...extra] });
}

function jacketPage(rendered: string, config = '/candor.json'): string {
  const widget = (name: string) => readFileSync(join(site.dir, rendered, 'en-GB/trail-jacket', `${name}.html`), 'utf8');
  return `<main><h1>Ridgeline trail jacket</h1>${widget('badge')}<p>£89</p>${widget('panel')}<section aria-label="Reviews">${widget('summary')}</section></main>
<script type="module" src="${LOADER}" data-config="${config}"></script>`;
}

beforeAll(async () => {
  site = new TestSite({ '/strict/': { 'Content-Security-Policy': STRICT_CSP } });
  const config = JSON.parse(readFileSync(join(store, 'candor.json'), 'utf8')) as Record<string, unknown>;
  site.file('candor.json', JSON.stringify(config));
  // A store that sets no theme: its widgets adopt no theme sheet, which would bring their styles along.
  delete config['theme'];
  site.file('plain.json', JSON.stringify(config));
  render('inline', join(site.dir, 'candor.json'));
  render('plain', join(site.dir, 'plain.json'));
  render('linked', join(site.dir, 'candor.json'), ['--stylesheets', '/linked/styles/']);
  const head = `<meta name="viewport" content="width=device-width, initial-scale=1">`;
  site.page('strict/inline.html', { head, lang: 'en-GB', body: jacketPage('inline') });
  site.page('strict/linked.html', { head, lang: 'en-GB', body: jacketPage('linked') });
  site.page('strict/plain.html', { head, lang: 'en-GB', body: jacketPage('plain', '/plain.json') });
  await site.start();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(path: string, javaScriptEnabled: boolean): Promise<Observed> {
  const observed = await openPage(browser, site, { viewport: { width: 1000, height: 2000 } });
  if (!javaScriptEnabled) {
    await observed.context.close();
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 2000 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/${path}`, { waitUntil: 'load' });
    return { ...observed, page, context };
  }
  await observed.context.addInitScript(CLS_SCRIPT);
  await observed.page.goto(`${site.url}/${path}`, { waitUntil: 'load' });
  return observed;
}

/**
 * Per widget, whether its shadow root's styles apply: `--candor-radius` is set by every widget's
 * own `:host` rule, so it is empty where none of its styles did.
 */
const styled = (page: Page) =>
  page.evaluate(
    (tags) =>
      Object.fromEntries(
        tags.map((tag) => [tag, getComputedStyle(document.querySelector(tag)!).getPropertyValue('--candor-radius').trim() !== '']),
      ),
    [...TAGS],
  );

const allStyled = Object.fromEntries(TAGS.map((tag) => [tag, true]));
const noneStyled = Object.fromEntries(TAGS.map((tag) => [tag, false]));

const hydratedAll = (page: Page) =>
  page.waitForFunction(
    (tags) => tags.every((tag) => (document.querySelector(tag) as { hasUpdated?: boolean } | null)?.hasUpdated === true),
    [...TAGS],
    { timeout: 30_000 },
  );

const texts = (page: Page) =>
  page.evaluate(
    (tags) => tags.map((tag) => (document.querySelector(tag)!.shadowRoot!.querySelector('[part]') as HTMLElement).innerText),
    [...TAGS],
  );

describe('server-rendered widgets under the strict CSP (headless Chromium)', { timeout: 120_000 }, () => {
  it('control: inline styles (the default) are refused: unstyled text before any script', async () => {
    const { page, context } = await open('strict/inline.html', false);
    expect(await styled(page)).toEqual(noneStyled);
    await context.close();
  });

  it('with --stylesheets, styled at first paint with JavaScript off', async () => {
    const { page, context } = await open('strict/linked.html', false);
    expect(await styled(page)).toEqual(allStyled);
    expect(await page.locator('candor-honesty-panel [lang]').first().innerText()).toContain('per wear');
    await context.close();
  });

  it('with --stylesheets and JavaScript: styled before and after hydration, the same text, CLS 0, Trusted Types kept, saving works', async () => {
    const observed = await open('strict/linked.html', true);
    const { page, context } = observed;
    expect(await styled(page)).toEqual(allStyled);
    const before = await texts(page);
    await hydratedAll(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await styled(page)).toEqual(allStyled);
    expect(await texts(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __metrics: { cls: number } }).__metrics.cls)).toBe(0);
    await page.locator('candor-honesty-panel button[part~="save-button"]').click();
    await expect.poll(() => page.locator('candor-honesty-panel [lang]').first().innerText()).toMatch(/Forget/i);
    expect(observed.console).toEqual([]);
    expect(observed.errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a store config with a theme', 'strict/inline.html'],
    ['a store config without a theme', 'strict/plain.html'],
  ])('without --stylesheets and with JavaScript (%s): each widget is styled once hydrated', async (_, path) => {
    const observed = await open(path, true);
    const { page, context } = observed;
    await hydratedAll(page);
    await expect.poll(() => styled(page)).toEqual(allStyled);
    expect(observed.errors).toEqual([]);
    // The browser's refusals of the inline <style> elements (two per widget); nothing else.
    const refusals = observed.console.filter((message) => /^Applying inline style violates/.test(message.text));
    expect(refusals).toHaveLength(2 * TAGS.length);
    expect(observed.console.length).toBe(refusals.length);
    await context.close();
  });
});
