/**
 * The framework examples, built with their own tools and loaded in headless Chromium:
 * - examples/vue-app (Vue 3 + Vite): `vite build`, and a second build with a summary of hostile
 *   reviews (CANDOR_SUMMARY_FILE) into its own folder; vue-tsc on a good and a bad template fixture
 *   with the generated `GlobalComponents` (and a control without them);
 * - examples/astro-site (Astro): `astro build`, whose frontmatter renders the widgets with Lit SSR
 *   (declarative shadow DOM, hydrated in the browser), and a second build with hostile reviews.
 * For each page: the widgets render, no console errors or failed requests, CLS 0, axe 0 violations.
 * For each example's inline-data path, reviews carrying `</script><img src=x onerror=...>` stay
 * data (the payload shows as text, nothing runs); a control page written with plain
 * `JSON.stringify` runs the handler, so the test can see the hole.
 * Needs the built packages (`pnpm build`; npm test builds first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright';
import { summarizeReviews } from '@candor/core/reviews';
import '@candor/core/reviews/themes';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { startStoreServer } from '../../scripts/serve.mjs';
import { CLS_SCRIPT } from '../support/layout-shift.js';
import { pnpmCommand } from '../support/pnpm-command.js';
import { hostileReviews, PAYLOAD, PAYLOAD_AS_TEXT, xssOutcome as readXssOutcome, type XssOutcome } from '../support/hostile-data.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const vueApp = join(repo, 'examples/vue-app');
const astroSite = join(repo, 'examples/astro-site');
const built = existsSync(join(repo, 'packages/core/dist/index.js')) && existsSync(join(repo, 'packages/elements/vue.d.ts'));

// Astro's anonymous usage report would try the network, which tests and CI do not have.
const ASTRO_ENV = { ASTRO_TELEMETRY_DISABLED: '1' };
const DATA_BLOCK = /<script type="application\/json" id="candor-data">[\s\S]*?<\/script>/;

/** A developer's shell: vitest sets NODE_ENV=test, which would build Vue's and Lit's development code. */
function consumerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  delete env['NODE_ENV'];
  delete env['VITEST'];
  return env;
}

/** Runs pnpm in `cwd`; returns its exit status and all output. */
function pnpm(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number; output: string } {
  const [command, prefix] = pnpmCommand();
  try {
    const output = execFileSync(command, [...prefix, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: consumerEnv(env),
    });
    return { status: 0, output };
  } catch (error) {
    const { status = 1, stdout = '', stderr = '' } = error as { status?: number; stdout?: string; stderr?: string };
    return { status: status ?? 1, output: `${stdout}\n${stderr}` };
  }
}

function pnpmOrThrow(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const { status, output } = pnpm(args, cwd, env);
  if (status !== 0) throw new Error(`pnpm ${args.join(' ')} failed in ${cwd}:\n${output}`);
  return output;
}

interface AxeViolation {
  id: string;
  help: string;
  targets: unknown[];
}

interface Visit {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

let browser: Browser;
const servers: { server: { close: () => void } }[] = [];
const figures: string[] = [];

async function serve(siteDir: string): Promise<string> {
  const started = await startStoreServer({ port: 0, siteDir });
  servers.push(started);
  return started.url;
}

async function visit(url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: CLS_SCRIPT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

/** Every Candor element's tag and shadow text, once the page says its widgets rendered. */
async function widgetTexts(page: Page): Promise<Record<string, string>> {
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true', null, { timeout: 40_000 });
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('candor-review-summary, candor-honesty-panel, candor-rating-badge')].map((element) => [
        element.localName,
        element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ]),
    ),
  );
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: join(repo, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target) }));
  });
}

