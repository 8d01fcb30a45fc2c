// `node scripts/bundle-breakdown.mjs`: where the script-tag product page's bytes go, module by
// module. It runs the embed build of rollup.config.mjs in memory (nothing is written), then
// minifies each module's share of its chunk on its own and compresses it with brotli. Modules
// compressed alone come out a little larger than inside their chunk, so read the figures as
// shares, not as the chunk sizes the budget test measures (those are in the manifest).
// Then it groups the page into what any Lit widget set with English text pays (Lit, the loader,
// the English copy, the styles) and everything else, and, from the last `pnpm build`, prints what
// a page with each widget alone downloads.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rollup } from 'rollup';
import { compressedSizes } from './bundle-size.mjs';
import { staticClosure } from './static-closure.mjs';

const require = createRequire(import.meta.url);
// terser comes with @rollup/plugin-terser; it is not a workspace dependency of its own.
const { minify } = require(require.resolve('terser', { paths: [require.resolve('@rollup/plugin-terser')] }));

const config = (await import('../rollup.config.mjs')).default.find((entry) => String(entry.output.dir).includes('packages/embed'));
// Keep the bundling plugins; leave out the ones that write or publish the dist folder, and terser
// (each module is minified below on its own).
config.plugins = config.plugins.filter((plugin) => !/publish-output|manifest|terser/.test(plugin.name));
const bundle = await rollup(config);
const { output } = await bundle.generate(config.output);
await bundle.close();

const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
/** The files a page with both widgets downloads: the loader, the runtime, both widgets and their static imports. */
function productPage() {
  const entry = output.find((item) => item.type === 'chunk' && item.fileName === 'candor.js');
  const runtime = [...chunks.values()].find((chunk) => chunk.moduleIds.some((id) => id.endsWith('/packages/embed/src/runtime.ts')));
  const widgets = [...chunks.values()].filter((chunk) =>
    chunk.moduleIds.some((id) => /\/(honesty-panel|review-summary)\.define\.ts$/.test(id)),
  );
  const files = staticClosure((file) => chunks.get(file).imports, ...[entry, runtime, ...widgets].map((chunk) => chunk.fileName));
  return [...files].map((file) => chunks.get(file));
}

const shortName = (id) => id.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(`${process.cwd()}/`, '');
const GROUPS = [
  ['Lit (lit-html, reactive-element, lit-element)', /(^|\/)(lit-html|@lit\/reactive-element|lit-element)\//],
  ['the loader (candor.js and its CSS)', /packages\/embed\/src\/candor\./],
  ['English copy (*.messages.ts)', /\.messages\.ts$/],
  ['styles (*.styles.ts, shared tokens)', /\.styles\.ts$|shared\/tokens\.ts$/],
];
const groups = new Map([...GROUPS.map(([name]) => [name, 0]), ['everything else', 0]]);

let total = 0;
for (const chunk of productPage()) {
  const rows = [];
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    // Not toplevel: a module's code alone does not use its own exports, which terser would drop.
    const { code = '' } = await minify(module.code, { ecma: 2020, module: false, toplevel: false });
    const { brotli } = compressedSizes(code);
    rows.push({ name: shortName(id), minified: code.length, brotli });
    const group = GROUPS.find(([, pattern]) => pattern.test(shortName(id)))?.[0] ?? 'everything else';
    groups.set(group, groups.get(group) + brotli);
    total += brotli;
  }
  rows.sort((a, b) => b.brotli - a.brotli);
  console.log(`\n${chunk.fileName}`);
  for (const row of rows) console.log(`${String(row.minified).padStart(8)} B min ${String(row.brotli).padStart(6)} B br  ${row.name}`);
}
console.log('\nthe product page by kind (brotli, each module alone):');
for (const [name, bytes] of groups) console.log(`${String(bytes).padStart(7)} B  ${Math.round((bytes / total) * 100)}%  ${name}`);
console.log(`${String(total).padStart(7)} B  in all`);

// What each kind of page downloads, from the last `pnpm build` (real chunk sizes, as the budget
// test measures them): the loader, the runtime and the widgets' chunks with their static imports.
const manifestFile = new URL(
  `../packages/embed/dist/candor@${JSON.parse(readFileSync(new URL('../packages/embed/package.json', import.meta.url), 'utf8')).version}/manifest.json`,
  import.meta.url,
);
if (existsSync(manifestFile)) {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const closure = (...files) => staticClosure((file) => manifest.files[file]?.imports, ...files);
  const brotli = (files) => [...files].reduce((sum, file) => sum + manifest.files[file].brotli, 0);
  const page = (...widgets) => brotli(closure(manifest.entry, manifest.runtime, ...widgets.map((name) => manifest.widgets[name])));
  console.log('\npages, from the built manifest (brotli, each file on its own):');
  console.log(`${String(page('honesty-panel')).padStart(7)} B  honesty panel only`);
  console.log(`${String(page('review-summary')).padStart(7)} B  review summary only (precomputed summary)`);
  console.log(`${String(page('rating-badge')).padStart(7)} B  rating badges only (a listing)`);
  console.log(`${String(page('honesty-panel', 'review-summary')).padStart(7)} B  both widgets (the product page the budget test measures)`);
} else {
  console.log('\n(no built bundle: run `pnpm build` for the sizes of whole pages)');
}
