/**
 * Size budgets of the script-tag bundle, measured on the real built files (packages/embed/dist),
 * each compressed on its own as a CDN serves it (brotli quality 11). They fail the run. Each has a
 * control that puts more bytes through the same check, proving the check can fail.
 * - the loader alone (candor.js): 3 KB;
 * - everything a product page with both widgets and a precomputed review summary downloads: the
 *   loader, the runtime and the two widget chunks with all their static imports: 16 KB;
 * - the in-browser review engine chunk (only for pages that analyse raw reviews): 25 KB.
 * - that engine with the theme finder chunk loaded beside it (the same pages): 36 KB.
 * - everything a page with only rating badges downloads (a listing page): the loader and the
 *   listing badge chunk with its static imports: 8 KB (issue 18). The loader's way to the Lit
 *   widgets (widget-path.ts), its dev warnings, its data-candor hosts, its load-failure report and
 *   the words of its other console errors are chunks of their own, which such a page does not download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedSizes } from '../../../scripts/bundle-size.mjs';
import { BUNDLE_DIR, readManifest, staticClosure, type Manifest } from './support/harness.js';

const KB = 1024;
/**
 * engineWithThemes: what a page that analyses raw reviews in the browser loads for the engine and
 * its theme finder: the aspect finder of the pros and cons plus the incentive
 * grammar in six languages (en, de, fr, es, it, nl). Pages with precomputed summaries load neither.
 * Issue 14 lets the theme finder, loaded only where themes are computed in the browser, grow by up
 * to 1 KB past 36 KB for better pros and cons: its aspect word lists and phrase rules take 986 B.
 * Issue 16 adds 149 B for engine speed (144 B alone, 5 more beside issue 14's rules): the exact
 * duplicate search's growing numbering table, counting sorts and flat posting lists, and excerpts
 * that skip the clean-up of clean text (4 to 8 % less engine CPU on the catalogue benchmark).
 */
export const BUDGETS = {
  loader: 3 * KB,
  productPage: 16 * KB,
  engine: 25 * KB,
  engineWithThemes: 36 * KB + 1092, // 37,956 B measured with both, since the recompute chunk's split
  listingPage: 8 * KB,
} as const;
/**
 * The product page does not meet its 16 KB target yet (issue 6 stays open for it). Until it does, this
 * ceiling stops it from growing: whenever the page gets smaller, lower it to the measured size
 * rounded up to the next 50 B; raise it only for a bug fix that needs the bytes, or for bytes that
 * make the page load faster as measured, saying so in the commit message.
 * When it reaches BUDGETS.productPage, delete it and test the target itself.
 */
// 40,721 B measured. Raised from 40,150 for main-thread time, which issue 18 puts before bytes:
// the summary's and panel's first renders in stages (StagedRender, about 307 B), the interactions
// that re-render only what they change (about 316 B), and HTML first (the runtime's check for
// widgets `candor render` wrote and the Lit exports the hydration chunk shares with it, 91 B; Lit's
// hydration support itself loads only on pages with such widgets); the loader's split gave back
// about 130 B. The "show our work" list in a module of its own (review-summary.work.ts, so the
// widget file stays under 400 lines, issue 19) costs 15 B. Lowered to 40,700 (40,688 B measured)
// when the loader's mount-point scan lost its instanceof tests and its IntersectionObserver fallback.
// Lowered to 39,350 (39,334 B measured) when the summary's content behind "Show the full summary"
// (candor-review-summary.more.js, 2,052 B) and the panel's returns, not-for and disclosure sections
// (candor-honesty-panel.lower.js, 872 B) became chunks loaded on demand (issue 18); of that, 131 B
// are the loader asking for a panel's lower sections with its chunk when it is in view at the start,
// and defining no widget before they have run (widget-path.ts), so nothing below the panel moves.
// Lowered to 35,920 (35,899 B measured) when the config validator and the theme's CSS writer
// became a chunk (candor-config.js) that only a page handing Candor a config loads, asked for
// beside the runtime (issue 18); this page has none (its widgets read their attributes and a
// precomputed summary). 35,902 B measured when the words for a config's problems left that chunk
// (CONFIG_PRODUCT_PAGE_CEILING). Lowered to 35,800 (35,775 B measured) when the loader's console
// errors became a chunk loaded only for an error (candor-loader-errors.js) and the bundle got a
// second compress pass. Lowered to 34,250 (34,223 B measured, was 35,769 B) when the English strings
// of the parts loaded on demand moved into those parts: the summary's content behind "Show the full
// summary" (review-summary.more.messages.ts, 1,084 B) and the panel's returns, not-for and
// disclosure sections (honesty-panel.lower.messages.ts, 462 B). Lowered to 33,550 (33,530 B
// measured) when the matching of review complaints to return reasons, with its word lists, moved
// into the panel's lower sections, the only part that shows the matches (core's return-themes.ts).
// 33,600 (33,600 B measured) with the first renders' template turns beside them.
export const PRODUCT_PAGE_CEILING = 33_600;
/**
 * The same page with a store config (data-config="/candor.json", as the demo store's pages and most
 * retailers' have one): it also loads the config checks and the theme's CSS writer
 * (candor-config.js) with their imports. The words for a config's problems
 * (candor-config-describe.js) load only for a config that fails the checks. Same rule as the
 * product page's ceiling. The goal is the size such a page had while the validator was part of the
 * runtime's chunk, 39,334 B (compressed together); it is 75 B below that.
 */
