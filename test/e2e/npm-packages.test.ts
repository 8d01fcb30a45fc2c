/**
 * The npm path, proven the way a consumer meets it: pack @candor/core and @candor/elements into
 * tarballs, install them into a temporary copy of examples/vite-app (outside the workspace, so
 * nothing resolves to our sources), type-check it, build it with Vite, serve the result and check
 * in headless Chromium that both widgets render. A missing export, type or file fails here.
 * It also prints what each public entry adds to an app's bundle (the table in the elements README).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { startStoreServer } from '../../scripts/serve.mjs';
import { pnpmCommand } from '../support/pnpm-command.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['core', 'elements'] as const;
type PackageName = (typeof PACKAGES)[number];

let work: string;
let app: string;
const tarballs = {} as Record<PackageName, string>;

/**
 * The environment of a developer's shell: vitest sets NODE_ENV=test, which would make Vite
 * resolve Lit's development build and measure and serve that instead of a production build.
 */
function consumerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['NODE_ENV'];
  delete env['VITEST'];
  return env;
}

function pnpm(args: string[], cwd: string): string {
  const [command, prefix] = pnpmCommand();
  try {
    return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: consumerEnv() });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`pnpm ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/** Paths inside a tarball, without npm's `package/` prefix. */
function tarList(file: string): string[] {
  return execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
}

/** The fields of a packed package.json that these tests read. */
interface PackedManifest {
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  license?: string;
  customElements?: string;
  sideEffects?: unknown;
}

function packedManifest(name: PackageName): PackedManifest {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarballs[name], 'package/package.json'], { encoding: 'utf8' }));
}

/** Every file an `exports` map points at (wildcards are not used by our packages). */
function exportTargets(exportsField: Record<string, string | Record<string, string>>): string[] {
  return Object.values(exportsField).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
}

beforeAll(() => {
  for (const name of PACKAGES) {
    if (!existsSync(join(repo, `packages/${name}/dist/index.js`)))
      throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` first (npm test does).`);
  }
  work = mkdtempSync(join(tmpdir(), 'candor-npm-'));
  const packs = join(work, 'tarballs');
  for (const name of PACKAGES) {
    pnpm(['pack', '--pack-destination', packs], join(repo, `packages/${name}`));
    const file = readdirSync(packs).find((entry) => entry.startsWith(`candor-${name}-`) && entry.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @candor/${name} into ${packs}`);
    tarballs[name] = join(packs, file);
  }
  app = join(work, 'app');
  cpSync(join(repo, 'examples/vite-app'), app, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) });
  // The app depends on the tarballs; the override makes @candor/elements' own dependency on
  // @candor/core resolve to the tarball too, not to the registry.
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  manifest.dependencies['@candor/core'] = `file:${tarballs.core}`;
  manifest.dependencies['@candor/elements'] = `file:${tarballs.elements}`;
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(app, 'pnpm-workspace.yaml'),
    `overrides:\n  '@candor/core': 'file:${tarballs.core}'\npmOnFail: warn\nupdateNotifier: false\n`,
  );
  pnpm(['install', '--prefer-offline', '--reporter=append-only'], app);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the tarballs', () => {
  it.each(PACKAGES)('@candor/%s holds every exported file, its README and licence fields, and no sources, tests or maps', async (name) => {
    await initModuleLexer;
    const files = tarList(tarballs[name]);
    const manifest = packedManifest(name);
    for (const target of exportTargets(manifest.exports))
      expect(files, `${target} is exported but not packed`).toContain(target.replace(/^\.\//, ''));
    // Every relative import inside the packed JavaScript points at a packed file, and every bare
    // one names a declared dependency (a helper import such as tslib's once slipped in undeclared).
    const packedJs = files.filter((file) => file.endsWith('.js'));
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const extracted = join(work, `extract-${name}`);
    mkdirSync(extracted, { recursive: true });
    execFileSync('tar', ['-xzf', tarballs[name], '-C', extracted]);
    for (const file of packedJs) {
      const [imports] = parseModule(readFileSync(join(extracted, 'package', file), 'utf8'));
      for (const { n: specifier } of imports) {
        if (specifier === undefined) continue; // import(expression): nothing to check
        if (specifier.startsWith('.')) {
          const resolved = join(file, '..', specifier).replace(/\\/g, '/');
          expect(files, `${file} imports ${specifier}, which is not in the tarball`).toContain(resolved);
        } else {
          const packageName = specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/');
          expect(declared, `${file} imports ${specifier}, but ${packageName} is not among @candor/${name}'s dependencies`).toContain(
            packageName,
          );
        }
      }
    }
    expect(files.filter((file) => /(^|\/)(src|test|bench|node_modules)\/|\.map$|\.test\.|tsconfig/.test(file))).toEqual([]);
    expect(files).toContain('README.md');
    expect(manifest.license).toBe('MIT');
    if (name === 'core') expect(files).toContain('candor.schema.json');
  });

  it('@candor/elements shares the app’s Lit, names its manifest and marks only define modules as side effects', () => {
    const manifest = packedManifest('elements');
    expect(manifest.dependencies?.lit).toMatch(/^\^3\.\d+\.\d+$/);
    expect(manifest.dependencies?.['@candor/core']).toMatch(/^\^\d+\.\d+\.\d+$/); // workspace:^ was replaced
    expect(manifest.customElements).toBe('custom-elements.json');
    expect(tarList(tarballs.elements)).toContain('custom-elements.json');
    expect(manifest.sideEffects).toEqual(['./dist/*.define.js']);
    const tags = JSON.parse(execFileSync('tar', ['-xzOf', tarballs.elements, 'package/custom-elements.json'], { encoding: 'utf8' }))
      .modules.flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? [])
      .map((declaration: { tagName?: string }) => declaration.tagName)
      .filter(Boolean)
      .sort();
    expect(tags).toEqual(['candor-honesty-panel', 'candor-rating-badge', 'candor-review-summary']);
  });
});