/** Renders, console, CLS and axe for one example page. */
async function checkPage(url: string, name: string, expected: Record<string, RegExp>): Promise<Page> {
  const { page, errors } = await visit(url);
  let texts = await widgetTexts(page);
  expect(Object.keys(texts).sort()).toEqual(Object.keys(expected).sort());
  // A widget's first frame may be its loading state (the summary analyses raw reviews with the
  // engine it loads on demand): wait for each one's content.
  for (const [tag, pattern] of Object.entries(expected)) {
    await expect.poll(async () => (texts = await widgetTexts(page))[tag], { timeout: 30_000, message: `${name}: ${tag}` }).toMatch(pattern);
  }
  // Late work (the summary's lazy engine and strings) settles, then the page is read as a whole.
  await page.waitForTimeout(1_000);
  const metrics = await page.evaluate(() => (window as unknown as { __metrics: { cls: number; shifts: unknown[] } }).__metrics);
  expect(metrics.shifts, `${name}: layout shifts`).toEqual([]);
  expect(metrics.cls).toBe(0);
  const violations = await runAxe(page);
  expect(violations, `${name}: axe`).toEqual([]);
  expect(errors, `${name}: console errors and failed requests`).toEqual([]);
  figures.push(
    `${name}: ${Object.keys(texts).length} widgets rendered, CLS ${metrics.cls}, axe ${violations.length} violations, ${errors.length} console errors`,
  );
  return page;
}

/** What a page with hostile inline data did: handler runs, injected images, and the widget's text. */
async function xssOutcome(url: string, { control = false } = {}): Promise<XssOutcome> {
  const { page, close } = await visit(url);
  try {
    // The summary analyses (Astro) or shows (Vue) the reviews: wait for its figures. A control
    // page's data is broken by design, and its images have fired by `load`.
    if (!control)
      await page.waitForFunction(
        () => /\d+ reviews/.test(document.querySelector('candor-review-summary')?.shadowRoot?.textContent ?? ''),
        null,
        { timeout: 40_000 },
      );
    if (!control) {
      // The review quotes are behind "Show the full summary" (their code loads on the press, except
      // where the server rendered them): press it and wait for the quotes.
      await page.locator('candor-review-summary [part="expand"]').click();
      await page.waitForFunction(
        () => document.querySelector('candor-review-summary')?.shadowRoot?.querySelector('[part~="quote"]'),
        null,
        {
          timeout: 20_000,
        },
      );
    }
    await page.waitForTimeout(300);
    return await readXssOutcome(page);
  } finally {
    await close();
  }
}

beforeAll(async () => {
  if (!built) return;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const { server } of servers) server.close();
  if (figures.length) console.log(`framework examples:\n  ${figures.join('\n  ')}`);
});

describe('framework examples', () => {
  it('need the built packages and generated types (run `pnpm build`; npm test does)', () => {
    expect(built, 'packages/core/dist or packages/elements/vue.d.ts is missing: run `pnpm build` first').toBe(true);
  });
});

