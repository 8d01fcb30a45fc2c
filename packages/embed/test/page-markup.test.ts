/**
 * Zero-config on product pages (issue 15), in headless Chromium with the built bundle: each page
 * in fixtures/page-markup/ has only the README's two head lines (candor.css and the loader, no store
 * config), the three widgets, content below them, and its own schema.org markup (JSON-LD, microdata
 * or RDFa Lite; 4/5/10/100-point scales; several products; product groups; de, fr, es and he pages
 * with RTL text). The figures each page must show are written at its top:
 *   <!-- expect {"lang", "badge", "all", "checked"?, "engine", "how"?, "howNot"?, "cls"?, "dir"?} -->
 * `badge` is the badge's visible figure, `all` the summary's plain figure, `checked` text of its
 * checked column, `engine` whether the engine chunk may load, `cls` 0 unless the page is a known
 * case that shifts (markup but nothing to show: the reservation for it is released).
 * The pages share one skeleton by design (the same widgets and content around each page's own
 * markup), so they read as real pages and differ only in what each case tests.
 *
 * The loader is added after the first paint, as a tag manager would, so the layout-shift figure does
 * not depend on whether the module happened to run before the browser painted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER, TestSite, VERSION, launchChromium, openPage, pause } from './support/harness.js';

interface Expected {
  lang: string;
  badge: string | null;
  all: string | null;
  checked?: string;
  engine: boolean;
  how?: string[];
  howNot?: string[];
  cls?: 0 | 'shifts';
  /** The badge's own direction: `ltr` on a Hebrew page, whose UI strings fall back to English. */
  dir?: 'ltr' | 'rtl';
}

const FIXTURES = new URL('./fixtures/page-markup/', import.meta.url);
const pages = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => {
    const html = readFileSync(new URL(name, FIXTURES), 'utf8');
    const match = /^<!-- expect (\{.*\}) -->\n/.exec(html);
    if (!match) throw new Error(`fixtures/page-markup/${name} does not start with <!-- expect {...} -->`);
    return { name, expected: JSON.parse(match[1]!) as Expected, body: html.slice(match[0].length) };
  });

const site = new TestSite();
let browser: Browser;
const SHIFTS = `window.shift = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value; }).observe({ type: 'layout-shift', buffered: true });`;

beforeAll(async () => {
  await site.start();
  browser = await launchChromium();
  site.file('pm/shifts.js', SHIFTS);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await site.stop();
});

/** Adds the documented loader tag after the first paint. */
async function addLoader(page: Page, attributes: Record<string, string> = {}): Promise<void> {
  await page.evaluate(
    ({ src, attributes }) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
      document.head.append(script);
    },
    { src: LOADER, attributes },
  );
}

/** Resolves when the badge and the summary have left their loading states (strings of their language included). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ['candor-review-summary', 'candor-rating-badge'].every((tag) => {
        const element = document.querySelector(tag);
        const root = element?.shadowRoot;
        return (
          !!customElements.get(tag) &&
          !!root &&
          root.childNodes.length > 0 &&
          !root.querySelector('[aria-busy="true"], [role="status"]:not([part="work"] *)')
        );
      }),
    undefined,
    { timeout: 15_000 },
  );
}

interface Shown {
  badge: string | null;
  /** What screen readers hear from the badge. */
  spoken: string | null;
  all: string | null;
  checked: string;
  /** Read after pressing "Show the full summary" (see below). */
  how?: string;
  heights: { summary: number; badge: number; panel: number };
  dir: string | null;
  shift: number;
}

function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    // Only ASCII whitespace is folded: French groups thousands with U+202F, which must stay.
    const text = (node: Element | null | undefined) => (node ? (node.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim() : null);
    const summary = document.querySelector('candor-review-summary')!;
    const badge = document.querySelector('candor-rating-badge')!;
    const panel = document.querySelector('candor-honesty-panel')!;
    const height = (element: Element) => element.getBoundingClientRect().height;
    return {
      badge: text(badge.shadowRoot!.querySelector('[part="text"]')),
      spoken: text(badge.shadowRoot!.querySelector('.visually-hidden')),
      all: text(summary.shadowRoot!.querySelector('[part="rating-all"] .small')),
      checked: text(summary.shadowRoot!.querySelector('[part="rating-checked"]')) ?? '',
      heights: { summary: height(summary), badge: height(badge), panel: height(panel) },
      dir: badge.shadowRoot!.querySelector('[part="base"]')?.getAttribute('dir') ?? null,
      shift: (window as unknown as { shift: number }).shift,
    };
  });
}