describe('examples/vite-app built from the tarballs', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startStoreServer>>;

  beforeAll(async () => {
    pnpm(['exec', 'tsc', '--noEmit'], app);
    pnpm(['exec', 'vite', 'build'], app);
    server = await startStoreServer({ port: 0, siteDir: join(app, 'dist') });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.server.close();
  });

  it('type-checks and builds against the installed packages only', () => {
    expect(readdirSync(join(app, 'dist/assets')).some((file) => file.endsWith('.js'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/@candor/elements/src'))).toBe(false);
    expect(readFileSync(join(app, 'node_modules/@candor/elements/package.json'), 'utf8')).not.toContain('workspace:');
  });

  it('fails to type-check when the app misuses a typed event (the types are real)', () => {
    const main = join(app, 'src/main.ts');
    const original = readFileSync(main, 'utf8');
    writeFileSync(main, `${original}\npanel.addEventListener('candor-cooling-off-saved', (event) => event.detail.noSuchField);\n`);
    try {
      expect(() => pnpm(['exec', 'tsc', '--noEmit'], app)).toThrow(/noSuchField/);
    } finally {
      writeFileSync(main, original);
    }
  }, 120_000);

  it('renders both widgets in Chromium, one under the app’s own tag, with no console errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('console', (message) => (message.type() === 'error' ? errors : warnings).push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true', null, { timeout: 15_000 });
    // The panel's returns section loads on demand once the panel is within a screen of the viewport
    // (an IntersectionObserver, then a chunk): after the first render that `ready` waits for.
    await page.waitForFunction(() => /%/.test(document.querySelector('candor-honesty-panel')?.shadowRoot?.textContent ?? ''), null, {
      timeout: 10_000,
    });
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('[data-widget]')].map((element) => ({
        widget: (element as HTMLElement).dataset['widget'],
        tag: element.localName,
        defined: customElements.get(element.localName) !== undefined,
        text: element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      })),
    );
    // A production build: Lit's development build would warn "Lit is in dev mode" in the console.
    expect(warnings.filter((text) => /dev mode/i.test(text))).toEqual([]);
    expect(rendered.map(({ widget, tag, defined }) => ({ widget, tag, defined }))).toEqual([
      { widget: 'review-summary', tag: 'shop-review-summary', defined: true },
      { widget: 'honesty-panel', tag: 'candor-honesty-panel', defined: true },
    ]);
    const [summary, panel] = rendered;
    // The summary shows the summarised reviews' count; the panel the product's return rate from candor.json.
    expect(summary!.text).toMatch(/\b\d+ reviews\b/);
    expect(panel!.text).toMatch(/18\s?%/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the typed events reach the app: saving to think about it updates the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true', null, { timeout: 15_000 });
    await page.locator('candor-honesty-panel').getByRole('button', { name: /save/i }).first().click();
    await expect.poll(() => page.locator('.saved').textContent()).toBe('Saved walking-boot to think about.');
    await page.close();
  });
});

