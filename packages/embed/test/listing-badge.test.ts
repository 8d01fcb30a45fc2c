/**
 * The listing badge (packages/embed/src/listing-badge.ts) in headless Chromium with the built
 * bundle, on pages whose only widgets are rating badges:
 * - 48 badges with a product id read the store's ratings index: one data request (plus the store
 *   config that names it), and no Lit, runtime or Lit badge chunk is downloaded;
 * - 48 badges with their figures in attributes on a page with data-config: no config, no data;
 * - a product the index does not list reads its own summary (reviews.source.summaryUrl);
 * - all 48 appear in a few batched updates, not one by one: sampled every animation frame, the
 *   number of rendered badges goes from none to all in at most 12 steps (the listing badge renders
 *   in slices of 12 ms, so a phone's CPU never runs one long task for them; that a badge waiting
 *   for its slice holds its reserved space is listing-badge-slices.test.ts's) (control: badges
 *   added one per task are seen one by one, so the same check fails);
 * - the same badges render the same shadow DOM as the Lit badge (which the loader uses as soon as
 *   one badge has a source of its own), in English, German and Arabic, checked, small and empty.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER, STRICT_CSP, TestSite, launchChromium, openPage, pause, readManifest, staticClosure } from './support/harness.js';

// The strict page's CSP has no 'unsafe-inline' and requires Trusted Types for every script sink.
const site = new TestSite({ '/strict/': { 'Content-Security-Policy': STRICT_CSP } });
let browser: Browser;
const manifest = readManifest();
// The runtime chunk carries Lit and the shared element code with the config validator.
const litChunks = ['candor-runtime.js', manifest.widgets['rating-badge']!];

const PRODUCTS = Array.from({ length: 48 }, (_, i) => `sku-${i}`);
const RATINGS = {
  version: 1,
  ratingScale: 5,
  products: Object.fromEntries(PRODUCTS.map((id, i) => [id, [3 + (i % 20) / 10, 2.9 + (i % 20) / 10, 4 + i, 3 + i]])),
};
const CONFIG = { version: 1, store: { locale: 'en-GB' }, reviews: { ratings: '/data/ratings.json' }, theme: { accent: '#2f6f4f' } };
const figureBadges = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `<candor-rating-badge rating="${(3 + (i % 20) / 10).toFixed(2)}" count="${10 + i}"></candor-rating-badge>`,
  ).join('\n');
const indexBadges = PRODUCTS.map((id) => `<candor-rating-badge product-id="${id}"></candor-rating-badge>`).join('\n');
const loader = (config = true) => `<script type="module" src="${LOADER}"${config ? ' data-config="/candor.json"' : ''}></script>`;

/**
 * Samples, every animation frame until all 48 badges show a figure, how many do, and how many
 * stylesheets those adopted (2 with the store's theme).
 */
const SAMPLER = `<script>
  window.__rendered = [];
  window.__sheets = [];
  const sample = () => {
    const badges = [...document.querySelectorAll('candor-rating-badge')].filter((badge) => /\\d/.test(badge.shadowRoot?.textContent ?? ''));
    const shown = badges.length;
    for (const badge of badges) if (!window.__sheets.includes(badge.shadowRoot.adoptedStyleSheets.length)) window.__sheets.push(badge.shadowRoot.adoptedStyleSheets.length);
    if (window.__rendered.at(-1) !== shown) window.__rendered.push(shown);
    if (shown < 48) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
</script>`;

/** Shadow DOM as comparable text: tags with sorted attributes, text without Lit's comment markers or layout whitespace. */
function shadowShapes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shape = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
      if (!(node instanceof Element)) return '';
      const attributes = [...node.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).sort();
      return `<${node.localName} ${attributes.join(' ')}>${[...node.childNodes].map(shape).join('').trim()}</${node.localName}>`;
    };
    return [...document.querySelectorAll('candor-rating-badge[data-case]')].map((badge) =>
      [...badge.shadowRoot!.childNodes].map(shape).join('').replace(/>\s+</g, '><').trim(),
    );
  });
}

const CASES = [
  'rating="4.38" count="212"',
  'rating="4.76" count="212" checked-rating="4.31" checked-count="180"',
  'rating="4.9" count="3"',
  'rating="0" count="0"',
  'rating="7.25" count="40" scale="10"',
  'rating="4.38" count="212" locale="de"',
  'rating="4.38" count="212" checked-rating="3.9" checked-count="1" locale="ar"',
  'rating="9" count="2"',
]
  .map((attributes) => `<p><candor-rating-badge data-case ${attributes}></candor-rating-badge></p>`)
  .join('\n');

