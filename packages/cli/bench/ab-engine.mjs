/**
 * Two builds of the engine compared on a machine that others share: both are loaded into one
 * process and summarize the same products in alternating order (A then B, B then A, ...), so the
 * load of the moment weighs on both alike. Prints each build's CPU per round (process.cpuUsage
 * around each call), the ratio of the medians, and whether every product's summary is the same
 * string under both builds.
 *
 *   node packages/cli/bench/ab-engine.mjs <rootA> <rootB> <reviews.ndjson> [rounds]
 *
 * A root is a checkout (or a copy of its packages/core) whose packages/core is built;
 * reviews.ndjson is `candor import`'s output (the benchmark's is in its data folder).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rootA, rootB, file, roundsArg] = process.argv.slice(2);
const load = async (root) => {
  const dist = (name) => pathToFileURL(resolve(root, 'packages/core/dist/reviews', name)).href;
  const engine = await import(dist('index.js'));
  // The theme finder registers itself with its own build of the engine.
  await import(dist('theme-finder.js'));
  return engine.summarizeReviews;
};
const engines = [await load(rootA), await load(rootB)];
const products = new Map();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.startsWith('{"productId"')) continue;
  const { productId, review } = JSON.parse(line);
  let list = products.get(productId);
  if (!list) products.set(productId, (list = []));
  list.push(review);
}
const options = { now: '2026-12-01' };
let same = true;
for (const reviews of products.values())
  if (JSON.stringify(engines[0](reviews, options)) !== JSON.stringify(engines[1](reviews, options))) same = false;
const rounds = Number(roundsArg ?? 5);
const totals = [[], []];
let flip = 0;
for (let r = 0; r < rounds; r++) {
  const round = [0, 0];
  for (const reviews of products.values()) {
    for (const e of flip++ % 2 ? [1, 0] : [0, 1]) {
      const before = process.cpuUsage();
      engines[e](reviews, options);
      const used = process.cpuUsage(before);
      round[e] += used.user + used.system;
    }
  }
  totals[0].push(Math.round(round[0] / 1000));
  totals[1].push(Math.round(round[1] / 1000));
}
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
console.log(
  `A ${totals[0].join(' ')} ms (median ${median(totals[0])})  B ${totals[1].join(' ')} ms (median ${median(totals[1])})  ` +
    `B/A ${(median(totals[1]) / median(totals[0])).toFixed(3)}  same summaries: ${same}  load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
);