describe('what each entry adds to an app bundle', () => {
  const ENTRIES = [
    { entry: 'lit', code: `export * from 'lit';` },
    { entry: '@candor/core', code: `export * from '@candor/core';` },
    { entry: '@candor/elements (classes only)', code: `export * from '@candor/elements';` },
    { entry: '@candor/elements/review-summary.js', code: `import '@candor/elements/review-summary.js';` },
    { entry: '@candor/elements/rating-badge.js', code: `import '@candor/elements/rating-badge.js';` },
    { entry: '@candor/elements/honesty-panel.js', code: `import '@candor/elements/honesty-panel.js';` },
    {
      entry: 'both widgets (review-summary.js + honesty-panel.js)',
      code: `import '@candor/elements/review-summary.js';\nimport '@candor/elements/honesty-panel.js';`,
    },
  ];

  it('prints the initial JavaScript of each entry, minified by Vite, with gzip and brotli sizes', () => {
    const script = join(app, 'measure-entries.mjs');
    writeFileSync(
      script,
      `import { build } from 'vite';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
const entries = ${JSON.stringify(ENTRIES)};
const rows = [];
for (const [index, { entry, code }] of entries.entries()) {
  mkdirSync('measure', { recursive: true });
  const input = 'measure/entry-' + index + '.js';
  writeFileSync(input, code + '\\n');
  const result = await build({ logLevel: 'silent', configFile: false, build: { write: false, target: 'es2022', rollupOptions: { input, preserveEntrySignatures: 'strict' } } });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  // The entry and its static imports: what loads up front. Lazy chunks (other languages, the engine) are not counted.
  const seen = new Set();
  const visit = (name) => { if (seen.has(name)) return; seen.add(name); for (const next of chunks.get(name).imports) visit(next); };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  let bytes = 0, gzip = 0, brotli = 0;
  for (const name of seen) {
    const buffer = Buffer.from(chunks.get(name).code);
    bytes += buffer.length;
    gzip += gzipSync(buffer, { level: 9 }).length;
    brotli += brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  rows.push({ entry, bytes, gzip, brotli, lazy: chunks.size - seen.size });
}
console.log(JSON.stringify(rows));
`,
    );
    const rows: { entry: string; bytes: number; gzip: number; brotli: number; lazy: number }[] = JSON.parse(
      execFileSync(process.execPath, [script], { cwd: app, encoding: 'utf8', env: consumerEnv() }).trim().split('\n').pop()!,
    );
    const number = (value: number) => value.toLocaleString('en-US');
    const table = [
      '| entry | minified | gzip | brotli | lazy chunks |',
      '|---|--:|--:|--:|--:|',
      ...rows.map((row) => `| \`${row.entry}\` | ${number(row.bytes)} B | ${number(row.gzip)} B | ${number(row.brotli)} B | ${row.lazy} |`),
    ].join('\n');
    console.log(`Initial JavaScript per entry (Vite production build of the installed tarballs; Lit included where used):\n${table}`);
    const size = (entry: string) => rows.find((row) => row.entry === entry)!.brotli;
    // Sanity of the measurement: a define entry costs more than Lit alone, and both widgets less than their sum (shared Lit and code).
    expect(size('@candor/elements/review-summary.js')).toBeGreaterThan(size('lit'));
    expect(size('both widgets (review-summary.js + honesty-panel.js)')).toBeLessThan(
      size('@candor/elements/review-summary.js') + size('@candor/elements/honesty-panel.js'),
    );
  }, 120_000);
});