beforeAll(async () => {
  await site.start();
  browser = await launchChromium();
  site.file('candor.json', JSON.stringify(CONFIG));
  site.file('data/ratings.json', JSON.stringify(RATINGS));
  site.file('data/s.json', JSON.stringify({ total: 12, rawAverage: 4.25, adjustedAverage: 4.1, trustedCount: 10, ratingScale: 5 }));
  site.page('index.html', { head: loader(), body: `${SAMPLER}\n${indexBadges}` });
  site.page('figures.html', { head: loader(), body: `${SAMPLER}\n${figureBadges(48)}` });
  site.page('strict/index.html', { head: `<script type="module" src="${LOADER}" data-config="/candor.json"></script>`, body: indexBadges });
  // Control for the batching check: the page adds its badges one per task, so they appear one by one.
  site.page('one-by-one.html', {
    head: loader(false),
    body: `${SAMPLER}<div id="list"></div><script type="module">
      const list = document.getElementById('list');
      for (let i = 0; i < 48; i++) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        list.insertAdjacentHTML('beforeend', '<candor-rating-badge data-load="eager" rating="4.2" count="' + (10 + i) + '"></candor-rating-badge>');
      }
    </script>`,
  });
  // A product the index does not list reads its own precomputed summary, as the Lit badge does.
  site.file(
    'fallback/candor.json',
    JSON.stringify({ ...CONFIG, reviews: { ratings: '/data/ratings.json', source: { summaryUrl: '/data/summaries/{productId}.json' } } }),
  );
  site.file(
    'data/summaries/not-listed.json',
    JSON.stringify({
      total: 40,
      rawAverage: 4.38,
      adjustedAverage: 3.91,
      trustedCount: 31,
      ratingScale: 5,
      confidence: { smallSample: false },
    }),
  );
  site.page('fallback.html', {
    head: `<script type="module" src="${LOADER}" data-config="/fallback/candor.json"></script>`,
    body: `<candor-rating-badge product-id="sku-1"></candor-rating-badge><candor-rating-badge product-id="not-listed"></candor-rating-badge>`,
  });
  // Properties set from script before the badge is defined, as a framework sets them.
  site.page('properties.html', {
    head: loader(false),
    body: `<candor-rating-badge id="a" count="1"></candor-rating-badge>
      <script>document.getElementById('a').rating = 4.56; document.getElementById('a').count = 12;</script>`,
  });
  site.page('cases-listing.html', { head: loader(false), body: CASES });
  // A config with a wrong number: its sentence comes from the problems chunk, loaded for it.
  site.file('wrong/candor.json', JSON.stringify({ ...CONFIG, reviews: { ...CONFIG.reviews, ratingScale: 99 } }));
  site.page('wrong.html', {
    head: `<script type="module" src="${LOADER}" data-config="/wrong/candor.json"></script>`,
    body: `<candor-rating-badge product-id="sku-1"></candor-rating-badge>`,
  });
  // One badge with a source of its own makes the loader use the Lit badge for the whole page.
  site.page('cases-lit.html', {
    head: loader(false),
    body: `${CASES}\n<candor-rating-badge summary-src="/data/s.json"></candor-rating-badge>`,
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await site.stop();
});

/** What a screen reader hears from the badge that `selector` finds: its visually hidden sentence. */
const spokenBy = (page: Page, selector: string) =>
  page.evaluate((found) => document.querySelector(found)!.shadowRoot!.querySelector('.visually-hidden')!.textContent, selector);

/**
 * Opens a page tall enough to show every badge and waits until each has rendered and none is still
 * loading (every language's loading text ends in "…"); on the 48-badge pages, until each shows a figure.
 */
async function load(path: string, expected = 48) {
  const observed = await openPage(browser, site, { viewport: { width: 1000, height: 8000 } });
  await observed.page.goto(`${site.url}/${path}`);
  await observed.page.waitForFunction(
    (count) => {
      const badges = [...document.querySelectorAll('candor-rating-badge')];
      const done = (text: string) => (count === 48 ? /\d/.test(text) : !text.includes('…'));
      return (
        badges.length === count &&
        badges.every((badge) => !!badge.shadowRoot?.querySelector('[part=base]') && done(badge.shadowRoot.textContent ?? ''))
      );
    },
    expected,
    { timeout: 30_000 },
  );
  await pause(300);
  const asked = observed.paths().filter((request) => request !== `/${path}` && request !== '/favicon.ico');
  return { ...observed, asked };
}

/** What SAMPLER recorded. */
const sampled = (page: Page) =>
  page.evaluate(() => {
    const recorded = window as unknown as { __rendered: number[]; __sheets: number[] };
    return { counts: recorded.__rendered, sheets: recorded.__sheets };
  });
/** From none to all 48 in at most 12 steps seen (a quarter of one per badge), never fewer shown than before. */
const batched = (counts: number[]): boolean =>
  counts[0] === 0 && counts.at(-1) === 48 && counts.length - 1 <= 12 && counts.every((count, i) => i === 0 || count > counts[i - 1]!);

describe('the listing badge on a page with only rating badges', () => {
  it('48 badges with a product id make one data request (the ratings index) and download no Lit', async () => {
    const { asked, errors, console: messages, context, page } = await load('index.html');
    expect(errors).toEqual([]);
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(asked.filter((path) => !path.startsWith('/cdn/'))).toEqual(['/candor.json', '/data/ratings.json']);
    const chunks = asked.filter((path) => path.startsWith('/cdn/')).map((path) => path.split('/').pop());
    expect(chunks).toContain(manifest.listingBadge);
    for (const chunk of litChunks) expect(chunks).not.toContain(chunk);
    // The figures are the index's, cut and never rounded up: sku-7 is [3.7, 3.6, 11, 10].
    expect(await spokenBy(page, '[product-id="sku-7"]')).toBe(
      'Rated 3.7 out of 5 from 11 reviews; 3.6 out of 5 from the 10 reviews that passed the store’s checks',
    );
    await context.close();
  }, 60_000);

  it('48 badges with figures in attributes ask for no config and no data, only the loader and the listing badge', async () => {
    const { asked, errors, context } = await load('figures.html');
    expect(errors).toEqual([]);
    expect(asked.filter((path) => !path.startsWith('/cdn/'))).toEqual([]);
    expect(new Set(asked.map((path) => path.split('/').pop()))).toEqual(
      new Set([manifest.entry, ...staticClosure(manifest, manifest.listingBadge!)]),
    );
    await context.close();
  }, 60_000);

  it('all 48 badges appear in a few batched updates (the index and the figures pages)', async () => {
    for (const path of ['index.html', 'figures.html']) {
      const { page, context } = await load(path);
      const { counts } = await sampled(page);
      expect(batched(counts), `${path}: ${counts}`).toBe(true);
      await context.close();
    }
  }, 90_000);

  it('control: badges added one per task are seen one by one, so the batching check fails for them', async () => {
    const { page, context } = await load('one-by-one.html');
    const { counts } = await sampled(page);
    expect(batched(counts), String(counts)).toBe(false);
    await context.close();
  }, 90_000);

  it('under a strict CSP with Trusted Types: renders with no error and no violation (no inline style, no HTML sink)', async () => {
    const observed = await openPage(browser, site, { viewport: { width: 1000, height: 8000 } });
    const violations: string[] = [];
    await observed.page.exposeFunction('__violation', (text: string) => violations.push(text));
    await observed.page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __violation(text: string): void }).__violation(`${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await observed.page.goto(`${site.url}/strict/index.html`);
    await observed.page.waitForFunction(
      () => [...document.querySelectorAll('candor-rating-badge')].every((badge) => /\d/.test(badge.shadowRoot?.textContent ?? '')),
      undefined,
      { timeout: 30_000 },
    );
    await pause(300);
    expect(observed.errors).toEqual([]);
    expect(observed.console.filter((message) => message.type === 'error')).toEqual([]);
    expect(violations).toEqual([]);
    await observed.context.close();
  }, 60_000);

  it("takes the Lit badge's properties: figures set before it is defined show; a summary property it does not read is one console error", async () => {
    const { page, context, console: messages } = await load('properties.html', 1);
    const spoken = () => page.evaluate(() => document.getElementById('a')!.shadowRoot!.querySelector('.visually-hidden')?.textContent);
    expect(await spoken()).toBe('Rated 4.5 out of 5 from 12 reviews');
    expect(
      await page.evaluate(() => [
        (document.getElementById('a') as unknown as { rating: number }).rating,
        document.getElementById('a')!.getAttribute('count'),
      ]),
    ).toEqual([4.56, '12']);
    await page.evaluate(() => ((document.getElementById('a') as unknown as { summary: unknown }).summary = { total: 3 }));
    await pause(300);
    expect(messages.filter((message) => message.type === 'error').map((message) => message.text)).toEqual([
      expect.stringContaining('the summary property is not read: Candor loaded the listing badge for this page'),
    ]);
    await context.close();
  }, 60_000);

  it('a product the index does not list reads its summary at reviews.source.summaryUrl: one more request, for that product only', async () => {
    const { asked, page, context, console: messages } = await load('fallback.html', 2);
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
    expect(asked.filter((path) => !path.startsWith('/cdn/'))).toEqual([
      '/fallback/candor.json',
      '/data/ratings.json',
      '/data/summaries/not-listed.json',
    ]);
    // The summary reader is a chunk of its own, loaded only where a product needs it.
    expect(asked.filter((path) => /listing-badge-summary/.test(path))).toHaveLength(1);
    expect(await spokenBy(page, '[product-id="not-listed"]')).toBe(
      'Rated 4.3 out of 5 from 40 reviews; 3.9 out of 5 from the 31 reviews that passed the store’s checks',
    );
    await context.close();
  }, 60_000);

  it("renders once, in the store theme's colours: the theme chunk loads only for a config with a theme, before the first render", async () => {
    const themed = await load('index.html');
    const plain = await load('figures.html');
    const chunks = (asked: string[]) => asked.filter((path) => /config-theme-css/.test(path));
    expect(chunks(themed.asked)).toHaveLength(1);
    expect(chunks(plain.asked)).toEqual([]);
    expect([...themed.asked, ...plain.asked].filter((path) => /listing-badge-summary/.test(path))).toEqual([]);
    const accents = await themed.page.evaluate(() =>
      [...document.querySelectorAll('candor-rating-badge')].map((badge) =>
        getComputedStyle(badge).getPropertyValue('--candor-accent').trim(),
      ),
    );
    expect(new Set(accents)).toEqual(new Set(['#2f6f4f']));
    // No frame showed a badge in the default colours (the store theme's sheet not yet adopted).
    expect((await sampled(themed.page)).sheets).toEqual([2]);
    expect((await sampled(plain.page)).sheets).toEqual([1]);
    await themed.context.close();
    await plain.context.close();
  }, 90_000);

  it("a config problem is one console error in words (the sentences' chunk loads for it), and the badges still render", async () => {
    const { asked, context, console: messages } = await load('wrong.html', 1);
    await pause(300);
    expect(asked.some((path) => /listing-badge-problems/.test(path))).toBe(true);
    expect(messages.filter((message) => message.type === 'error').map((message) => message.text)).toEqual([
      '[candor] /wrong/candor.json: reviews.ratingScale must be a whole number from 3 to 10 (found 99); using 5.',
    ]);
    await context.close();
  }, 60_000);

  it('renders the same shadow DOM as the Lit badge: parts, classes, text, stars, lang and dir', async () => {
    const listing = await load('cases-listing.html', 8);
    const lit = await load('cases-lit.html', 9);
    expect(listing.asked.map((path) => path.split('/').pop())).not.toContain('candor-runtime.js');
    expect(lit.asked.map((path) => path.split('/').pop())).toContain('candor-runtime.js');
    const [mine, theirs] = [await shadowShapes(listing.page), await shadowShapes(lit.page)];
    expect(mine).toHaveLength(8);
    expect(mine).toEqual(theirs);
    expect(mine[6]).toContain('dir="rtl"');
    await listing.context.close();
    await lit.context.close();
  }, 90_000);
});

describe('the listing badge when the ratings index stops part-way through its body', () => {
  // Another origin (CORS allows it) whose index sends its headers and a first chunk, then nothing:
  // the request's timeout fires while the body is being read.
  let stalled: Server;
  const open = new Set<import('node:http').ServerResponse>();
  beforeAll(async () => {
    stalled = createServer((_request, response) => {
      open.add(response);
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.write('{"version":1,"ratingScale":5,"products":{');
    });
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const index = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}/ratings.json`;
    site.file('stalled/candor.json', JSON.stringify({ version: 1, reviews: { ratings: index, source: { timeoutMs: 1000 } } }));
    site.page('stalled.html', {
      head: `<script type="module" src="${LOADER}" data-config="/stalled/candor.json"></script>`,
      body: `<candor-rating-badge product-id="sku-1"></candor-rating-badge>`,
    });
  });
  afterAll(async () => {
    for (const response of open) response.destroy();
    await new Promise((resolve) => stalled.close(resolve));
  });

  it('says the figures are not available, with one console error naming the timeout, and rejects nothing unhandled', async () => {
    const observed = await openPage(browser, site);
    await observed.page.goto(`${site.url}/stalled.html`);
    // Still loading ("…", or not yet rendered: an empty shadow root holding its space) when the
    // body read is left unhandled; settled once its failure is caught.
    const settled = await observed.page
      .waitForFunction(
        () => !(document.querySelector('candor-rating-badge')?.shadowRoot?.querySelector('[part=base]')?.textContent ?? '…').includes('…'),
        undefined,
        { timeout: 10_000 },
      )
      .then(
        () => true,
        () => false,
      );
    await pause(300);
    expect(observed.errors).toEqual([]);
    expect(settled).toBe(true);
    const errors = observed.console.filter((message) => message.type === 'error').map((message) => message.text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('ratings.json did not answer within 1000 ms');
    await observed.context.close();
  }, 60_000);
});
