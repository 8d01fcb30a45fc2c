// `pnpm bench:quality` (not part of CI): compiles the engine and the quality benchmarks with tsc,
// then runs every `bench/quality/*.quality.ts` in its own process. Each benchmark reads research
// data from ../shared/data (never copied into this repository) and prints its own table.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bench = dirname(here);
const out = join(bench, '.out');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(bench, 'tsconfig.json')], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');

const only = process.argv[2];
const names = readdirSync(here)
  .filter((name) => name.endsWith('.quality.ts'))
  .filter((name) => !only || name.startsWith(only))
  .sort();
if (names.length === 0) throw new Error(`no quality benchmark matches "${only ?? '*'}" in ${here}`);
for (const name of names) {
  console.log(`\n## ${name.replace(/\.quality\.ts$/, '')}\n`);
  execFileSync(process.execPath, [join(out, 'bench', 'quality', name.replace(/\.ts$/, '.js'))], { stdio: 'inherit' });
}
