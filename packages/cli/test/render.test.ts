import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runRender, summaryIds } from '../src/render/run.js';
import { tempDir } from './helpers.js';

const store = fileURLToPath(new URL('../../../examples/demo-store/', import.meta.url));
const config = join(store, 'candor.json');
const summaries = join(store, 'data/summaries');

/** The text a reader sees: markup, styles, Lit's markers and the inline JSON removed. */
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

async function render(options: Partial<Parameters<typeof runRender>[0]> = {}) {
  const out = tempDir('candor-render-');
  const lines: string[] = [];
  const report = await runRender({ summaries, config, out, log: (line) => lines.push(line), ...options });
  const read = (locale: string, productId: string, widget: string) => readFileSync(join(out, locale, productId, `${widget}.html`), 'utf8');
  return { out, report, lines, read };
}

describe('candor render', () => {
  it('lists the summaries summarize wrote, not its index or manifest', () => {
    expect(summaryIds(summaries)).toEqual([
      'aero-headphones',
      'camp-lantern',
      'canvas-daypack',
      'merino-beanie',
      'summit-bottle',
      'trail-jacket',
    ]);
  });

  it("writes each widget with a declarative shadow root holding the figures and text, in the store's locale, needing no script", async () => {
    const { report, read } = await render({ products: ['trail-jacket'] });
    expect(report.failed).toEqual([]);
    expect(report.locales).toEqual(['en-GB']);
    const summary = JSON.parse(readFileSync(join(summaries, 'trail-jacket.json'), 'utf8'));

    const badge = read('en-GB', 'trail-jacket', 'badge');
    const panel = read('en-GB', 'trail-jacket', 'panel');
    const summaryHtml = read('en-GB', 'trail-jacket', 'summary');
    for (const html of [badge, panel, summaryHtml]) {
      expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
      expect(html).toContain('defer-hydration');
      // The only script is data: the summary the widget hydrates with.
      expect(html.match(/<script[^>]*>/g) ?? []).toEqual(['<script type="application/json">']);
      // No event handler attribute on any element (the demo's own XSS review is data and text only).
      expect(html.replace(/<script[\s\S]*?<\/script>/g, '')).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    }
    // The badge's figure is the checked average, cut to one decimal, never rounded up.
    const cut = Math.floor(summary.adjustedAverage * 10) / 10;
    expect(visibleText(badge)).toContain(cut.toFixed(1));
    expect(visibleText(summaryHtml)).toContain(String(summary.total));
    expect(visibleText(summaryHtml)).not.toMatch(/loading/i);
    // The panel's figures come from the config's product entry: £89 over 3 years of 40 wears.
    expect(visibleText(panel)).toContain('About £0.75 per wear over 3 years');
    expect(visibleText(panel)).toContain('Frequently returned: 22% of buyers sent it back.');
    // The config's theme is in the shadow root, after the widget's own styles.
    const styles = panel.match(/<style>[\s\S]*?<\/style>/g)!;
    expect(styles.length).toBe(2);
  });

  it('with --stylesheets, links one hashed stylesheet per widget instead of inline <style>, the same for every product', async () => {
    const inline = await render({ products: ['trail-jacket'] });
    const { out, report, read } = await render({
      products: ['trail-jacket', 'canvas-daypack'],
      stylesheets: 'https://shop.example/candor/',
    });
    expect(report.failed).toEqual([]);
    const files = readdirSync(join(out, 'styles')).sort();
    expect(files).toHaveLength(3);
    for (const widget of ['badge', 'panel', 'summary']) {
      const file = files.find((name) => name.startsWith(`candor-${widget}.`))!;
      expect(file).toMatch(/^candor-[a-z]+\.[0-9a-f]{10}\.css$/);
      for (const productId of ['trail-jacket', 'canvas-daypack']) {
        const html = read('en-GB', productId, widget);
        expect(html).not.toContain('<style');
        expect(html).toContain(`shadowrootmode="open"><link rel="stylesheet" href="https://shop.example/candor/${file}">`);
      }
      // The file holds what the inline <style> elements held: the widget's styles, then the theme and render rules.
      const styles = [...inline.read('en-GB', 'trail-jacket', widget).matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) =>
        match[1]!.trim(),
      );
      expect(readFileSync(join(out, 'styles', file), 'utf8')).toBe(`${styles.join('\n')}\n`);
      // Same text, apart from the styles.
      expect(visibleText(read('en-GB', 'trail-jacket', widget))).toBe(visibleText(inline.read('en-GB', 'trail-jacket', widget)));
    }
  });

  it('renders de, fr, es and ar with their real strings (no loading state), ar right to left', async () => {
    const { report, read } = await render({ products: ['trail-jacket'], locales: ['de', 'fr', 'es', 'ar'] });
    expect(report.failed).toEqual([]);
    const expected: Record<string, RegExp> = { de: /Kosten pro/i, fr: /Coût par/i, es: /Coste por|Costo por/i, ar: /تكلفة/ };
    for (const locale of ['de', 'fr', 'es', 'ar']) {
      const panel = visibleText(read(locale, 'trail-jacket', 'panel'));
      expect(panel, locale).toMatch(expected[locale]!);
      expect(panel, locale).not.toContain('Cost per use');
      const summary = read(locale, 'trail-jacket', 'summary');
      expect(summary, locale).not.toContain('class="status skeleton"');
      expect(summary, locale).toContain(`lang="${locale}"`);
    }
    expect(read('ar', 'trail-jacket', 'panel')).toContain('dir="rtl"');
  });

  it("keeps a review's </script> payload as data and as text, never as markup", async () => {
    const dir = tempDir('candor-render-xss-');
    cpSync(summaries, dir, { recursive: true });
    const summary = JSON.parse(readFileSync(join(dir, 'trail-jacket.json'), 'utf8'));
    const payload = '</script><img src=x onerror=alert(1)>';
    const cons = summary.themes.cons as { label: string }[];
    expect(cons.length).toBeGreaterThan(0);
    cons[0]!.label = payload;
    writeFileSync(join(dir, 'trail-jacket.json'), JSON.stringify(summary));
    const { report, read } = await render({ summaries: dir, products: ['trail-jacket'] });
    expect(report.failed).toEqual([]);
    for (const widget of ['badge', 'summary', 'panel']) {
      const html = read('en-GB', 'trail-jacket', widget);
      expect(html, widget).not.toContain('<img src=x');
      expect(html.match(/<\/script>/g)?.length, widget).toBe(1);
    }
    expect(read('en-GB', 'trail-jacket', 'panel')).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders the panel alone for a config product without a summary, and reports a product it cannot render', async () => {
    const dir = tempDir('candor-render-none-');
    const { report, out } = await render({ summaries: dir, products: ['trail-jacket', 'no-such-product'] });
    expect(existsSync(join(out, 'en-GB/trail-jacket/panel.html'))).toBe(true);
    expect(existsSync(join(out, 'en-GB/trail-jacket/summary.html'))).toBe(false);
    expect(report.failed).toEqual([
      { productId: 'no-such-product', locale: '*', reason: "no summary and no entry in the config's products" },
    ]);
  });

  it("refuses a summary that is not one, with the widget's own sentence", async () => {
    const dir = tempDir('candor-render-bad-');
    writeFileSync(join(dir, 'trail-jacket.json'), JSON.stringify({ total: -1 }));
    const { report } = await render({ summaries: dir, products: ['trail-jacket'], widgets: ['summary'] });
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.reason).toMatch(/trail-jacket \(en-GB\), candor-review-summary: [\s\S]*"total" must be a whole number/);
  });
});
