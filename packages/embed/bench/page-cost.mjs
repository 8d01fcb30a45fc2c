// `pnpm --filter @candor/embed bench` (part of the root `pnpm bench`): what Candor costs a shopper's
// phone on four demo pages, each loaded with Candor and, alternating, the same page without it
// (the loader's script tag, its preloads and the config preload removed; the custom element tags
// stay, undefined). A phone-wide viewport tall enough that every widget is in view, so each one's
// cost counts (below the fold they would render on scrolling near). Headless Chromium with its CPU throttled 4x (Lighthouse's mobile profile) and
// Lighthouse's slow-4G network, a fresh context per visit, the bundle served precompressed.
//
// Per page it prints medians over the runs of:
// - added TBT: Total Blocking Time (the part of each main-thread task over 50 ms, summed from
//   navigation until the page is quiet) with Candor minus without;
// - longest task with Candor code: the longest main-thread task in which a Candor script ran;
//   most Candor code in one task: the most profiler time with a Candor script on the stack in one
//   task (a long task of the page's own, such as its first layout, that also evaluates Candor's
//   loader counts only Candor's part); and the worst visit of each;
// - script CPU: CPU-profiler time in which a Candor script is on the stack (what it calls included);
// - bytes: what the page downloaded from Candor's CDN folder (as sent, brotli) and, apart, its
//   config and data files (as the demo server sends them);
// - a split of Candor's main-thread time: module evaluation (compile and top-level code of its
//   chunks, from V8's trace events), and profiler time by chunk: the loader, the runtime (Lit, the
//   element base and the config validator), the widgets (their first render), the engine (analysis of raw reviews);
//   style recalculation and layout (with Candor minus without);
// - on the jacket page, INP-style, the shopper's three interactions (expanding the summary,
//   switching off a check, saving for later): time to the next frame and the Event Timing split
//   into input delay, processing and presentation delay (bench/interactions.mjs).
// BENCH_ROUNDS overrides the 7 runs; BENCH_PAGES=jacket,listing48 picks pages; BENCH_TRACES=<folder>
// keeps each visit's trace there (for a look in DevTools' Performance panel or by script).
// Needs the built bundle (`pnpm build`) and Chromium (as `npm test` finds it). Timings depend on
// the machine and its load: the load average is printed with them.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';
import { CPU_SLOWDOWN, emulateMobile } from '../../../scripts/mobile-profile.mjs';
import { startStoreServer } from '../../../scripts/serve.mjs';
import { repo, requireBuiltBundle } from './built-bundle.mjs';
import { copyDemoStore } from './demo-store-copy.mjs';
import { INTERACTIONS, measureInteractions, waitForWidgets } from './interactions.mjs';
import { analyseTrace, TRACE_CATEGORIES } from './trace-split.mjs';

requireBuiltBundle();
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** The page counts as quiet once no request is running and no task has run for this long. */
const QUIET_MS = 1500;

// ---------------------------------------------------------------------------------------------
// The pages, with and without Candor

// Without integrity values (a fresh build may differ from the committed one), in both variants.
const { work, site } = copyDemoStore('candor-page-cost-');

/** The same page without Candor: its loader tag, preloads of its chunks and of its config removed. */
function withoutCandor(html) {
  const stripped = html
    .replace(/<script\b[^>]*\/cdn\/candor@[^>]*>\s*<\/script>/g, '')
    .replace(/<link\b[^>]*(\/cdn\/candor@|\/candor\.json)[^>]*\/?>/g, '');
  if (stripped.includes('/cdn/candor@')) throw new Error('a reference to the Candor bundle is left in the page without Candor');
  return stripped;
}

/** The listing with its product cards repeated until it holds `count` badges. */
function listingWith(count, html) {
  const grid = /(<ul class="product-grid">)([\s\S]*?)(<\/ul>)/.exec(html);
  if (!grid) throw new Error('index.html has no <ul class="product-grid">: has the demo listing changed?');
  const cards = grid[2].match(/<li>[\s\S]*?<\/li>/g) ?? [];
  const repeated = Array.from({ length: count }, (_, i) => cards[i % cards.length]).join('\n');
  return html.replace(grid[0], `${grid[1]}${repeated}${grid[3]}`);
}

