/**
 * Hardening on real pages (built bundle, headless Chromium): the loader's data-* gadget, one bad
 * mount under the strict CSP, and numeric attributes extreme enough to crash or freeze a renderer
 * that trusted them.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER, STRICT_CSP, TestSite, launchChromium, openPage, pause, rendered } from './support/harness.js';

const site = new TestSite({ '/strict/': { 'Content-Security-Policy': STRICT_CSP } });
let browser: Browser;
const RECORDER = `window.ran = []; window.mark = (what) => window.ran.push(what);
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = (...args) => window.ran.push(name + '(' + args.join(',') + ')');
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.effectiveDirective + ' ' + event.sample));`;

beforeAll(async () => {
  await site.start();
  browser = await launchChromium();
  for (const dir of ['plain', 'strict']) site.file(`${dir}/recorder.js`, RECORDER);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await site.stop();
});

const head = (dir: string, loader = 'data-dev data-load="eager"') =>
  `<script src="/${dir}/recorder.js"></script>\n<script type="module" src="${LOADER}" ${loader}></script>`;
const ran = (page: import('playwright').Page) => page.evaluate(() => (window as unknown as { ran: string[] }).ran);

describe('item 1: a data-candor host copies only documented attributes', () => {
  const gadget = `<div id="host" data-candor="rating-badge" data-rating="4.5" data-count="12" data-tabindex="0" data-autofocus
    data-onfocus="mark('focus')" data-onmouseover="mark('hover')" data-onclick="mark('click')" data-style="position:fixed;inset:0;z-index:9999"></div>`;

  it('data-onfocus with data-autofocus, data-onmouseover and data-style neither run nor style anything; dev mode names them', async () => {
    const { page, context, errors, console: messages } = await openPage(browser, site);
    await page.goto(site.page('plain/gadget.html', { head: head('plain'), body: gadget }));
    await rendered(page, 'candor-rating-badge');
    await page.hover('#host candor-rating-badge', { force: true });
    await page.click('#host candor-rating-badge', { force: true });
    await page.keyboard.press('Tab');
    await pause(300);
    expect(await ran(page)).toEqual([]);
    const element = await page.evaluate(() => {
      const badge = document.querySelector('#host > candor-rating-badge')!;
      return {
        attributes: badge.getAttributeNames().sort(),
        styled: document.querySelectorAll('[style]').length,
        text: badge.shadowRoot!.textContent!.replace(/\s+/g, ' '),
      };
    });
    expect(element.attributes).toEqual(['count', 'rating']);
    expect(element.styled).toBe(0);
    expect(element.text).toContain('4.5 (12)');
    expect(errors).toEqual([]);
    const warnings = messages.filter((message) => message.type === 'warning').map((message) => message.text);
    expect(warnings).toEqual([
      expect.stringContaining(
        'data-candor="rating-badge": ignored data-tabindex, data-autofocus, data-onfocus, data-onmouseover, data-onclick, data-style',
      ),
    ]);
    await context.close();
  }, 30_000);

  it('without data-dev the same host is silent', async () => {
    const { page, context, console: messages } = await openPage(browser, site);
    await page.goto(site.page('plain/gadget-quiet.html', { head: head('plain', 'data-load="eager"'), body: gadget }));
    await rendered(page, 'candor-rating-badge');
    await pause(200);
    expect(messages.filter((message) => message.type === 'warning' || message.type === 'error')).toEqual([]);
    await context.close();
  }, 30_000);
});

describe('item 2: one bad host under the strict CSP never stops the others', () => {
  it('a host with data-onclick, then good widgets: every widget renders, no error, no violation', async () => {
    const { page, context, errors } = await openPage(browser, site);
    await page.goto(
      site.page('strict/isolation.html', {
        head: head('strict', 'data-load="eager"'),
        body: `<div data-candor="rating-badge" data-rating="4" data-count="3" data-onclick="mark('click')"></div>
          <div data-candor="hype-meter" data-onclick="mark('x')"></div>
          <div id="good" data-candor="rating-badge" data-rating="3.5" data-count="8"></div>
          <candor-honesty-panel price="89" currency="EUR" lifespan-years="3" uses-per-year="100" use-unit="wear"></candor-honesty-panel>`,
      }),
    );
    await rendered(page, 'candor-rating-badge');
    await rendered(page, 'candor-honesty-panel');
    expect(await page.locator('candor-rating-badge').count()).toBe(2);
    expect(
      await page.evaluate(() => document.querySelector('#good candor-rating-badge')!.shadowRoot!.textContent!.includes('3.5 (8)')),
    ).toBe(true);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  }, 30_000);
});

describe('item 6: numeric attributes have ranges', () => {
  it('scale="1e8", scale="1e9", data-scale="1e9" and scale="abc" render at once with the default five stars and one error each', async () => {
    const { page, context, errors, console: messages } = await openPage(browser, site);
    const started = Date.now();
    await page.goto(
      site.page('plain/scale.html', {
        head: head('plain', 'data-load="eager"'),
        body: `<candor-rating-badge rating="4" count="3" scale="1e8"></candor-rating-badge>
          <candor-rating-badge rating="4" count="3" scale="1e9"></candor-rating-badge>
          <div data-candor="rating-badge" data-rating="4" data-count="3" data-scale="1e9"></div>
          <candor-rating-badge rating="4" count="3" scale="abc"></candor-rating-badge>`,
      }),
    );
    await rendered(page, 'candor-rating-badge');
    expect(Date.now() - started).toBeLessThan(10_000);
    const shapes = await page.evaluate(() =>
      [...document.querySelectorAll('candor-rating-badge')].map((badge) => badge.shadowRoot!.querySelectorAll('path').length),
    );
    expect(shapes).toEqual([10, 10, 10, 10]);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('candor-rating-badge')].some((badge) => badge.shadowRoot!.textContent!.includes('NaN')),
      ),
    ).toBe(false);
    // The words of a badge's problems load on demand, after the badge has rendered.
    const errorTexts = () => messages.filter((message) => message.type === 'error').map((message) => message.text);
    await expect.poll(() => errorTexts().length, { timeout: 10_000 }).toBe(4);
    const problems = errorTexts();
    for (const problem of problems)
      expect(problem).toMatch(/scale="(1e\+?8|1e\+?9|100000000|1000000000|NaN|abc)" must be a whole number from 3 to 10; using 5/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('item 14: the store config', () => {
  const panel =
    '<candor-honesty-panel id="p" data-load="eager" price="89" currency="EUR" lifespan-years="3" uses-per-year="100" use-unit="wear"></candor-honesty-panel>';
  const langOf = `document.querySelector('#p')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang')`;

  it('a second copy that has data-config hands it to the copy that runs (which has none)', async () => {
    site.file('plain/de.json', JSON.stringify({ version: 1, store: { locale: 'de' } }));
    const { page, context, errors } = await openPage(browser, site);
    await page.goto(
      site.page('plain/two-copies.html', {
        head: `<script type="module" src="${LOADER}"></script><script type="module" src="${LOADER}?second" data-config="/plain/de.json"></script>`,
        body: panel,
      }),
    );
    await rendered(page, 'candor-honesty-panel');
    await page.waitForFunction(`${langOf} === 'de'`, undefined, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it('a config body of null is reported, not ignored without a word', async () => {
    site.file('plain/null.json', 'null');
    const { page, context, errors, console: messages } = await openPage(browser, site);
    await page.goto(
      site.page('plain/null-config.html', {
        head: `<script type="module" src="${LOADER}" data-config="/plain/null.json"></script>`,
        body: panel,
      }),
    );
    await rendered(page, 'candor-honesty-panel');
    await page.waitForFunction(() => true);
    await pause(300);
    expect(messages.filter((message) => message.type === 'error').map((message) => message.text)).toEqual([
      expect.stringContaining(
        'could not load the store config /plain/null.json (Error: not a JSON object: found null); widgets use their defaults.',
      ),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  }, 30_000);

  it('a config that never answers is given up after 10 s with one error, and the widgets then render with their defaults', async () => {
    const { page, context, errors, console: messages } = await openPage(browser, site);
    await context.route('**/plain/hang.json', () => new Promise(() => undefined));
    const started = Date.now();
    await page.goto(
      site.page('plain/hang.html', { head: `<script type="module" src="${LOADER}" data-config="/plain/hang.json"></script>`, body: panel }),
    );
    await rendered(page, 'candor-honesty-panel', 20_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_500);
    expect(messages.filter((message) => message.type === 'error').map((message) => message.text)).toEqual([
      expect.stringContaining('could not load the store config /plain/hang.json (no answer within 10 s); widgets use their defaults.'),
    ]);
    expect(errors).toEqual([]);
    await context.close();
  }, 40_000);
});