// Lowered to 39,300 (39,259 B measured, was 39,419) with the loader's console errors in a chunk of
// their own and a shorter theme CSS writer. Lowered to 37,750 (37,707 B measured, was 39,253 B) when
// the English strings of the parts loaded on demand moved into those parts; to 37,050 (37,014 B
// measured) when the matching of complaints to return reasons did; 37,100 (37,084 B measured) with the
// first renders' template turns beside them.
export const CONFIG_PRODUCT_PAGE_CEILING = 37_100;
/**
 * The listing page is within its 8 KB budget; this ceiling keeps what it has gained (8,150 B
 * measured; 8,151 B before the loader's setup took a task of its own; 8,159 B before the badge wrote its own numbers and plurals without Intl, 8,221 B with
 * them until the loader's console errors became a chunk of their own). Lower it to the measured
 * size whenever the page gets smaller.
 */
export const LISTING_PAGE_CEILING = 8_150;
/**
 * A listing page whose store config sets a theme (the demo store's does) also loads the theme's
 * chunk: 8,848 B measured (was 8,879 B when set). Same rule as the listing page's ceiling.
 */
export const THEMED_LISTING_PAGE_CEILING = 8_848;

const manifest: Manifest = readManifest();

/** Brotli and gzip bytes of files, each compressed on its own, summed. */
function measure(files: Iterable<string>, extra: string[] = []): { brotli: number; gzip: number; files: string[] } {
  const texts = [...files].map((file) => readFileSync(join(BUNDLE_DIR, file), 'utf8')).concat(extra);
  const sizes = texts.map((text) => compressedSizes(text));
  return {
    brotli: sizes.reduce((sum, size) => sum + size.brotli, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
    files: [...files],
  };
}

/** Deterministic text that brotli cannot shrink much. */
function incompressible(length: number): string {
  let state = 12345;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += state.toString(36);
  }
  return text.slice(0, length);
}

function productPageFiles(): Set<string> {
  const widgets = ['honesty-panel', 'review-summary'].map((name) => {
    const chunk = manifest.widgets[name];
    if (!chunk)
      throw new Error(
        `the bundle has no chunk for <candor-${name}>: is packages/elements/src/${name}.define.ts there, and was \`pnpm build\` run?`,
      );
    return chunk;
  });
  if (!manifest.widgetPath) throw new Error('the bundle has no chunk for the way to the Lit widgets (packages/embed/src/widget-path.ts)');
  return staticClosure(manifest, manifest.entry, manifest.widgetPath, manifest.runtime!, ...widgets);
}

