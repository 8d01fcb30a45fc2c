// The jacket page's three interactions (bench/interactions.mjs) as an A/B of two builds, alternating
// in one process so the machine's load falls on both alike:
//   node packages/embed/bench/interactions-ab.mjs <base repo> [<branch repo>]
// (the branch defaults to this repo; each repo's own demo store and built bundle). Each visit loads
// the jacket page under the mobile profile (4x CPU, slow 4G), waits for the widgets and a quiet
// page, then runs the interactions. BENCH_ROUNDS sets the visits per build (default 5);
// BENCH_TRACES=<folder> keeps a trace of each visit's interactions there (timeline and CPU
// profiler, for DevTools' Performance panel or a script); BENCH_JSON=<file> writes every run.
import { rmSync, writeFileSync, readFileSync, readdirSync, cpSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';
import { emulateMobile } from '../../../scripts/mobile-profile.mjs';
import { startStoreServer } from '../../../scripts/serve.mjs';
import { repo } from './built-bundle.mjs';
import { INTERACTIONS, measureInteractions, waitForWidgets } from './interactions.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TRACES = process.env.BENCH_TRACES;
const [baseRepo, branchRepo = repo] = process.argv.slice(2).map((path) => resolve(path));
if (!baseRepo) {
  console.error('usage: node packages/embed/bench/interactions-ab.mjs <base repo> [<branch repo>]');
  process.exit(1);
}

/** A server of one repo's demo store (without integrity values) and its built bundle. */
async function serve(root) {
  const work = mkdtempSync(join(tmpdir(), 'candor-inp-ab-'));
  const site = join(work, 'site');
  cpSync(join(root, 'examples/demo-store'), site, { recursive: true, filter: (path) => !path.includes('node_modules') });
  for (const dir of [site, join(site, 'products')])
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.html')))
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(/\s+integrity="[^"]*"/g, ''));
  const server = await startStoreServer({ port: 0, siteDir: site, cdnDir: join(root, 'packages/embed/dist') });
  return { ...server, work };
}

const builds = { base: await serve(baseRepo), branch: await serve(branchRepo) };
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });

async function visit(name) {
  const context = await browser.newContext({ viewport: { width: 390, height: 3000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await emulateMobile(await context.newCDPSession(page));
  await page.goto(`${builds[name].url}/products/trail-jacket.html`, { waitUntil: 'load', timeout: 120_000 });
  await waitForWidgets(page);
  await page.waitForTimeout(3000);
  if (TRACES)
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'v8.execute',
        'blink',
        'benchmark',
        'viz',
        'cc',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
  const results = await measureInteractions(page);
  if (TRACES) writeFileSync(join(TRACES, `${name}-${Date.now()}.json`), await browser.stopTracing());
  await context.close();
  return results;
}

const runs = { base: [], branch: [] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    // A/B then B/A, so neither build always runs first.
    for (const name of round % 2 ? ['branch', 'base'] : ['base', 'branch']) {
      const result = await visit(name);
      runs[name].push(result);
      console.log(name, round, JSON.stringify(result));
    }
  }
} finally {
  await browser.close();
  for (const build of Object.values(builds)) {
    build.server.close();
    rmSync(build.work, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (value) => (value === undefined ? '-' : String(Math.round(value)));
console.log(
  `\nload average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')}; ${ROUNDS} visits per build, medians`,
);
console.log(
  'interaction            build   next frame (all)           ET duration  input  processing  presentation  ET<16ms  revealed (all)',
);
for (const { name } of INTERACTIONS)
  for (const build of ['base', 'branch']) {
    const all = runs[build].map((run) => run[name]).filter((r) => r && !r.missing);
    const et = all.filter((r) => r.eventTiming).map((r) => r.eventTiming);
    console.log(
      `${name.padEnd(22)} ${build.padEnd(7)} ${fmt(median(all.map((r) => r.nextFrame))).padStart(4)} (${all.map((r) => fmt(r.nextFrame)).join(' ')})`.padEnd(
        58,
      ) +
        `${fmt(median(et.map((e) => e.duration))).padStart(6)} ${fmt(median(et.map((e) => e.inputDelay))).padStart(6)} ${fmt(median(et.map((e) => e.processing))).padStart(11)} ${fmt(median(et.map((e) => e.presentation))).padStart(13)}  ${all.length - et.length}/${all.length}` +
        (all.some((r) => r.revealed !== undefined)
          ? `  ${fmt(median(all.map((r) => r.revealed))).padStart(6)} (${all.map((r) => fmt(r.revealed)).join(' ')})`
          : ''),
    );
  }
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(runs, null, 2));