describe.runIf(built)('examples/vue-app', () => {
  let base: string;
  let hostileBase: string;
  let work: string;

  beforeAll(async () => {
    pnpmOrThrow(['exec', 'vite', 'build'], vueApp);
    // A second `vite build` whose page inlines a summary of hostile reviews through the example's
    // own inline-data plugin (CANDOR_SUMMARY_FILE), into its own folder.
    work = mkdtempSync(join(tmpdir(), 'candor-vue-xss-'));
    const summaryFile = join(work, 'summary.json');
    writeFileSync(summaryFile, JSON.stringify(summarizeReviews(hostileReviews())));
    pnpmOrThrow(['exec', 'vite', 'build', '--outDir', join(work, 'dist'), '--emptyOutDir'], vueApp, { CANDOR_SUMMARY_FILE: summaryFile });
    // The control: the hostile page with its data block rewritten by plain JSON.stringify.
    const html = readFileSync(join(work, 'dist/index.html'), 'utf8');
    const block = html.match(DATA_BLOCK);
    expect(block, 'the Vue page has no inline data block').not.toBeNull();
    // The whole summary, payloads included, sits inside the one block.
    const data: unknown = JSON.parse(block![0].replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
    expect(JSON.stringify(data)).toContain(PAYLOAD);
    writeFileSync(
      join(work, 'dist/control.html'),
      html.replace(DATA_BLOCK, () => `<script type="application/json" id="candor-data">${JSON.stringify(data)}</script>`),
    );
    base = await serve(join(vueApp, 'dist'));
    hostileBase = await serve(join(work, 'dist'));
  }, 360_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('renders every widget, with no console errors, CLS 0 and axe 0', async () => {
    const page = await checkPage(`${base}/`, 'vue-app', {
      'candor-rating-badge': /out of 5/,
      'candor-review-summary': /\b402 reviews\b/,
      'candor-honesty-panel': /per use/i,
    });
    // A typed Candor event reaches the Vue handler.
    await page.locator('candor-honesty-panel').getByRole('button', { name: /save/i }).first().click();
    await expect.poll(() => page.locator('.saved').textContent(), { timeout: 10_000 }).toBe('Saved trail-jacket to think about.');
    await page.context().close();
  }, 90_000);

  it('keeps a </script> payload in the inline data as data: it shows as text and runs nothing', async () => {
    const safe = await xssOutcome(`${hostileBase}/`);
    expect(safe).toMatchObject({ ran: 0, images: 0 });
    expect(safe.summaryText).toMatch(/\b61 reviews\b/);
    expect(safe.summaryText).toContain(PAYLOAD_AS_TEXT);
  }, 90_000);

  it('control: the same data written with JSON.stringify injects the image and runs its handler', async () => {
    const plain = await xssOutcome(`${hostileBase}/control.html`, { control: true });
    expect(plain.ran).toBeGreaterThan(0);
    expect(plain.images).toBeGreaterThan(0);
  }, 90_000);
});

describe.runIf(built)('Vue template types generated from custom-elements.json', () => {
  it('vue-tsc accepts the app and the good fixture', () => {
    const { status, output } = pnpm(['exec', 'vue-tsc', '--noEmit', '-p', 'type-fixtures/tsconfig.good.json'], vueApp);
    expect(output.trim()).toBe('');
    expect(status).toBe(0);
  }, 240_000);

  it('vue-tsc rejects :price="\'89\'" and a misspelt prop, and nothing else', () => {
    const { status, output } = pnpm(['exec', 'vue-tsc', '--noEmit', '-p', 'type-fixtures/tsconfig.bad.json'], vueApp);
    expect(status).not.toBe(0);
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/BadProps\.vue\(7,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
    expect(errors[1]).toMatch(/BadProps\.vue\(9,\d+\): error TS\d+: .*'productID' does not exist/);
  }, 240_000);

  it('control: without the generated types the bad fixture raises neither error', () => {
    const config = join(vueApp, 'type-fixtures/tsconfig.control.json');
    try {
      writeFileSync(config, JSON.stringify({ extends: '../tsconfig.json', include: ['./BadProps.vue'] }));
      const { output } = pnpm(['exec', 'vue-tsc', '--noEmit', '-p', 'type-fixtures/tsconfig.control.json'], vueApp);
      expect(output).not.toMatch(/TS2322|productID/);
    } finally {
      rmSync(config, { force: true });
    }
  }, 240_000);
});

describe.runIf(built)('examples/astro-site', () => {
  let base: string;
  let hostileBase: string;
  let work: string;

  beforeAll(async () => {
    pnpmOrThrow(['exec', 'astro', 'build'], astroSite, ASTRO_ENV);
    // A second build whose page inlines hostile reviews through the page's own toInlineJson path.
    work = mkdtempSync(join(tmpdir(), 'candor-astro-xss-'));
    const reviewsFile = join(work, 'reviews.json');
    writeFileSync(reviewsFile, JSON.stringify({ productId: 'camp-lantern', reviews: hostileReviews() }));
    pnpmOrThrow(['exec', 'astro', 'build', '--outDir', join(work, 'dist')], astroSite, { ...ASTRO_ENV, CANDOR_REVIEWS: reviewsFile });
    // The control: the hostile page with the summary's data block rewritten by plain JSON.stringify.
    // The block sits in the element's light DOM, after its declarative shadow root.
    const html = readFileSync(join(work, 'dist/index.html'), 'utf8');
    const block = /(<\/template><script type="application\/json">)([^<]*)(<\/script><\/candor-review-summary>)/;
    const match = html.match(block);
    expect(match, 'the Astro page has no inline summary data').not.toBeNull();
    expect(JSON.stringify(JSON.parse(match![2]))).toContain(PAYLOAD);
    writeFileSync(
      join(work, 'dist/control.html'),
      html.replace(block, (_, open, json, close) => `${open}${JSON.stringify(JSON.parse(json))}${close}`),
    );
    base = await serve(join(astroSite, 'dist'));
    hostileBase = await serve(join(work, 'dist'));
  }, 360_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("serves the widgets' content in their declarative shadow roots, before any script runs", async () => {
    const html = await (await fetch(`${base}/`)).text();
    for (const [tag, text] of [
      ['candor-honesty-panel', /Save it for 48 hours/],
      ['candor-review-summary', /from 61 reviews/],
    ] as const) {
      const element = html.match(
        new RegExp(
          `<${tag}\\b([^>]*)>\\s*<template [^>]*shadowrootmode="open"[^>]*>([\\s\\S]*?)</template><script type="application/json">`,
        ),
      );
      expect(element, `${tag} with a declarative shadow root`).not.toBeNull();
      expect(element![1]).toMatch(/\bdefer-hydration\b/);
      expect(element![1]).toContain('product-id="camp-lantern"');
      expect(element![2].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ')).toMatch(text);
    }
  });

  it('shows the widgets with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/`, { waitUntil: 'load' });
      const text = (tag: string) => page.locator(tag).evaluate((element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
      expect(await text('candor-honesty-panel')).toMatch(/About £0\.23 per use over 5 years/);
      expect(await text('candor-honesty-panel')).toMatch(/Save it for 48 hours/);
      expect(await text('candor-review-summary')).toMatch(/4\.2 out of 5 from 48 reviews/);
      expect(await page.locator('candor-review-summary').getAttribute('defer-hydration')).not.toBeNull();
    } finally {
      await context.close();
    }
  }, 60_000);

  it('hydrates every widget with no console errors, CLS 0 and axe 0, and they respond', async () => {
    const page = await checkPage(`${base}/`, 'astro-site', {
      'candor-review-summary': /\b61 reviews\b/,
      'candor-honesty-panel': /per use/i,
    });
    // Hydrated: defer-hydration is lifted and the widgets answer the shopper.
    expect(await page.locator('[defer-hydration]').count()).toBe(0);
    const panel = page.locator('candor-honesty-panel');
    await panel.getByRole('button', { name: /save it for 48 hours/i }).click();
    await expect
      .poll(() => panel.evaluate((element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ')), { timeout: 10_000 })
      .toMatch(/Saved on this device/);
    const summary = page.locator('candor-review-summary');
    expect(await summary.evaluate((element) => element.shadowRoot!.textContent)).toMatch(/4\.2 out of 5 from 48 reviews/);
    await summary.getByText(/Show our work/).click();
    const duplicate = summary.getByRole('checkbox', { name: /Copies another review/ });
    await duplicate.click();
    // Without the duplicate check its 7 reviews count again: 55 of the 61 pass the other checks.
    const summaryText = () => summary.evaluate((element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    await expect.poll(summaryText, { timeout: 10_000 }).toMatch(/3\.8 out of 5 from 55 reviews/);
    expect(await summaryText()).toMatch(/You switched off: Copies another review/);
    await page.context().close();
  }, 90_000);

  it('control: the same CLS measurement sees a box that grows above the summary after load', async () => {
    const { page, errors, close } = await visit(`${base}/`);
    try {
      await widgetTexts(page);
      await page.evaluate(() => {
        const box = document.createElement('div');
        document.querySelector('candor-review-summary')!.before(box);
        requestAnimationFrame(() => (box.style.blockSize = '200px'));
      });
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { __metrics: { cls: number } }).__metrics.cls);
      expect(cls).toBeGreaterThan(0);
      figures.push(`control (a 200 px box growing after load): CLS ${cls.toFixed(4)}`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it('keeps a </script> payload in the inline reviews as data: it shows as text and runs nothing', async () => {
    const safe = await xssOutcome(`${hostileBase}/`);
    expect(safe).toMatchObject({ ran: 0, images: 0 });
    expect(safe.summaryText).toMatch(/\b61 reviews\b/);
    expect(safe.summaryText).toContain(PAYLOAD_AS_TEXT);
  }, 90_000);

  it('control: the same page written with JSON.stringify injects the images and runs their handlers', async () => {
    const plain = await xssOutcome(`${hostileBase}/control.html`, { control: true });
    expect(plain.ran).toBeGreaterThan(0);
    expect(plain.images).toBeGreaterThan(0);
  }, 90_000);
});