const PAGES = {
  jacket: { file: 'products/trail-jacket.html', what: 'demo jacket page (panel, summary, badge; precomputed summary)', interactions: true },
  listing: { file: 'index.html', what: 'demo listing (6 badges, ratings index)' },
  listing48: { file: 'listing-48.html', what: 'listing with 48 badges (ratings index)' },
  rawReviews: { file: 'products/merino-beanie.html', what: 'raw-review page (JSON-LD reviews summarized in the browser)' },
};
writeFileSync(join(site, 'listing-48.html'), listingWith(48, readFileSync(join(site, 'index.html'), 'utf8')));
for (const page of Object.values(PAGES)) {
  const path = join(site, page.file);
  writeFileSync(path.replace(/\.html$/, '.without-candor.html'), withoutCandor(readFileSync(path, 'utf8')));
}
const chosen = (process.env.BENCH_PAGES ?? Object.keys(PAGES).join(',')).split(',').filter((name) => name in PAGES);

const server = await startStoreServer({ port: 0, siteDir: site, cdnDir: join(repo, 'packages/embed/dist') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });

/** A resource is Candor's when it comes from its CDN folder or is one of its config and data files. */
const isCandorResource = (url) => /\/cdn\/candor@|\/candor\.json$|\/data\/(summaries|reviews)\//.test(url);