/** The one chunk that `from` loads on demand whose file name matches `pattern`. */
function lazyChunk(from: string, pattern: RegExp): string {
  const lazy = [...new Set((manifest.files[from]!.dynamicImports ?? []).filter((file) => pattern.test(file)))];
  if (lazy.length !== 1)
    throw new Error(`expected one chunk matching ${pattern} among ${from}'s dynamic imports, found ${lazy.join(', ') || 'none'}`);
  return lazy[0]!;
}

const configChunk = () => lazyChunk(manifest.runtime!, /(^|-)config\.js$/);

/** The product page with a store config: the product page and the config checks with their static imports. */
function configProductPageFiles(): Set<string> {
  return new Set([...productPageFiles(), ...staticClosure(manifest, configChunk())]);
}

/** What a page with only rating badges downloads: the loader and the listing badge with its static imports. */
function listingPageFiles(): Set<string> {
  if (!manifest.listingBadge)
    throw new Error('the bundle has no listing badge chunk (packages/embed/src/listing-badge.ts): was `pnpm build` run?');
  return staticClosure(manifest, manifest.entry, manifest.listingBadge);
}

describe('bundle budgets (brotli, real built files)', () => {
  it('the manifest agrees with the files on disk', () => {
    for (const [file, entry] of Object.entries(manifest.files)) {
      const bytes = readFileSync(join(BUNDLE_DIR, file));
      expect(bytes.length, file).toBe(entry.bytes);
    }
  });

  it('each file lies precompressed beside it (.br, .gz), decoding to the file, at the sizes the budgets count', () => {
    for (const [file, entry] of Object.entries(manifest.files)) {
      const bytes = readFileSync(join(BUNDLE_DIR, file));
      const brotli = readFileSync(join(BUNDLE_DIR, `${file}.br`));
      const gzip = readFileSync(join(BUNDLE_DIR, `${file}.gz`));
      expect(brotliDecompressSync(brotli).equals(bytes), `${file}.br`).toBe(true);
      expect(gunzipSync(gzip).equals(bytes), `${file}.gz`).toBe(true);
      expect([brotli.length, gzip.length], file).toEqual([entry.brotli, entry.gzip]);
    }
  });

  it(`the loader alone stays within ${BUDGETS.loader} B`, () => {
    const sizes = measure([manifest.entry]);
    console.log(`loader candor.js: ${sizes.brotli} B brotli, ${sizes.gzip} B gzip`);
    expect(manifest.files[manifest.entry]!.imports).toEqual([]); // nothing loads with it
    expect(sizes.brotli).toBeLessThanOrEqual(BUDGETS.loader);
  });

  it('control: the loader check fails for a loader 2 KB heavier', () => {
    expect(measure([manifest.entry], [incompressible(2 * KB)]).brotli).toBeGreaterThan(BUDGETS.loader);
  });

  it(`a product page with both widgets and a precomputed summary stays within ${PRODUCT_PAGE_CEILING} B (target ${BUDGETS.productPage} B)`, () => {
    const files = productPageFiles();
    expect(files.has(manifest.engine!)).toBe(false); // the engine is not needed with a precomputed summary
    const sizes = measure(files);
    const verdict = sizes.brotli <= BUDGETS.productPage ? 'within the target' : `${sizes.brotli - BUDGETS.productPage} B over the target`;
    console.log(`product page (${[...files].join(', ')}): ${sizes.brotli} B brotli, ${sizes.gzip} B gzip; ${verdict}`);
    expect(sizes.brotli).toBeLessThanOrEqual(PRODUCT_PAGE_CEILING);
  });

  it('the recompute code behind "show our work"\'s switches is not part of the page: it loads on the shopper\'s first use', () => {
    const summaryChunk = manifest.widgets['review-summary']!;
    const lazy = (manifest.files[summaryChunk]!.dynamicImports ?? []).filter((file) => /recompute/.test(file));
    expect(lazy, `${summaryChunk} should import the recompute chunk dynamically`).toHaveLength(1);
    expect(productPageFiles().has(lazy[0]!)).toBe(false);
    const sizes = measure(staticClosure(manifest, lazy[0]!));
    console.log(`on the first switch in "show our work" (${lazy[0]}): ${sizes.brotli} B brotli, ${sizes.gzip} B gzip more`);
  });

  it.each([
    ['the summary\'s content behind "Show the full summary"', 'review-summary', /review-summary\.more/],
    ["the panel's sections below the fold", 'honesty-panel', /honesty-panel\.lower/],
  ])('%s is not part of the product page: it loads on demand', (_what, widget, pattern) => {
    const chunk = manifest.widgets[widget]!;
    const lazy = (manifest.files[chunk]!.dynamicImports ?? []).filter((file) => pattern.test(file));
    expect(lazy, `${chunk} should import it dynamically`).toHaveLength(1);
    expect(productPageFiles().has(lazy[0]!)).toBe(false);
    const sizes = measure([lazy[0]!]);
    console.log(`on demand (${lazy[0]}): ${sizes.brotli} B brotli, ${sizes.gzip} B gzip more`);
  });

  it('control: the product page check fails when 1 KB more is added to the page', () => {
    expect(measure(productPageFiles(), [incompressible(KB)]).brotli).toBeGreaterThan(PRODUCT_PAGE_CEILING);
  });

  it(`a product page with a store config (both widgets, a precomputed summary and the config checks) stays within ${CONFIG_PRODUCT_PAGE_CEILING} B; the words for a config's problems load only for a config that fails`, () => {
    const files = configProductPageFiles();
    const describer = lazyChunk(configChunk(), /(^|-)config-describe\.js$/);
    expect(files.has(describer)).toBe(false);
    expect(files.has(manifest.engine!)).toBe(false);
    const sizes = measure(files);
    const withoutConfig = measure(productPageFiles()).brotli;
    const more = measure([...staticClosure(manifest, describer)].filter((file) => !files.has(file))).brotli;
    console.log(
      `product page with a store config (${[...files].join(', ')}): ${sizes.brotli} B brotli, ${sizes.gzip} B gzip (${sizes.brotli - withoutConfig} B for the config); a config with problems loads ${more} B more (${describer})`,
    );
    expect(sizes.brotli).toBeLessThanOrEqual(CONFIG_PRODUCT_PAGE_CEILING);
  });

  it('control: the product page with a store config check fails when 1 KB more is added to the page', () => {
    expect(measure(configProductPageFiles(), [incompressible(KB)]).brotli).toBeGreaterThan(CONFIG_PRODUCT_PAGE_CEILING);
  });

  it('control: the engine chunk alone would put the page over its target', () => {
    expect(measure([...productPageFiles(), manifest.engine!]).brotli).toBeGreaterThan(BUDGETS.productPage);
  });

  it(`the review engine chunk stays within ${BUDGETS.engine} B`, () => {
    expect(manifest.engine, 'the engine chunk (packages/core/src/reviews/index.ts) is missing from the manifest').toBeTruthy();
    const sizes = measure(staticClosure(manifest, manifest.engine!));
    console.log(`engine ${manifest.engine} with its imports: ${sizes.brotli} B brotli, ${sizes.gzip} B gzip`);
    expect(sizes.brotli).toBeLessThanOrEqual(BUDGETS.engine);
  });

  it('control: the engine check fails for an engine heavier than its headroom', () => {
    const engine = staticClosure(manifest, manifest.engine!);
    const headroom = BUDGETS.engine - measure(engine).brotli;
    expect(measure(engine, [incompressible(2 * (Math.max(0, headroom) + KB))]).brotli).toBeGreaterThan(BUDGETS.engine);
  });

  // The theme finder is its own chunk, loaded beside the engine only where themes are computed in
  // the browser (raw reviews, no precomputed summary): its cost is that of such pages alone.
  const themeFinder = () => Object.keys(manifest.files).find((file) => /(^|\/|candor-)theme-finder\.js$/.test(file));
  it(`the engine and the theme finder together stay within ${BUDGETS.engineWithThemes} B`, () => {
    expect(themeFinder(), 'the theme finder chunk is missing from the bundle').toBeTruthy();
    expect(productPageFiles().has(themeFinder()!)).toBe(false);
    const sizes = measure(new Set([...staticClosure(manifest, manifest.engine!), ...staticClosure(manifest, themeFinder()!)]));
    console.log(`engine + theme finder (${themeFinder()}): ${sizes.brotli} B brotli, ${sizes.gzip} B gzip`);
    expect(sizes.brotli).toBeLessThanOrEqual(BUDGETS.engineWithThemes);
  });

  it('control: the engine and theme finder check fails for more than its headroom', () => {
    const files = new Set([...staticClosure(manifest, manifest.engine!), ...staticClosure(manifest, themeFinder()!)]);
    const headroom = BUDGETS.engineWithThemes - measure(files).brotli;
    expect(measure(files, [incompressible(2 * (Math.max(0, headroom) + KB))]).brotli).toBeGreaterThan(BUDGETS.engineWithThemes);
  });

  it(`a page with only rating badges (the loader and the listing badge, no Lit, runtime or Lit badge) stays within ${BUDGETS.listingPage} B`, () => {
    const files = listingPageFiles();
    const lit = staticClosure(manifest, manifest.widgets['rating-badge']!);
    for (const file of [manifest.runtime!, manifest.widgetPath!, ...lit].filter((name) => name !== manifest.entry))
      expect(files.has(file), file).toBe(false);
    const sizes = measure(files);
    const before = measure(new Set([manifest.entry, ...staticClosure(manifest, manifest.runtime!), ...lit]));
    console.log(
      `listing page (${[...files].join(', ')}): ${sizes.brotli} B brotli, ${sizes.gzip} B gzip; ${BUDGETS.listingPage - sizes.brotli} B left; with the Lit badge it would be ${before.brotli} B brotli`,
    );
    expect(sizes.brotli).toBeLessThanOrEqual(BUDGETS.listingPage);
    expect(sizes.brotli).toBeLessThanOrEqual(LISTING_PAGE_CEILING);
  });

  it('control: the listing page check fails for the Lit badge path (loader, runtime, Lit and the Lit badge)', () => {
    const lit = new Set([
      manifest.entry,
      ...staticClosure(manifest, manifest.runtime!),
      ...staticClosure(manifest, manifest.widgets['rating-badge']!),
    ]);
    expect(measure(lit).brotli).toBeGreaterThan(BUDGETS.listingPage);
  });

  it('control: the listing page check fails when 1 KB more is added to the page', () => {
    expect(measure(listingPageFiles(), [incompressible(KB)]).brotli).toBeGreaterThan(BUDGETS.listingPage);
  });

  it('control: the listing page check fails with the loader code it no longer carries (the way to the Lit widgets) added back', () => {
    expect(measure([...listingPageFiles(), manifest.widgetPath!]).brotli).toBeGreaterThan(BUDGETS.listingPage);
  });

  it(`with a store theme, the listing page also loads the theme's chunk, and stays within ${THEMED_LISTING_PAGE_CEILING} B; the console sentences load only with a problem`, () => {
    const lazy = manifest.files[manifest.listingBadge!]!.dynamicImports ?? [];
    const [theme, problems] = [/config-theme-css/, /listing-badge-problems/].map((pattern) => lazy.filter((file) => pattern.test(file)));
    expect(theme, 'the listing badge should import the theme chunk dynamically').toHaveLength(1);
    expect(problems, 'the listing badge should import its problems chunk dynamically').toHaveLength(1);
    for (const file of [...theme, ...problems]) expect(listingPageFiles().has(file), file).toBe(false);
    const page = listingPageFiles();
    const more = (file: string) => measure([...staticClosure(manifest, file)].filter((name) => !page.has(name)));
    const themed = measure(new Set([...page, ...staticClosure(manifest, theme[0]!)]));
    console.log(
      `listing page with a store theme: ${themed.brotli} B brotli (${more(theme[0]!).brotli} B for the theme); a console error to explain loads ${more(problems[0]!).brotli} B more`,
    );
    expect(themed.brotli).toBeLessThanOrEqual(THEMED_LISTING_PAGE_CEILING);
    // Control: the same check fails for a page 1 KB heavier.
    expect(measure(themed.files, [incompressible(KB)]).brotli).toBeGreaterThan(THEMED_LISTING_PAGE_CEILING);
  });
});
