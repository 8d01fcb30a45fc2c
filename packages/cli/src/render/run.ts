/**
 * `candor render`: the widgets' HTML, per product and locale, from `candor summarize`'s output and
 * the store config, for a store's templates to include (a Shopify snippet, a static site, a server):
 *
 *   <out>/<locale>/<productId>/badge.html | summary.html | panel.html
 *   <out>/styles/candor-<widget>.<hash>.css   (with --stylesheets: the styles, linked instead of inline)
 *
 * Products: every summary in the summaries folder, plus every product of the config (those without
 * a summary get the panel only). Every file is written atomically; a product that cannot be
 * rendered is reported with its reason and the rest are still written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../files.js';
import { isSafePath, PRODUCT_ID } from '../import/build.js';
import { UsageError } from '../import/run.js';
import { linkStyles } from './linked-styles.js';
import { configForRender, renderWidgets, WIDGETS, type Widget } from './render-widgets.js';

export interface RenderOptions {
  /** The folder `candor summarize --out` wrote. */
  summaries: string;
  config: string;
  out: string;
  /** Locales to render (default: the config's store.locale, else en). */
  locales?: string[];
  /** Only these products (default: all). */
  products?: string[];
  widgets?: Widget[];
  /**
   * Link each widget's styles from this URL (where the files written to `<out>/styles/` are served)
   * instead of inline `<style>` elements: for pages whose CSP has no 'unsafe-inline' in style-src.
   */
  stylesheets?: string;
  log?: (line: string) => void;
}

export interface RenderReport {
  files: number;
  products: number;
  locales: string[];
  failed: { productId: string; locale: string; reason: string }[];
}

const NOT_SUMMARIES = new Set(['ratings.json', '.candor-manifest.json']);

/** Product ids of the summary files under `dir` (ids may contain `/`, as summarize writes them). */
export function summaryIds(dir: string): string[] {
  const ids: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (!name.startsWith('.')) walk(path);
      } else if (name.endsWith('.json') && !NOT_SUMMARIES.has(name) && !/^ratings\.\d+-of-\d+\.json$/.test(name)) {
        ids.push(relative(dir, path).slice(0, -'.json'.length).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return ids;
}

export async function runRender(options: RenderOptions): Promise<RenderReport> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!existsSync(options.config)) throw new UsageError(`${options.config}: no such file (the store config, candor.json)`);
  if (!existsSync(options.summaries)) throw new UsageError(`${options.summaries}: no such folder (the --out folder of candor summarize)`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(options.config, 'utf8'));
  } catch (error) {
    throw new UsageError(`${options.config} is not valid JSON: ${(error as Error).message}`);
  }
  const config = configForRender(json, options.config);
  const locales = (options.locales?.length ? options.locales : [config.store.locale ?? 'en']).map((tag) => {
    const locale = canonicalLocale(tag);
    if (!locale) throw new UsageError(`--locale ${tag} is not a language tag such as en, de or ar-EG`);
    return locale;
  });
  const withSummary = new Set(summaryIds(options.summaries));
  const all = [...new Set([...withSummary, ...Object.keys(config.products ?? {})])].sort();
  const ids = options.products?.length ? options.products : all;
  const report: RenderReport = { files: 0, products: 0, locales, failed: [] };
  const stylesheets = new Set<string>();
  for (const productId of ids) {
    if (!PRODUCT_ID.test(productId) || !isSafePath(productId)) {
      report.failed.push({ productId, locale: '*', reason: 'not a safe file name (letters, digits and . _ : / - only)' });
      continue;
    }
    const summary = withSummary.has(productId) ? JSON.parse(readFileSync(join(options.summaries, `${productId}.json`), 'utf8')) : undefined;
    if (summary === undefined && !(config.products ?? {})[productId]) {
      report.failed.push({ productId, locale: '*', reason: "no summary and no entry in the config's products" });
      continue;
    }
    const widgets = (options.widgets ?? WIDGETS).filter((widget) => widget === 'panel' || summary !== undefined);
    let rendered = false;
    for (const locale of locales) {
      try {
        const html = await renderWidgets(config, { productId, locale, summary, widgets });
        for (const [widget, rendered] of Object.entries(html)) {
          let markup = rendered;
          if (options.stylesheets !== undefined) {
            const linked = linkStyles(markup, widget, options.stylesheets);
            markup = linked.markup;
            if (!stylesheets.has(linked.file)) {
              const css = join(options.out, 'styles', linked.file);
              mkdirSync(dirname(css), { recursive: true });
              writeFileAtomic(css, `${linked.css}\n`);
              stylesheets.add(linked.file);
              report.files++;
            }
          }
          const path = join(options.out, locale, productId, `${widget}.html`);
          mkdirSync(dirname(path), { recursive: true });
          writeFileAtomic(path, `${markup}\n`);
          report.files++;
        }
        rendered = true;
      } catch (error) {
        report.failed.push({ productId, locale, reason: (error as Error).message });
      }
    }
    if (rendered) report.products++;
  }
  log(`candor render: ${report.files} files for ${report.products} products in ${locales.join(', ')} -> ${options.out}`);
  for (const failure of report.failed) log(`  not rendered: ${failure.productId} (${failure.locale}): ${failure.reason}`);
  return report;
}

function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}