/** One visit in a fresh context: the trace's figures and the bytes downloaded. */
async function visit(pageName, withCandor) {
  const context = await browser.newContext({ viewport: { width: 390, height: 3000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await emulateMobile(cdp);
  const file = PAGES[pageName].file;
  const url = `${server.url}/${withCandor ? file : file.replace(/\.html$/, '.without-candor.html')}`;
  await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'blink.user_timing'] });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Quiet: no long-task-free gap is guaranteed by a timer alone, so wait for the widgets (with
  // Candor), then for a stretch without requests and without tasks over 50 ms.
  if (withCandor) {
    await waitForWidgets(page);
  }
  await page.evaluate(
    (quietMs) =>
      new Promise((resolve) => {
        let last = performance.now();
        new PerformanceObserver((list) => {
          if (list.getEntries().length) last = performance.now();
        }).observe({ entryTypes: ['longtask', 'resource'] });
        const check = () => (performance.now() - last >= quietMs ? resolve(undefined) : setTimeout(check, 250));
        check();
      }),
    QUIET_MS,
  );
  const bytes = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => ({ name: entry.name, transfer: entry.transferSize, body: entry.encodedBodySize })),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  // After the trace, so tracing does not slow the interactions; the CPU is still throttled.
  const interactions = withCandor && PAGES[pageName].interactions ? await measureInteractions(page) : undefined;
  await context.close();
  if (process.env.BENCH_DEBUG)
    console.log(
      url,
      bytes.filter((entry) => isCandorResource(entry.name)),
    );
  const sumOf = (entries) => entries.reduce((sum, entry) => sum + entry.body, 0);
  const codeBytes = sumOf(bytes.filter((entry) => /\/cdn\/candor@/.test(entry.name)));
  const dataBytes = sumOf(bytes.filter((entry) => isCandorResource(entry.name) && !/\/cdn\/candor@/.test(entry.name)));
  const figures = analyseTrace(trace.traceEvents ?? trace, {
    isCandorScript: (scriptUrl) => /\/cdn\/candor@/.test(scriptUrl),
    pageUrl: url,
  });
  if (process.env.BENCH_DEBUG) console.log(figures.byScript, figures.candorTasks);
  if (process.env.BENCH_TRACES)
    writeFileSync(
      join(process.env.BENCH_TRACES, `${pageName}-${withCandor ? 'with' : 'without'}-${Date.now()}.json`),
      JSON.stringify(trace),
    );
  return { ...figures, codeBytes, dataBytes, interactions };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;

/**
 * Per interaction over the runs: the median and worst next-frame time, the median Event Timing
 * split of the runs that had an entry, and in how many runs the browser reported none (under 16 ms).
 */
function summarizeInteractions(perRun) {
  const out = {};
  for (const { name } of INTERACTIONS) {
    const runs = perRun.map((run) => run[name]);
    const missing = runs.find((run) => run.missing)?.missing;
    const measured = runs.filter((run) => !run.missing);
    if (!measured.length) {
      out[name] = { missing };
      continue;
    }
    const timed = measured.filter((run) => run.eventTiming).map((run) => run.eventTiming);
    const mt = (key) => (timed.length ? median(timed.map((entry) => entry[key])) : undefined);
    out[name] = {
      runs: measured.length,
      nextFrame: median(measured.map((run) => run.nextFrame)),
      worstNextFrame: Math.max(...measured.map((run) => run.nextFrame)),
      underThreshold: measured.length - timed.length,
      duration: mt('duration'),
      inputDelay: mt('inputDelay'),
      processing: mt('processing'),
      presentation: mt('presentation'),
      ...(missing ? { missing } : {}),
    };
  }
  return out;
}

const results = {};
try {
  for (const pageName of chosen) {
    const runs = { with: [], without: [] };
    // Alternating, so a change in the machine's load falls on both variants alike.
    for (let round = 0; round < ROUNDS; round++) {
      runs.with.push(await visit(pageName, true));
      runs.without.push(await visit(pageName, false));
    }
    const m = (variant, key) => median(runs[variant].map((run) => run[key]));
    results[pageName] = {
      addedTbt: m('with', 'tbt') - m('without', 'tbt'),
      tbtWith: m('with', 'tbt'),
      tbtWithout: m('without', 'tbt'),
      longestCandorTask: m('with', 'longestCandorTask'),
      longestCandorTaskCpu: m('with', 'longestCandorTaskCpu'),
      mostCandorInTask: m('with', 'mostCandorInTask'),
      worstCandorTaskCpu: Math.max(...runs.with.map((run) => run.longestCandorTaskCpu)),
      worstCandorInTask: Math.max(...runs.with.map((run) => run.mostCandorInTask)),
      scriptCpu: m('with', 'candorCpu'),
      codeBytes: m('with', 'codeBytes'),
      dataBytes: m('with', 'dataBytes'),
      moduleEvaluation: m('with', 'moduleEvaluation'),
      loader: m('with', 'loaderCpu'),
      config: m('with', 'configCpu'),
      render: m('with', 'renderCpu'),
      engine: m('with', 'engineCpu'),
      styleAndLayout: m('with', 'styleAndLayout') - m('without', 'styleAndLayout'),
      interactions: PAGES[pageName].interactions ? summarizeInteractions(runs.with.map((run) => run.interactions)) : undefined,
    };
  }
} finally {
  await browser.close();
  server.server.close();
  rmSync(work, { recursive: true, force: true });
}

const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(', ');
console.log(
  `\nCandor's cost per page: headless Chromium, CPU ${CPU_SLOWDOWN}x slower, slow 4G, ${ROUNDS} runs each with and without Candor (medians)`,
);
console.log(`machine: ${cpus().length} cores, load average ${load}`);
for (const [pageName, r] of Object.entries(results)) {
  console.log(`\n${pageName}: ${PAGES[pageName].what}`);
  console.log(
    `  added TBT ${ms(r.addedTbt)} (${ms(r.tbtWith)} with, ${ms(r.tbtWithout)} without); longest task with Candor code ${ms(r.longestCandorTask)} (${ms(r.longestCandorTaskCpu)} of CPU); most Candor code in one task ${ms(r.mostCandorInTask)}; worst visit: a task of ${ms(r.worstCandorTaskCpu)} of CPU, ${ms(r.worstCandorInTask)} of Candor code in one task`,
  );
  console.log(
    `  script CPU on the main thread ${ms(r.scriptCpu)}: loader ${ms(r.loader)}, runtime (Lit, element base, config validator) ${ms(r.config)}, widgets (first render) ${ms(r.render)}, engine ${ms(r.engine)}`,
  );
  console.log(
    `  module compile and evaluation ${ms(r.moduleEvaluation)}; style recalculation and layout ${ms(r.styleAndLayout)} (with minus without)`,
  );
  console.log(`  bytes: code ${r.codeBytes.toLocaleString('en')} B brotli, config and data ${r.dataBytes.toLocaleString('en')} B`);
  for (const [name, i] of Object.entries(r.interactions ?? {})) {
    if (!i.runs) {
      console.log(`  ${name}: not measured (${i.missing})`);
      continue;
    }
    const eventTiming =
      i.duration === undefined
        ? `Event Timing: under 16 ms in all ${i.runs} runs`
        : `Event Timing ${ms(i.duration)} (input delay ${ms(i.inputDelay)}, processing ${ms(i.processing)}, presentation ${ms(i.presentation)})${i.underThreshold ? `, under 16 ms in ${i.underThreshold} of ${i.runs} runs` : ''}`;
    const verdict = i.nextFrame <= 16 ? 'within one frame' : `${ms(i.nextFrame - 16)} over one frame (16 ms)`;
    console.log(
      `  ${name}: next frame ${ms(i.nextFrame)} (worst ${ms(i.worstNextFrame)}), ${verdict}; ${eventTiming}${i.missing ? `; missing in some runs: ${i.missing}` : ''}`,
    );
  }
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ load, rounds: ROUNDS, results }, null, 2)}\n`);
