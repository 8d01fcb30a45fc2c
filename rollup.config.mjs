// Builds every package:
// - @candor/core and @candor/elements: unbundled ES modules with .d.ts files, bare `lit` imports and
//   `.js` specifiers, so an app's bundler shares its own Lit and tree-shakes what it does not use;
// - @candor/embed: the minified script-tag bundle with code-split chunks, in a versioned folder.
// Type errors fail the build (noEmitOnError), not just warn.
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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

/** The script-tag bundle: everything inlined (Lit included), minified, split into lazy chunks. */
function embed() {
  const dir = 'packages/embed';
  if (!existsSync(`${dir}/src/candor.ts`)) return [];
  const { version } = packageJson(dir);
  return [
    {
      input: { candor: `${dir}/src/candor.ts` },
      output: {
        dir: `${dir}/dist/candor@${version}`,
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        sourcemap: false,
      },
      plugins: [
        nodeResolve({ exportConditions: ['production'] }),
        // The bundle compiles sibling packages from source, so it needs no library build first.
        typescript({
          tsconfig: `${dir}/tsconfig.build.json`,
          include: ['packages/*/src/**/*.ts'],
          compilerOptions: { rootDir: 'packages', declaration: false, outDir: `${dir}/dist/candor@${version}` },
        }),
        terser({ ecma: 2020, module: true, format: { comments: false } }),
        copySchemaNextToBundle(`${dir}/dist/candor@${version}`),
      ],
      onwarn: failOnWarning,
    },
  ];
}

function copySchemaNextToBundle(outDir) {
  return {
    name: 'candor-copy-schema',
    writeBundle() {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'candor.schema.json'), readFileSync('packages/core/candor.schema.json'));
    },
  };
}

export default [...library('core', { plugins: [writeConfigSchema()] }), ...library('elements'), ...embed()];