describe('item 14: a slow config', () => {
  it('widgets wait for a config that takes 4 s and render once with it, never first with the defaults and then again in another size', async () => {
    site.file('plain/slow.json', JSON.stringify({ version: 1, store: { locale: 'de' } }));
    const { page, context, errors } = await openPage(browser, site);
    await context.route('**/plain/slow.json', async (route) => {
      await pause(4000);
      await route.continue();
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { langs: string[] }).langs = seen;
      const poll = () => {
        const lang = document.querySelector('#p')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang');
        if (lang && seen[seen.length - 1] !== lang) seen.push(lang);
        if (seen.length < 3) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(
      site.page('plain/slow-config.html', {
        head: `<script type="module" src="${LOADER}" data-config="/plain/slow.json" data-load="eager"></script>`,
        body: '<p>Product text above the widget.</p><candor-honesty-panel id="p" price="89" currency="EUR" lifespan-years="3" uses-per-year="100" use-unit="wear"></candor-honesty-panel><p id="below">Text below.</p>',
      }),
    );
    await rendered(page, 'candor-honesty-panel', 20_000);
    await page.waitForFunction(
      `document.querySelector('#p')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === 'de'`,
      undefined,
      { timeout: 10_000 },
    );
    await pause(500);
    expect(await page.evaluate(() => (window as unknown as { langs: string[] }).langs)).toEqual(['de']);
    expect(errors).toEqual([]);
    await context.close();
  }, 40_000);
});
