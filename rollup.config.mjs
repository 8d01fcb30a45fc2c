// Builds every package:
// - @candor/core and @candor/elements: unbundled ES modules with .d.ts files, bare `lit` imports and
//   `.js` specifiers, so an app's bundler shares its own Lit and tree-shakes what it does not use;
// - @candor/embed: the minified script-tag bundle with code-split chunks, in a versioned folder.
// Type errors fail the build (noEmitOnError), not just warn.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { staticClosure } from './scripts/static-closure.mjs';

const packageJson = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** Every .ts module under src, except tests and declaration files. */
function sourceModules(dir) {
  const found = [];
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !/\.(test|spec)\.ts$/.test(name)) found.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

/** One library package as unbundled ESM + types. */
function library(name, { plugins = [] } = {}) {
  const dir = `packages/${name}`;
  const input = sourceModules(`${dir}/src`);
  if (input.length === 0) return [];
  const dependencies = Object.keys(packageJson(dir).dependencies ?? {});
  return [
    {
      input,
      // Bare imports of dependencies stay bare: the consumer's bundler resolves them.
      external: (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { dir: `${dir}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: `${dir}/src`, sourcemap: false },
      plugins: [typescript({ tsconfig: `${dir}/tsconfig.build.json`, outDir: `${dir}/dist`, declarationDir: `${dir}/dist` }), ...plugins],
      onwarn: failOnWarning,
    },
  ];
}

/** Warnings that would ship a broken package fail the build instead of scrolling by. */
function failOnWarning(warning, warn) {
  if (['UNRESOLVED_IMPORT', 'MISSING_EXPORT', 'PLUGIN_WARNING'].includes(warning.code)) throw new Error(warning.message);
  warn(warning);
}

/** After core is built, write candor.schema.json from the same shapes the validator reads. */
function writeConfigSchema() {
  return {
    name: 'candor-config-schema',
    async writeBundle() {
      const { configJsonSchema } = await import(`${pathToFileURL('packages/core/dist/config/json-schema.js').href}?t=${Date.now()}`);
      const text = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
      writeFileSync('packages/core/candor.schema.json', text);
    },
  };
}

/**
 * The script-tag bundle: the hand-written loader `candor.js` plus lazy chunks (the runtime with the
 * config validator, Lit and the shared element code, one chunk per widget, web-vitals, the review
 * engine), minified, in a versioned folder `candor@<version>/` so URLs can be pinned. Chunk names
 * carry no hash: the folder is the cache key and never changes once published, and the loader's
 * integrity value then changes only when the loader (or a chunk's name) does.
 * Every file lies in that one folder under a flat name (`candor-<chunk>.js`), so a host without
 * subfolders (a Shopify theme's assets/) can hold the bundle as it is.
 * A manifest lists every file with bytes, sha384 integrity and compressed sizes; the budget tests
 * and the README snippet read it.
 */
function embed() {
  const dir = 'packages/embed';
  if (!existsSync(`${dir}/src/candor.ts`)) return [];
  const { version } = packageJson(dir);
  const outDir = `${dir}/dist/candor@${version}`;
  // Written to a folder of this build's own (outside dist, so never served) and swapped in at the
  // end, so a server or a test reading the bundle during a rebuild never finds it half written,
  // and two builds at once cannot write into each other's output.
  const stagingDir = `${dir}/.staging-${process.pid}-${Date.now().toString(36)}`;
  // The in-browser review engine is its own entry so its chunk exists (and is measured) even
  // before a widget imports it; the widgets' `import('@candor/core/reviews')` then points at it.
  const engine = 'packages/core/src/reviews/index.ts';
  return [
    {
      input: { candor: `${dir}/src/candor.ts`, ...(existsSync(engine) ? { engine } : {}) },
      output: {
        dir: stagingDir,
        format: 'es',
        // One flat folder, no subfolders: a Shopify theme's assets/ (and other hosts) allow none.
        entryFileNames: (chunk) => (chunk.name === 'candor' ? 'candor.js' : 'candor-[name].js'),
        chunkFileNames: 'candor-[name].js',
        sourcemap: false,
      },
      // Mirrors the packages' "sideEffects": core has none, elements only in its define modules,
      // so the runtime chunk gets the config code without dragging in what it does not use.
      treeshake: {
        moduleSideEffects: (id) => !/\/packages\/core\/src\//.test(id) && !/\/packages\/elements\/src\/(?!.*\.define\.ts$)/.test(id),
      },
      plugins: [
        listingBadgeCopies(),
        workspaceSources(),
        cssText(),
        litForTheEmbed(),
        nodeResolve({ exportConditions: ['production'] }),
        // The bundle compiles sibling packages from source, so it needs no library build first.
        typescript({
          tsconfig: `${dir}/tsconfig.build.json`,
          include: ['packages/*/src/**/*.ts'],
          // Without it the include is read relative to rootDir ("packages") and matches nothing.
          filterRoot: process.cwd(),
          compilerOptions: { outDir: resolvePath(stagingDir) },
        }),
        engineWorker(),
        embedVersion(version),
        minifyTemplates(),
        terser({ ecma: 2020, module: true, format: { comments: false } }),
        chunkPreloads(),
        manifest({ name: '@candor/embed', version }),
        publishOutput(stagingDir, outDir),
      ],
      onwarn: failOnWarning,
    },
  ];
}

/**
 * The listing badge (packages/embed/src/listing-badge.ts, the Lit-free badge of badge-only pages)
 * gets its own copy of every module it imports statically, so its chunk stands alone: were the
 * modules it shares with the Lit widgets split into chunks of their own, both the listing page and
 * the product page would download several small files, each compressed on its own (over 1 KB more
 * on the product page, measured). The copies are compiled here (TypeScript's transpileModule; the
 * type check is the real files' in the main compile); dynamic imports (the locale chunks) still
 * point at the one shared chunk.
 */
function listingBadgeCopies() {
  const PREFIX = '\0candor-listing:';
  const entry = /\/packages\/embed\/src\/listing-badge\.ts$/;
  const copied = (importer) => !!importer && (entry.test(importer) || importer.startsWith(PREFIX));
  const real = (importer) => (importer.startsWith(PREFIX) ? importer.slice(PREFIX.length) : importer);
  let ts;
  return {
    name: 'candor-listing-badge-copies',
    async resolveId(source, importer, options) {
      if (!copied(importer)) return null;
      const resolved = await this.resolve(source, real(importer), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !/\.ts$/.test(resolved.id)) return resolved;
      // As the bundle's treeshake option says of the originals: core and elements modules have no side effects.
      return { id: PREFIX + resolved.id, moduleSideEffects: !/\/packages\/(core|elements)\/src\//.test(resolved.id) };
    },
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !importer?.startsWith(PREFIX)) return null;
      return this.resolve(specifier, real(importer), { skipSelf: true });
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      ts ??= (await import('typescript')).default;
      const file = id.slice(PREFIX.length);
      const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: false };
      return { code: ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, compilerOptions: options }).outputText, map: null };
    },
  };
}

/**
 * The engine's Worker: `new URL('./engine-worker.js', import.meta.url)` in engine-runner.ts becomes
 * the URL of a chunk emitted from engine-worker.ts, which shares the engine and theme-finder chunks
 * with the main thread (one download, whichever runs it).
 */
function engineWorker() {
  const pattern = /new URL\((['"])\.\/engine-worker\.js\1, import\.meta\.url\)/g;
  return {
    name: 'candor-engine-worker',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/engine-runner\.ts$/.test(id)) return null;
      const found = code.match(pattern)?.length ?? 0;
      if (found !== 1) throw new Error(`(embed) expected one new URL('./engine-worker.js', import.meta.url) in ${id}, found ${found}`);
      const ref = this.emitFile({ type: 'chunk', id: resolvePath('packages/elements/src/engine-worker.ts'), name: 'engine-worker' });
      return { code: code.replace(pattern, `new URL(import.meta.ROLLUP_FILE_URL_${ref})`), map: null };
    },
  };
}

/**
 * Fills the loader's `__CANDOR_CHUNKS__` with what each widget needs before it runs: its chunk and
 * the chunk's static imports, transitively ("" for the runtime's), so the loader can ask for all of
 * them at once. Runs after terser (the name is a free global, which terser leaves alone) and
 * before the manifest, so the manifest's integrity values are those of the final loader.
 */
function chunkPreloads() {
  return {
    name: 'candor-chunk-preloads',
    generateBundle(_options, bundle) {
      const loader = bundle['candor.js'];
      const closure = (start) => [...staticClosure((file) => bundle[file].imports, start)];
      const names = (files) => files.map((file) => /^candor-(.+)\.js$/.exec(file)[1]).join(' ');
      const runtime = Object.values(bundle).find((item) => item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith('/packages/embed/src/runtime.ts')));
      const always = closure(runtime.fileName);
      // The loader asks for the runtime's chunks with the first widget anyway: each widget lists only the rest.
      const chunks = { '': names(always) };
      for (const item of Object.values(bundle)) {
        const widget = item.type === 'chunk' && /\/packages\/elements\/src\/([a-z-]+)\.define\.ts$/.exec(item.facadeModuleId ?? '');
        if (widget) chunks[widget[1]] = names(closure(item.fileName).filter((file) => !always.includes(file)));
      }
      const placeholder = '__CANDOR_CHUNKS__';
      if (loader.code.split(placeholder).length !== 2) throw new Error(`(embed) expected ${placeholder} once in candor.js`);
      loader.code = loader.code.replace(placeholder, () => JSON.stringify(chunks));
    },
  };
}

/**
 * Once the whole bundle is written to `staging`, it takes `target`'s place: the old folder is
 * renamed aside, the new one renamed in, then the old one deleted, so `target` is missing only
 * between two renames. Other folders in dist (an earlier version's) go, so dist holds exactly this
 * build. A failed build removes its staging folder and leaves dist as it was.
 */
function publishOutput(staging, target) {
  const discard = () => rmSync(staging, { recursive: true, force: true });
  return {
    name: 'candor-publish-output',
    buildEnd: (error) => error && discard(),
    renderError: discard,
    writeBundle() {
      const parent = dirname(target);
      mkdirSync(parent, { recursive: true });
      const aside = `${target}.old-${process.pid}`;
      if (existsSync(target)) renameSync(target, aside);
      renameSync(staging, target);
      for (const entry of readdirSync(parent)) {
        const path = join(parent, entry);
        if (resolvePath(path) !== resolvePath(target)) rmSync(path, { recursive: true, force: true });
      }
    },
  };
}

/**
 * `@candor/core`, `@candor/core/reviews`, `@candor/elements` and `@candor/elements/<widget>.js`
 * from source, the same mapping as tsconfig `paths` and the vitest aliases. A widget whose define
 * module has not landed yet becomes an empty module, with a note, so the loader still builds.
 */
function workspaceSources() {
  const source = (path) => resolvePath(path);
  return {
    name: 'candor-workspace-sources',
    resolveId(id) {
      if (id === '@candor/core') return source('packages/core/src/index.ts');
      if (id === '@candor/core/reviews') return source('packages/core/src/reviews/index.ts');
      if (id === '@candor/core/reviews/themes') return source('packages/core/src/reviews/theme-finder.ts');
      if (id === '@candor/elements') return source('packages/elements/src/index.ts');
      const widget = /^@candor\/elements\/([a-z-]+)\.js$/.exec(id);
      if (!widget) return null;
      const file = `packages/elements/src/${widget[1]}.define.ts`;
      if (existsSync(file)) return source(file);
      console.warn(`(embed) ${file} does not exist yet: <candor-${widget[1]}> is left out of this build.`);
      return `\0candor-missing-widget:${widget[1]}`;
    },
    load: (id) => (id.startsWith('\0candor-missing-widget:') ? 'export {};' : null),
  };
}

/** Minified CSS text: `import text from './x.css?text'`, and every such sheet also as an asset beside candor.js. */
function cssText() {
  const minify = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Never the space before ':' or after ')': in a selector it is a descendant combinator
      // (`:root:has(x) candor-review-summary`, `a :hover`), not decoration.
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/([(:])\s+/g, '$1')
      .replace(/\s+\)/g, ')')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'candor-css-text',
    async resolveId(id, importer) {
      if (!id.endsWith('.css?text')) return null;
      return `${resolvePath(importer ? join(importer, '..') : '.', id.slice(0, -'?text'.length))}?text`;
    },
    load(id) {
      if (!id.endsWith('.css?text')) return null;
      const file = id.slice(0, -'?text'.length);
      const text = minify(readFileSync(file, 'utf8'));
      this.emitFile({ type: 'asset', fileName: file.split('/').pop(), source: `${text}\n` });
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

/** The loader's `__CANDOR_VERSION__`, once TypeScript has compiled it (the plugin reads sources from disk). */
function embedVersion(version) {
  return {
    name: 'candor-embed-version',
    transform: (code, id) => (id.endsWith('/packages/embed/src/candor.ts') ? code.replaceAll('__CANDOR_VERSION__', JSON.stringify(version)) : null),
  };
}

/**
 * Changes to Lit's production modules, for the bundle only (npm users keep plain Lit):
 * - its Trusted Types policy is named "candor" instead of "lit-html", so a strict page allows
 *   `trusted-types candor` and a store's own Lit app (policy "lit-html") never collides with ours;
 * - no globals: the version lists (litHtmlVersions, litElementVersions, reactiveElementVersions)
 *   are not written, and the decorator metadata map (litPropertyMetadata) is a module-level map,
 *   so window.Candor is the only global the bundle adds. (The elements declare properties in
 *   static tables, so Lit's decorator modules are not in the bundle; were one to come back, the
 *   loader test that lists new globals would find litPropertyMetadata.)
 * Each pattern must match as often as expected, so a Lit upgrade that moves them fails the build.
 */
function litForTheEmbed() {
  const html = /\/lit-html\/lit-html\.js$/;
  const reactive = /\/@lit\/reactive-element\/reactive-element\.js$/;
  const edits = [
    // Lit's templates use Candor's one "candor" policy (a name can be created once per page; the engine's Worker URL needs it too).
    { file: html, from: /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/g, to: '$1?__candorTrustedTypes.candorPolicy():void 0' },
    { file: html, from: /^/g, to: `import * as __candorTrustedTypes from ${JSON.stringify(resolvePath('packages/elements/src/shared/trusted-types.ts'))};` },
    { file: html, from: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, to: 'void 0' },
    { file: /\/lit-element\/lit-element\.js$/, from: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, to: 'void 0' },
    { file: reactive, from: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, to: 'void 0' },
    { file: reactive, from: /\w+\.litPropertyMetadata\?\?=new WeakMap/g, to: 'void 0' },
    { file: reactive, from: /(?<![.\w])litPropertyMetadata\.get\(/g, to: 'candorPropertyMetadata.get(' },
    { file: reactive, from: /^/g, to: 'const candorPropertyMetadata=new WeakMap;' },
  ];
  return {
    name: 'candor-lit-for-the-embed',
    transform(code, id) {
      let out = code;
      for (const edit of edits.filter(({ file }) => file.test(id))) {
        const count = out.match(edit.from)?.length ?? 0;
        if (count !== (edit.count ?? 1)) {
          throw new Error(`(embed) expected ${edit.count ?? 1} of ${edit.from} in ${id}, found ${count}: check the Lit edits in rollup.config.mjs`);
        }
        out = out.replace(edit.from, edit.to);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * candor.schema.json next to the bundle, and manifest.json: every file with its bytes, its sha384
 * integrity value and its brotli / gzip sizes; for chunks their static and dynamic imports; and
 * which chunk is the runtime, each widget, web-vitals and the engine.
 */
function manifest({ name, version }) {
  return {
    name: 'candor-manifest',
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: 'candor.schema.json', source: readFileSync('packages/core/candor.schema.json') });
      const files = {};
      const roles = { widgets: {} };
      const compressed = [];
      for (const fileName of Object.keys(bundle).sort()) {
        const item = bundle[fileName];
        const bytes = Buffer.from(item.type === 'chunk' ? item.code : item.source);
        const brotli = brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } });
        const gzip = gzipSync(bytes, { level: 9 });
        compressed.push([fileName, brotli, gzip]);
        files[fileName] = {
          bytes: bytes.length,
          integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
          brotli: brotli.length,
          gzip: gzip.length,
          ...(item.type === 'chunk' ? { imports: item.imports, dynamicImports: item.dynamicImports } : {}),
        };
        const facade = item.type === 'chunk' ? (item.facadeModuleId ?? '') : '';
        const widget = /\/packages\/elements\/src\/([a-z-]+)\.define\.ts$/.exec(facade);
        if (widget) roles.widgets[widget[1]] = fileName;
        // The runtime only re-exports, so its chunk has no facade module of its own.
        if (item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith('/packages/embed/src/runtime.ts'))) roles.runtime = fileName;
        if (facade.endsWith('/packages/embed/src/vitals.ts')) roles.vitals = fileName;
        if (facade.endsWith('/packages/embed/src/listing-badge.ts')) roles.listingBadge = fileName;
        if (facade.endsWith('/packages/core/src/reviews/index.ts')) roles.engine = fileName;
      }
      const text = `${JSON.stringify({ name, version, entry: 'candor.js', ...roles, files }, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: text });
      // Each file also precompressed beside it (`candor.js.br`, `candor.js.gz`), as the measured
      // sizes say: a static host serves them as they are (nginx brotli_static/gzip_static, most
      // CDNs' origins, the demo server). Not in the manifest: they are encodings of its files.
      for (const [fileName, brotli, gzip] of compressed) {
        this.emitFile({ type: 'asset', fileName: `${fileName}.br`, source: brotli });
        this.emitFile({ type: 'asset', fileName: `${fileName}.gz`, source: gzip });
      }
    },
  };
}

export default [...library('core', { plugins: [writeConfigSchema()] }), ...library('elements'), ...embed()];
