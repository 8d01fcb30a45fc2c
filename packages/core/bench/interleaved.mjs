// Before/after on a busy machine: two compiled engines in one process, runs interleaved, so both
// see the same load. Wall-clock and main-thread CPU medians (Linux schedstat for the CPU time).
//
//   git worktree add /tmp/before <commit> && (cd /tmp/before/packages/core && npx tsc -p bench/tsconfig.json)
//   node bench/run.mjs   # compiles this checkout into bench/.out (BENCH_SIZES=1000 keeps it short)
//   node packages/core/bench/interleaved.mjs /tmp/before/packages/core/bench/.out packages/core/bench/.out 10000 21
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [beforeDir, afterDir, sizeArg = '10000', runsArg = '21'] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error('usage: node interleaved.mjs <before bench/.out> <after bench/.out> [size] [runs]');
  process.exit(2);
}
// An engine whose theme finder is a module of its own loads it too, as the widgets do.
const load = async (dir) => {
  const engine = await import(pathToFileURL(resolve(dir, 'src/index.js')).href);
  const themes = resolve(dir, 'src/reviews/theme-finder.js');
  if (existsSync(themes)) await import(pathToFileURL(themes).href);
  return engine;
};
const engines = [
  ['before', await load(beforeDir)],
  ['after', await load(afterDir)],
];
const threadMs = () => {
  try {
    return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
};
const size = Number(sizeArg);
const runs = Number(runsArg);
const { reviews } = engines[1][1].generateReviewSet({ seed: 2024, count: size, days: 730 });
const sample = reviews.slice(0, size);
const options = { verificationMethod: 'order-match' };
for (const [, engine] of engines) for (let i = 0; i < 3; i++) engine.summarizeReviews(sample, options);
const results = Object.fromEntries(engines.map(([name]) => [name, { wall: [], cpu: [] }]));
const loads = [];
for (let i = 0; i < runs; i++) {
  for (const [name, engine] of engines) {
    const cpu = threadMs();
    const start = performance.now();
    engine.summarizeReviews(sample, options);
    results[name].wall.push(performance.now() - start);
    results[name].cpu.push(threadMs() - cpu);
    loads.push(loadavg()[0]);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
for (const [name] of engines) {
  const r = results[name];
  console.log(
    `${size} ${name}: wall median ${median(r.wall).toFixed(1)} ms, fastest ${Math.min(...r.wall).toFixed(1)} ms; main-thread CPU median ${median(r.cpu).toFixed(1)} ms`,
  );
}
console.log(
  `median wall before/after: ${(median(results.before.wall) / median(results.after.wall)).toFixed(2)}x; load average ${Math.min(...loads).toFixed(2)} to ${Math.max(...loads).toFixed(2)}`,
);
