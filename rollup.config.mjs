// Builds every package:
// - @candor/core and @candor/elements: unbundled ES modules with .d.ts files, bare `lit` imports and
//   `.js` specifiers, so an app's bundler shares its own Lit and tree-shakes what it does not use;
// - @candor/embed: the minified script-tag bundle with code-split chunks, in a versioned folder.
// Type errors fail the build (noEmitOnError), not just warn. Each plugin of ours is a module of
// scripts/rollup/ with one job.
import { readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { chunkPreloads } from './scripts/rollup/chunk-preloads.mjs';
import { writeConfigSchema } from './scripts/rollup/config-schema.mjs';
import { cssText } from './scripts/rollup/css-text.mjs';
import { embedVersion } from './scripts/rollup/embed-version.mjs';
import { engineWorker } from './scripts/rollup/engine-worker.mjs';
import { failOnWarning } from './scripts/rollup/fail-on-warning.mjs';
import { listingBadgeCopies } from './scripts/rollup/listing-badge-copies.mjs';
import { litForTheEmbed } from './scripts/rollup/lit-for-the-embed.mjs';
import { manifest } from './scripts/rollup/manifest.mjs';
import { onDemandStandIns } from './scripts/rollup/on-demand-stand-ins.mjs';
import { publishOutput } from './scripts/rollup/publish-output.mjs';
import { sourceModules } from './scripts/rollup/source-modules.mjs';
import { workspaceSources } from './scripts/rollup/workspace-sources.mjs';

/**
 * The embed's chunks of its own making (output.manualChunks), each one file where rollup would
 * make several, each compressed on its own:
 * - config-words: the core modules both the widgets and the config validator import;
 * - config: what only a page with a store config loads, the config checks and the theme's CSS
 *   writer (the real modules: the listing badge's copies, whose ids start with \0, keep their own chunk);
 * - config-describe: the words for a config's problems, only for a config that fails the checks.
 */
const MANUAL_CHUNKS = {
  'config-words': /^\/.*\/packages\/core\/src\/(security\/links|config\/(declared-policy|vocabulary))\.ts$/,
  config:
    /^\/.*\/packages\/(core\/src\/config\/(read-config|schema|shape)|elements\/src\/shared\/(config-theme-css|color)|embed\/src\/config-checks)\.ts$/,
  'config-describe': /^\/.*\/packages\/(core\/src\/config\/(validate|issue-log|describe)|elements\/src\/shared\/config-check)\.ts$/,
};

const packageJson = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** One library package as unbundled ESM + types. */
function library(name, { plugins = [] } = {}) {
  const dir = `packages/${name}`;
  const dependencies = Object.keys(packageJson(dir).dependencies ?? {});
  return {
    input: sourceModules(`${dir}/src`),
    // Bare imports of dependencies stay bare: the consumer's bundler resolves them.
    external: (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    output: { dir: `${dir}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: `${dir}/src`, sourcemap: false },
    plugins: [typescript({ tsconfig: `${dir}/tsconfig.build.json`, outDir: `${dir}/dist`, declarationDir: `${dir}/dist` }), ...plugins],
    onwarn: failOnWarning,
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
  const { version } = packageJson(dir);
  const outDir = `${dir}/dist/candor@${version}`;
  // Written to a folder of this build's own (outside dist, so never served) and swapped in at the
  // end, so a server or a test reading the bundle during a rebuild never finds it half written,
  // and two builds at once cannot write into each other's output.
  const stagingDir = `${dir}/.staging-${process.pid}-${Date.now().toString(36)}`;
  return {
    // The in-browser review engine is its own entry so its chunk exists (and is measured) even
    // before a widget imports it; the widgets' `import('@candor/core/reviews')` then points at it.
    input: { candor: `${dir}/src/candor.ts`, engine: 'packages/core/src/reviews/index.ts' },
    output: {
      dir: stagingDir,
      format: 'es',
      // One flat folder, no subfolders: a Shopify theme's assets/ (and other hosts) allow none.
      entryFileNames: (chunk) => (chunk.name === 'candor' ? 'candor.js' : 'candor-[name].js'),
      chunkFileNames: 'candor-[name].js',
      manualChunks: (id) => Object.keys(MANUAL_CHUNKS).find((name) => MANUAL_CHUNKS[name].test(id)),
      // Only the modules named there: their other imports (Lit, the theme tokens) stay where they were.
      onlyExplicitManualChunks: true,
      sourcemap: false,
    },
    // Mirrors the packages' "sideEffects": core has none, elements only in its define modules,
    // so the runtime chunk gets the config code without dragging in what it does not use.
    treeshake: {
      moduleSideEffects: (id) => !/\/packages\/core\/src\//.test(id) && !/\/packages\/elements\/src\/(?!.*\.define\.ts$)/.test(id),
    },
    plugins: [
      listingBadgeCopies(),
      onDemandStandIns(),
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
      // A second compress pass: 20 B brotli off the listing page, 23 B off the product page.
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
      chunkPreloads(),
      manifest({ name: '@candor/embed', version }),
      publishOutput(stagingDir, outDir),
    ],
    onwarn: failOnWarning,
  };
}

// The elements' templates are minified as in the bundle, so that a server render from this package
// (`candor render`, Lit SSR) and the bundle hash each template alike: hydration checks that hash.
export default [library('core', { plugins: [writeConfigSchema()] }), library('elements', { plugins: [minifyTemplates()] }), embed()];
