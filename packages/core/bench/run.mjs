// `pnpm --filter @candor/core bench` (and the root `pnpm bench`): compiles the engine and the
// benchmark with tsc (Node 20 cannot run TypeScript), then times summarizeReviews on 1,000,
// 10,000 and 100,000 generated reviews, each size in a fresh process, and prints a table with
// the machine's load average (others share this machine: note it with every figure).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '.out');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');

const loadBefore = loadavg();
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const rows = [];
for (const size of sizes) {
  const runs = size >= 100000 ? 3 : 7;
  const line = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', join(out, 'bench', 'measure.js'), String(size), String(runs)],
    {
      encoding: 'utf8',
    },
  );
  rows.push(JSON.parse(line.trim().split('\n').pop()));
}

const base = rows.find((r) => r.size === 10000);
const fmt = (n, d = 1) => n.toFixed(d);
console.log(
  `\nsummarizeReviews on generated reviews (node ${process.version}, ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'cpu'})\n`,
);
console.log(
  `load average before: ${loadBefore.map((l) => l.toFixed(2)).join(', ')}; after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} (1, 5, 15 min)\n`,
);
console.log('| reviews | avg. text chars | median ms | fastest ms | main-thread CPU ms (median) | x the 10,000 figure | peak RSS MB |');
console.log('|--------:|----------------:|----------:|-----------:|----------------------------:|--------------------:|------------:|');
for (const r of rows) {
  const ratio = base ? fmt(r.median / base.median, 2) : '-';
  console.log(
    `| ${r.size.toLocaleString('en')} | ${r.averageChars} | ${fmt(r.median)} | ${fmt(r.min)} | ${r.cpuMedian === null ? '-' : fmt(r.cpuMedian)} | ${ratio} | ${fmt(r.maxRssMb, 0)} |`,
  );
}
if (base) {
  const big = rows.find((r) => r.size === 100000);
  console.log(`\ngoal: 10,000 in <= 50 ms: ${base.median <= 50 ? 'met' : 'NOT met'} (${fmt(base.median)} ms)`);
  if (big)
    console.log(
      `goal: 100,000 in <= 12 x the 10,000 figure: ${big.median <= 12 * base.median ? 'met' : 'NOT met'} (${fmt(big.median / base.median, 2)} x)`,
    );
}
