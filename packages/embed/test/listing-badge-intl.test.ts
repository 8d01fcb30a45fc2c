/**
 * A listing page builds no Intl formatter: on the demo listing (6 badges) and on the same listing
 * with 48 badges, in English, German, French, Spanish and Arabic (the demo's config with the
 * loader's data-locale), in headless Chromium with the built bundle. The first Intl.NumberFormat
 * or PluralRules of a renderer process makes V8 list ICU's locales, a task of 60 to 220 ms of CPU
 * on a 4x-throttled phone; the listing badge writes the verified locales' numbers and plurals
 * itself (src/badge-numbers*.ts).
 *
 * A script installed before any of the page's counts every construction of Intl's formatters
 * (NumberFormat, PluralRules, DateTimeFormat, Collator, RelativeTimeFormat, ListFormat) and every
 * call of the methods that build one behind the scenes (toLocaleString, localeCompare): zero,
 * once every badge shows its figures, written as that language writes them.
 * Control: on the build before the listing badge wrote its own numbers (bc53dee), every page
 * counted at least two (a NumberFormat and a PluralRules); on main at 76490b8, all ten pages fail
 * (3 NumberFormat and 2 or 3 PluralRules each).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStoreServer } from '../../../scripts/serve.mjs';
import { launchChromium } from './support/harness.js';

const DEMO = fileURLToPath(new URL('../../../examples/demo-store', import.meta.url));

/** Counts, by name, every Intl formatter built and every call that builds one, on `window.__intl`. */
const COUNT_INTL = `(() => {
  const counts = (window.__intl = {});
  const count = (name) => (counts[name] = (counts[name] ?? 0) + 1);
  for (const kind of ['NumberFormat', 'PluralRules', 'DateTimeFormat', 'Collator', 'RelativeTimeFormat', 'ListFormat']) {
    const Original = Intl[kind];
    if (!Original) continue;
    Intl[kind] = new Proxy(Original, {
      construct: (target, args) => (count('Intl.' + kind), Reflect.construct(target, args)),
      apply: (target, self, args) => (count('Intl.' + kind), Reflect.apply(target, self, args)),
    });
  }
  const methods = [[Number.prototype, 'toLocaleString'], [BigInt.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString'], [String.prototype, 'localeCompare'], [Array.prototype, 'toLocaleString']];
  for (const [prototype, name] of methods) {
    const original = prototype[name];
    prototype[name] = function (...args) {
      count(prototype.constructor.name + '.' + name);
      return original.apply(this, args);
    };
  }
})();`;

/** Each page in each language: the locale given with data-locale, and how its badges must write "4,7"-like ratings. */
const LOCALES: { locale: string; rating: RegExp }[] = [
  { locale: 'en-GB', rating: /^\d\.\d \(\d+\)$/ },
  { locale: 'de', rating: /^\d,\d \(\d+\)$/ },
  { locale: 'fr-FR', rating: /^\d,\d \(\d+\)$/ },
  { locale: 'es', rating: /^\d,\d \(\d+\)$/ },
  { locale: 'ar-EG', rating: /^[٠-٩]٫[٠-٩] \([٠-٩]+\)$/ },
];
const PAGES = [
  { path: 'index.html', badges: 6 },
  { path: 'listing-48.html', badges: 48 },
];

let work: string;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'candor-listing-intl-'));
  cpSync(DEMO, work, { recursive: true, filter: (path) => !path.includes('node_modules') });
  const listing = readFileSync(join(work, 'index.html'), 'utf8');
  const grid = /(<ul class="product-grid">)([\s\S]*?)(<\/ul>)/.exec(listing)!;
  const cards = grid[2]!.match(/<li>[\s\S]*?<\/li>/g)!;
  const cards48 = Array.from({ length: 48 }, (_, i) => cards[i % cards.length]).join('\n');
  writeFileSync(join(work, 'listing-48.html'), listing.replace(grid[0], `${grid[1]}${cards48}${grid[3]}`));
  for (const { path } of PAGES) {
    const html = readFileSync(join(work, path), 'utf8').replace(/\s+integrity="[^"]*"/g, '');
    for (const { locale } of LOCALES)
      writeFileSync(
        join(work, `${locale}-${path}`),
        html.replace('data-config="/candor.json"', `data-config="/candor.json" data-locale="${locale}"`),
      );
  }
  expect(readdirSync(work).filter((file) => file.startsWith('ar-EG-'))).toHaveLength(PAGES.length);
  ({ server, url } = await startStoreServer({ port: 0, siteDir: work }));
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a listing page builds no Intl formatter', () => {
  for (const { path, badges } of PAGES) {
    it.each(LOCALES)(
      `${path} (${badges} badges), $locale`,
      async ({ locale, rating }) => {
        const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.addInitScript(COUNT_INTL);
        await page.goto(`${url}/${locale}-${path}`);
        // Every badge shows its figures (no loading state left).
        await page.waitForFunction(
          (count) => {
            const shown = [...document.querySelectorAll('candor-rating-badge')].filter((badge) =>
              badge.shadowRoot?.querySelector('[part=text], [part=status]:not([role=status])'),
            );
            return shown.length === count;
          },
          badges,
          { timeout: 20_000 },
        );
        const { counts, texts } = await page.evaluate(() => ({
          counts: (window as unknown as { __intl: Record<string, number> }).__intl,
          texts: [...document.querySelectorAll('candor-rating-badge')].map(
            (badge) => badge.shadowRoot?.querySelector('[part=text]')?.textContent ?? '',
          ),
        }));
        await context.close();
        expect(errors).toEqual([]);
        // The language's own digits and signs, so the badges did render in it.
        const figures = texts.filter(Boolean);
        expect(figures.length).toBeGreaterThan(badges / 2);
        for (const text of figures) expect(text).toMatch(rating);
        expect(counts).toEqual({});
      },
      60_000,
    );
  }
});