describe(`${pages.length} product pages with only the two documented head lines`, () => {
  it('has at least 30 pages, in all three syntaxes and in de, fr, es and he', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    for (const syntax of ['jsonld', 'microdata', 'rdfa'])
      expect(
        pages.some((page) => page.name.includes(syntax)),
        syntax,
      ).toBe(true);
    for (const lang of ['de', 'fr', 'es', 'he'])
      expect(
        pages.some((page) => page.expected.lang === lang),
        lang,
      ).toBe(true);
  });

  it.each(pages.map((page) => [page.name, page] as const))(
    '%s',
    async (_name, { name, expected, body }) => {
      const url = site.page(`pm/${name}`, {
        lang: expected.lang,
        head: `<link rel="stylesheet" href="/cdn/candor@${VERSION}/candor.css"><script src="/pm/shifts.js"></script>`,
        body,
      });
      const { page, context, errors, console: messages, paths } = await openPage(browser, site);
      await page.goto(url, { waitUntil: 'networkidle' });
      await pause(200);
      await addLoader(page);
      await settled(page);
      await pause(400); // layout-shift entries arrive after the frame that shifted
      const result = await shown(page);

      expect(result.badge, 'the badge').toBe(expected.badge);
      if (expected.lang === 'en' && expected.all?.endsWith('as stated by the store'))
        expect(result.spoken).toMatch(/^Rated .+, as stated by the store$/);
      expect(result.all, "the summary's plain figure").toBe(expected.all);
      if (expected.checked) expect(result.checked, "the summary's checked column").toContain(expected.checked);
      if (expected.how || expected.howNot) {
        // "How reviews work here" is behind "Show the full summary": its code loads on the press.
        await page.locator('candor-review-summary [part="expand"]').click();
        result.how = await page
          .waitForFunction(() =>
            document
              .querySelector('candor-review-summary')!
              .shadowRoot!.querySelector('[part="how"]')
              ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
              .trim(),
          )
          .then((handle) => handle.jsonValue() as Promise<string>);
      }
      for (const sentence of expected.how ?? []) expect(result.how).toContain(sentence);
      for (const sentence of expected.howNot ?? []) expect(result.how).not.toContain(sentence);
      expect(
        paths().some((path) => path.endsWith('/candor-engine.js')),
        'the engine chunk loaded',
      ).toBe(expected.engine);
      // Nothing to show is zero height, no border; the honesty panel knows nothing here and shows nothing.
      if (expected.badge === null) expect(result.heights.badge).toBe(0);
      if (expected.all === null) expect(result.heights.summary).toBe(0);
      expect(result.heights.panel).toBe(0);
      if (expected.dir) expect(result.dir).toBe(expected.dir);
      expect(errors).toEqual([]);
      expect(messages.filter((message) => message.type === 'error')).toEqual([]);
      if ((expected.cls ?? 0) === 0) expect(result.shift, 'cumulative layout shift').toBe(0);
      else expect(result.shift).toBeGreaterThan(0);
      await context.close();
    },
    40_000,
  );
});

describe('dev mode (data-dev) says what it could not use, as warnings, never errors', () => {
  const devPage = (name: string) => pages.find((page) => page.name === `${name}.html`)!;

  it.each([
    [
      '18-jsonld-two-products-unsure',
      /the page describes 2 products \("Phone case", "Phone stand"\) and none matches its heading; set product-id/,
    ],
    ['21-jsonld-no-rating', /the page has no schema\.org rating for its product/],
    ['22-no-structured-data', /the page has no schema\.org Product markup/],
  ])(
    '%s',
    async (name, message) => {
      const { expected, body } = devPage(name);
      const url = site.page(`pm/dev-${name}.html`, {
        lang: expected.lang,
        head: `<link rel="stylesheet" href="/cdn/candor@${VERSION}/candor.css">`,
        body,
      });
      const { page, context, console: messages } = await openPage(browser, site);
      await page.goto(url, { waitUntil: 'networkidle' });
      await addLoader(page, { 'data-dev': '' });
      await settled(page);
      await pause(200);
      const warnings = messages.filter((entry) => entry.type === 'warning' && entry.text.includes("reading the page's schema.org markup"));
      expect(warnings).toHaveLength(1); // the badge and the summary read the same markup: one message
      expect(warnings[0]!.text).toMatch(message);
      expect(messages.filter((entry) => entry.type === 'error')).toEqual([]);
      await context.close();
    },
    30_000,
  );

  it('a review it leaves out, or keeps undated, is named with the reason', async () => {
    const body = `<h1>Stool</h1><candor-review-summary></candor-review-summary><p><candor-rating-badge></candor-rating-badge></p>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Stool","review":[
        {"@type":"Review","reviewRating":{"ratingValue":4},"datePublished":"03/04/2024","reviewBody":"Steady."},
        {"@type":"Review","reviewBody":"No rating here."},
        {"@type":"Review","reviewRating":{"ratingValue":5},"reviewBody":"Undated and kept."}]}</script>`;
    const url = site.page('pm/dev-skipped.html', { head: '', body });
    const { page, context, console: messages } = await openPage(browser, site);
    await page.goto(url, { waitUntil: 'networkidle' });
    await addLoader(page, { 'data-dev': '' });
    await settled(page);
    const warning =
      messages.find((entry) => entry.type === 'warning' && entry.text.includes("reading the page's schema.org markup"))?.text ?? '';
    expect(warning).toContain('review[0]: datePublished "03/04/2024" is not an ISO 8601 date; the review is kept undated');
    expect(warning).toContain('review[1]: no reviewRating.ratingValue, so it has no rating to count');
    const badge = await page.evaluate(
      () => document.querySelector('candor-rating-badge')!.shadowRoot!.querySelector('[part="text"]')?.textContent,
    );
    expect(badge).toBe('4.5 (2)');
    await context.close();
  }, 30_000);
});
