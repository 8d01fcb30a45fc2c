// Measures what a piece of Candor weighs in the script-tag bundle: the entry is bundled from
// source exactly as the CDN build does (node-resolve, TypeScript, terser), then compressed.
// Brotli at quality 11 is what CDNs serve; gzip -9 for comparison.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export function compressedSizes(code) {
  const buffer = Buffer.from(code);
  return {
    bytes: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bundles `source` (a module's text, importing workspace files by path) and returns its sizes. */
export async function measureSource(source) {
  const entry = '\0candor-measure-entry.ts';
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'virtual-entry', resolveId: (id) => (id === entry ? entry : null), load: (id) => (id === entry ? source : null) },
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: false,
        include: ['packages/*/src/**/*.ts'],
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2022', 'DOM'],
          useDefineForClassFields: false,
          skipLibCheck: true,
          noEmitOnError: false,
        },
      }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return compressedSizes(output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n'));
}

/** The config validator as the loader ships it: parse, validate, report. */
export const VALIDATOR_ENTRY = `export { parseConfig, validateConfig, formatIssues } from '${process.cwd()}/packages/core/src/config/validate.ts';`;
/** What the script-tag bundle loads for a valid config: the checks, without the words for what fails them. */
export const CONFIG_CHECKS_ENTRY = `export { passingConfig } from '${process.cwd()}/packages/core/src/config/read-config.ts';`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureSource(VALIDATOR_ENTRY);
  console.log(
    `config validator (parseConfig + validateConfig + formatIssues, minified): ${sizes.bytes} B, gzip ${sizes.gzip} B, brotli ${sizes.brotli} B`,
  );
  const checks = await measureSource(CONFIG_CHECKS_ENTRY);
  console.log(
    `config checks (passingConfig, what a valid config loads): ${checks.bytes} B, gzip ${checks.gzip} B, brotli ${checks.brotli} B`,
  );
}
