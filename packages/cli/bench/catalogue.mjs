/**
 * The catalogue benchmark: a Judge.me-shaped CSV of 1,000,000 reviews over 20,000 products
 * through `candor import` and `candor summarize` on this machine, then a re-run with 1 % of the
 * products changed. Prints reviews per second end to end, peak RSS per step and the split between
 * parsing, grouping and summarizing. Goals (issue 16): >= 40,000 reviews/s, <= 1 GB RSS, re-run <= 5 s.
 *
 *   pnpm bench                               (from the repo root: every package's benchmark)
 *   node packages/cli/bench/catalogue.mjs [--reviews 1000000] [--products 20000] [--workers n] [--runs n]
 * Data goes to $CANDOR_BENCH_DIR or the system temp folder and is kept for the next run.
 * `--runs n` (or BENCH_RUNS=n) runs the whole benchmark n times on the same data and ends with each
 * run's end-to-end time and their median: on a shared machine one run can be 20 % off either way.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const REVIEWS = arg('reviews', 1_000_000);
const PRODUCTS = arg('products', 20_000);
const WORKERS = arg('workers', availableParallelism());
const RUNS = arg('runs', Number(process.env.BENCH_RUNS ?? 1));
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs ${RUNS}: expected a whole number of runs, 1 or more`);
  process.exit(1);
}
if (!existsSync(join(here, '../dist/index.js'))) {
  console.error('packages/cli/dist is missing: run `pnpm build` first (`pnpm bench` does).');
  process.exit(1);
}
const dir = join(process.env.CANDOR_BENCH_DIR ?? tmpdir(), `candor-catalogue-${REVIEWS}-${PRODUCTS}`);
mkdirSync(dir, { recursive: true });
const csv = join(dir, 'judgeme-export.csv');
if (!existsSync(csv)) {
  console.log(`generating ${csv} ...`);
  execFileSync(process.execPath, [join(here, 'generate-catalogue.mjs'), `${csv}.tmp`, String(REVIEWS), String(PRODUCTS)], {
    stdio: 'inherit',
  });
  renameSync(`${csv}.tmp`, csv);
}
const out = join(dir, 'out');
const summaries = join(dir, 'summaries');

const step = (name, options) =>
  JSON.parse(
    execFileSync(process.execPath, [join(here, 'step.mjs'), name, JSON.stringify(options)], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      // The steps' progress lines would interleave with the table; an error still shows (execFileSync throws with stderr).
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );

/** Changes one review's rating in `share` of the products: what a day of new reviews does to a catalogue. */
async function changeProducts(file, share) {
  const changed = `${file}.changed`;
  const output = createWriteStream(changed);
  let previous;
  let products = 0;
  let touched = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    let text = line;
    const productId = line.slice(14, line.indexOf('"', 14));
    if (line.startsWith('{"productId"') && productId !== previous) {
      previous = productId;
      products++;
      if (products % Math.round(1 / share) === 0) {
        text = line.replace(/"rating":(\d)/, (_, r) => `"rating":${r === '1' ? 2 : Number(r) - 1}`);
        touched++;
      }
    }
    if (!output.write(`${text}\n`)) await once(output, 'drain');
  }
  output.end();
  await once(output, 'finish');
  renameSync(changed, file);
  return touched;
}

console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `catalogue benchmark: ${REVIEWS.toLocaleString('en')} reviews, ${PRODUCTS.toLocaleString('en')} products, ${WORKERS} worker threads, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`,
);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rateOf = (ms) => Math.round(REVIEWS / (ms / 1000));

/** One whole run: import, summarize from scratch, then the re-run; prints its table and gives its times (ms). */
async function runOnce() {
  rmSync(summaries, { recursive: true, force: true });
  const imported = step('import', { input: csv, from: 'judgeme', out });
  const summarized = step('summarize', { input: join(out, 'reviews.ndjson'), out: summaries, workers: WORKERS });
  const touched = await changeProducts(join(out, 'reviews.ndjson'), 0.01);
  const rerun = step('summarize', { input: join(out, 'reviews.ndjson'), out: summaries, workers: WORKERS });

  const endToEnd = imported.ms + summarized.ms;
  const rate = rateOf(endToEnd);
  const rss = Math.max(imported.maxRssMb, summarized.maxRssMb);
  const rows = [
    ['records read', imported.report.records.toLocaleString('en')],
    [
      'reviews kept / products',
      `${imported.report.reviews.toLocaleString('en')} / ${imported.report.products.toLocaleString('en')} (left out: ${JSON.stringify(imported.report.leftOut)})`,
    ],
    ['import: parse + map', seconds(imported.report.timings.parseMs)],
    ['import: group + write', seconds(imported.report.timings.groupMs)],
    ['import total', `${seconds(imported.ms)} (CPU ${seconds(imported.cpuMs)}), peak RSS ${Math.round(imported.maxRssMb)} MB`],
    [
      'summarize total',
      `${seconds(summarized.ms)} (CPU ${seconds(summarized.cpuMs)}), peak RSS ${Math.round(summarized.maxRssMb)} MB (read ${seconds(summarized.report.timings.readMs)}, engine ${seconds(summarized.report.timings.workerMs)} summed over workers)`,
    ],
    [
      'end to end',
      `${seconds(endToEnd)} = ${rate.toLocaleString('en')} reviews/s (goal >= 40,000); CPU ${seconds(imported.cpuMs + summarized.cpuMs)}`,
    ],
    ['peak RSS', `${Math.round(rss)} MB (goal <= 1,024)`],
    [
      `re-run, ${touched} products (1 %) changed`,
      `${seconds(rerun.ms)} (CPU ${seconds(rerun.cpuMs)}): ${rerun.report.summarized} summarized, ${rerun.report.unchanged} unchanged (goal <= 5 s)`,
    ],
  ];
  rows.push([
    'load average after',
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  ]);
  for (const [label, value] of rows) console.log(`${label.padEnd(34)} ${value}`);
  return { import: imported.ms, summarize: summarized.ms, 'end to end': endToEnd };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const runs = [];
for (let run = 1; run <= RUNS; run++) {
  if (RUNS > 1) console.log(`run ${run} of ${RUNS}`);
  runs.push(await runOnce());
}
if (RUNS > 1) {
  console.log(`median of ${RUNS} runs`);
  for (const step of ['import', 'summarize', 'end to end']) {
    const times = runs.map((run) => run[step]);
    console.log(`${`${step}, each run`.padEnd(34)} ${times.map(seconds).join(', ')}`);
    console.log(`${`${step}, median`.padEnd(34)} ${seconds(median(times))}`);
  }
  const rate = rateOf(median(runs.map((run) => run['end to end'])));
  console.log(`${'median end to end'.padEnd(34)} ${rate.toLocaleString('en')} reviews/s (goal >= 40,000)`);
}
