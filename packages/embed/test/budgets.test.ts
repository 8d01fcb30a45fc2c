/**
 * Size budgets of the script-tag bundle, measured on the real built files (packages/embed/dist),
 * each compressed on its own as a CDN serves it (brotli quality 11). They fail the run. Each has a
 * control that puts more bytes through the same check, proving the check can fail.
 * - the loader alone (candor.js): 3 KB;
 * - everything a product page with both widgets and a precomputed review summary downloads: the
 *   loader, the runtime and the two widget chunks with all their static imports: 16 KB;
 * - the in-browser review engine chunk (only for pages that analyse raw reviews): 25 KB.
 * - that engine with the theme finder chunk loaded beside it (the same pages): 32 KB.
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
 * its theme finder (33,080 B when set): the aspect finder of the pros and cons plus the incentive
 * grammar in six languages (en, de, fr, es, it, nl). Pages with precomputed summaries load neither.
 */
export const BUDGETS = { loader: 3 * KB, productPage: 16 * KB, engine: 25 * KB, engineWithThemes: 33 * KB } as const;
/**
 * The product page does not meet its 16 KB target yet (issue 6 stays open for it). Until it does, this
 * ceiling stops it from growing: lower it whenever the page gets smaller; raise it only for a bug
 * fix that needs the bytes, or for bytes that make the page load faster as measured, saying so in
 * the commit (36,350 -> 36,400: the review switches and the cooling-off note keep screen-reader
 * state and focus right, +32 B; 36,400 -> 35,900: element properties declared in static tables
 * instead of decorators, -513 B; 35,900 -> 36,050: the loader's chunk list for modulepreload,
 * +140 B, both widgets rendered 1,440 instead of 1,878 ms on slow 4G, `pnpm --filter
 * @candor/embed bench`; 36,050 -> 36,100: the preload links carry the loader tag's nonce,
 * crossorigin and referrer policy, else a nonce-based CSP reports each of them, +52 B;
 * 36,100 -> 36,200: the summary measures its overflow again when its content grows without a
 * render (a <details> opened inside), else the expand button stayed hidden, +103 B; 36,200 -> 37,650:
 * issue 12's security fixes, +1,440 B: the loader copies only documented data-* names from one
 * table, isolates each mount and checks its config fetch (+466 B), links and fetched URLs are
 * judged by the URL parser in the config validator and the widgets (+513 B), the cooling-off
 * record checks and the "storage is full" message (+206 B), the byte cap and redirect check on
 * data URLs; 37,650 -> 38,950: issue 15's honesty fixes, about +1,280 B: the page's stated aggregate
 * shown as the plain figure with the checked figure labelled as the reviews on the page, the
 * disclosure stating only declared policy (with the record of what the store declared), the quiet
 * "nothing to show" state, "not available right now" only for a network failure, and candor.css
 * reserving what each widget renders only where it will have something to show (the
 * structured-data reader itself is a lazy chunk, not part of this figure); 38,950 -> 39,400: the
 * disclosure says which verification levels the store counts and the share at each (EU Omnibus
 * wants what is checked stated; before, "verified" lumped a review app's badge with an order match),
 * and the config and widget know the syndicated and one-review-account checks, about +417 B, issue 13;
 * 39,400 -> 39,800: pros and cons labels translated by their key instead of English inside other
 * languages, the "like it / do not" split and the named complaints the theme rules now give, the
 * product's name passed to the engine so it is never a theme, and no "no topic came up" when no
 * themes were looked for, about +372 B, issue 14; 39,800 -> 40,150: issue 17, +361 B: the loader
 * names a chunk that failed by URL and HTTP status, and gives the Trusted Types advice only for a
 * Trusted Types error (a theme's 404 was reported as a Trusted Types problem), +96 B; chunks named
 * `candor-<name>.js` in one flat folder (Shopify theme assets allow no subfolders), +23 B; one bad
 * product entry in the store config is left out with its message instead of turning off the whole
 * config, about +242 B.
 * 40,150 -> ?: server-rendered widgets hydrate correctly: the panel's first client render repeats
 * the server's cooling-off state before reading storage, and the summary's check switches carry a
 * checked attribute that Lit SSR can write (+61 B), issues 17/18.
 * When it reaches BUDGETS.productPage, delete it and test the target itself.
 */
export const PRODUCT_PAGE_CEILING = 40_150;

const manifest: Manifest = readManifest();

/** Brotli and gzip bytes of files, each compressed on its own, summed. */
function measure(files: Iterable<string>, extra: string[] = []): { brotli: number; gzip: number; files: string[] } {
  const texts = [...files].map((file) => readFileSync(join(BUNDLE_DIR, file), 'utf8')).concat(extra);
  const sizes = texts.map((text) => compressedSizes(text));
  return { brotli: sizes.reduce((sum, size) => sum + size.brotli, 0), gzip: sizes.reduce((sum, size) => sum + size.gzip, 0), files: [...files] };
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
    if (!chunk) throw new Error(`the bundle has no chunk for <candor-${name}>: is packages/elements/src/${name}.define.ts there, and was \`pnpm build\` run?`);
    return chunk;
  });
  return staticClosure(manifest, manifest.entry, manifest.runtime!, ...widgets);
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

  it('control: the product page check fails when 1 KB more is added to the page', () => {
    expect(measure(productPageFiles(), [incompressible(KB)]).brotli).toBeGreaterThan(PRODUCT_PAGE_CEILING);
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
});
