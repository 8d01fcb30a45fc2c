/**
 * Page-level tests of the built CDN bundle in real headless Chromium, driven by Playwright from
 * the node project: vitest's browser iframe is not a realistic host page for script tags and CSP
 * headers. Each test writes its own small page into a temporary site served by scripts/serve.mjs
 * (the built bundle at /cdn/), so nothing here depends on the demo store.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright';
import { chromiumPath } from '../../../../scripts/chromium-path.mjs';
import { startStoreServer } from '../../../../scripts/serve.mjs';
import { staticClosure as closureOf } from '../../../../scripts/static-closure.mjs';

export const EMBED_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const VERSION: string = JSON.parse(readFileSync(join(EMBED_DIR, 'package.json'), 'utf8')).version;
export const BUNDLE_DIR = join(EMBED_DIR, 'dist', `candor@${VERSION}`);
export const LOADER = `/cdn/candor@${VERSION}/candor.js`;

/** The strict policy from issue 6, exactly as the README documents it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types candor";

export interface ManifestFile {
  bytes: number;
  integrity: string;
  brotli: number;
  gzip: number;
  imports?: string[];
  dynamicImports?: string[];
}
export interface Manifest {
  name: string;
  version: string;
  entry: string;
  runtime?: string;
  vitals?: string;
  engine?: string;
  /** The Lit-free <candor-rating-badge> of badge-only pages (packages/embed/src/listing-badge.ts). */
  listingBadge?: string;
  /** The loader's way to the Lit widgets (packages/embed/src/widget-path.ts): every page with a Lit widget loads it. */
  widgetPath?: string;
  widgets: Record<string, string>;
  files: Record<string, ManifestFile>;
}

/** The built bundle's manifest; a clear message when the bundle has not been built. */
export function readManifest(): Manifest {
  const file = join(BUNDLE_DIR, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`pnpm build\` first (\`npm test\` builds before testing).`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Every file a chunk needs before it runs: itself and its static imports, transitively. */
export function staticClosure(manifest: Manifest, ...entries: string[]): Set<string> {
  return closureOf((file) => manifest.files[file]?.imports, ...entries);
}

/** A site of hand-written pages in a temporary folder, plus the built bundle at /cdn/. */
export class TestSite {
  readonly dir = mkdtempSync(join(tmpdir(), 'candor-embed-'));
  url = '';
  private server?: Awaited<ReturnType<typeof startStoreServer>>['server'];

  constructor(headers: Record<string, Record<string, string>> = {}) {
    writeFileSync(join(this.dir, 'headers.json'), JSON.stringify(headers));
    // Chromium asks for it on every page; a 404 would be a console error in every test.
    writeFileSync(join(this.dir, 'favicon.ico'), '');
  }

  /** Writes a file of the site (pages, JSON, scripts); returns its URL. */
  file(path: string, content: string): string {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return `${this.url}/${path}`;
  }

  /** A page: `head` goes into <head>, `body` into <body>; the loader tag is the caller's business. */
  page(path: string, { head = '', body = '', lang = 'en' }: { head?: string; body?: string; lang?: string }): string {
    return this.file(
      path,
      `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${path}</title>\n${head}\n</head>\n<body>\n${body}\n</body></html>\n`,
    );
  }

  async start(): Promise<void> {
    readManifest(); // fail early and clearly without a build
    const started = await startStoreServer({ port: 0, siteDir: this.dir });
    this.server = started.server;
    this.url = started.url;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
}

/** What a page did: console messages, uncaught errors, requests (in order). */
export interface Observed {
  page: Page;
  context: BrowserContext;
  console: { type: string; text: string }[];
  errors: string[];
  requests: Request[];
  /** Paths (with query) of every request, relative to the site. */
  paths(): string[];
}

export async function openPage(
  browser: Browser,
  site: TestSite,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Observed> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1000, height: 700 } });
  const page = await context.newPage();
  const observed: Observed = {
    page,
    context,
    console: [],
    errors: [],
    requests: [],
    paths: () => observed.requests.map((request) => request.url().replace(site.url, '')),
  };
  page.on('console', (message) => observed.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => observed.errors.push(error.message));
  page.on('request', (request) => observed.requests.push(request));
  return observed;
}

/** Resolves once `tag` is defined and every instance has rendered into its shadow root. */
export async function rendered(page: Page, tag: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const all = [...document.querySelectorAll(name)];
      return !!customElements.get(name) && all.length > 0 && all.every((element) => (element.shadowRoot?.childNodes.length ?? 0) > 0);
    },
    tag,
    { timeout },
  );
}

/** Sleeps in the test (not in the page). */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
