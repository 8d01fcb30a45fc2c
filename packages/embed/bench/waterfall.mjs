// `pnpm --filter @candor/embed bench` (part of the root `pnpm bench`): how long the demo store's
// jacket page takes, on an emulated slow 4G connection, until both widgets have rendered, with
// the loader as built (it asks for every chunk a widget needs at once, as modulepreload links)
// and with a control copy of the same build whose loader asks for none (the browser then finds
// each level of imports only when the level above has arrived). Runs alternate between the two
// in fresh browser contexts; prints medians and when each chunk was requested in one run. The
// bundle is served precompressed (brotli), as a CDN serves it.
// Needs the built bundle (`pnpm build`) and Chromium (as `npm test` finds it).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumPath } from '../../../scripts/chromium-path.mjs';
import { startStoreServer } from '../../../scripts/serve.mjs';
import { emulateMobile } from '../../../scripts/mobile-profile.mjs';
import { bundle, requireBuiltBundle, version } from './built-bundle.mjs';
import { copyDemoStore } from './demo-store-copy.mjs';

requireBuiltBundle();
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PAGE = '/products/trail-jacket.html';
const TAGS = ['candor-honesty-panel', 'candor-review-summary'];

// Both variants serve the same demo store, without the integrity values it pins (the control's
// loader differs, so its hash would not match; both lose them so both do the same work).
const { work, site } = copyDemoStore('candor-waterfall-');
const cdn = { preload: join(work, 'cdn-preload'), control: join(work, 'cdn-control') };
cpSync(bundle, join(cdn.preload, `candor@${version}`), { recursive: true });
cpSync(bundle, join(cdn.control, `candor@${version}`), { recursive: true });
// The chunk list lives in the loader's way to the Lit widgets (packages/embed/src/widget-path.ts).
const { widgetPath } = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8'));
const controlLoader = join(cdn.control, `candor@${version}`, widgetPath);
const loader = readFileSync(controlLoader, 'utf8');
const map = /\{"":"[^}]*\}/.exec(loader);
if (!map) throw new Error('the loader has no chunk map: has the build changed how it fills __CANDOR_CHUNKS__?');
const control = loader.replace(map[0], '{}');
writeFileSync(controlLoader, control);
// Its precompressed copies too, or the server would send the built loader's.
writeFileSync(`${controlLoader}.br`, brotliCompressSync(control, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
writeFileSync(`${controlLoader}.gz`, gzipSync(control, { level: 9 }));

const servers = {
  preload: await startStoreServer({ port: 0, siteDir: site, cdnDir: cdn.preload }),
  control: await startStoreServer({ port: 0, siteDir: site, cdnDir: cdn.control }),
};
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });

/** One visit: ms from navigation until both widgets show their heading, and when each chunk was asked for. */
async function visit(variant) {
  const context = await browser.newContext({ viewport: { width: 390, height: 3000 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Slow 4G only: the bench compares how soon each chunk is asked for, which the network decides.
  await emulateMobile(cdp, { cpu: false });
  await page.goto(servers[variant].url + PAGE, { waitUntil: 'commit' });
  await page.waitForFunction(
    (tags) => tags.every((tag) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.querySelector('h2')),
    TAGS,
    { timeout: 60_000 },
  );
  const result = await page.evaluate(() => ({
    rendered: performance.now(),
    chunks: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/cdn/') || entry.name.endsWith('.json'))
      .map((entry) => ({ file: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd })),
  }));
  await context.close();
  return result;
}

const results = { preload: [], control: [] };
try {
  await visit('preload'); // warm-up: Chromium's first context is slower
  for (let round = 0; round < ROUNDS; round++) for (const variant of ['preload', 'control']) results[variant].push(await visit(variant));
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map(({ server }) => new Promise((resolve) => server.close(resolve))));
  rmSync(work, { recursive: true, force: true });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `\n${PAGE} of the demo store on emulated slow 4G (150 ms RTT, 1.6 Mbit/s), ${ROUNDS} runs each, alternating; load average ${loadavg()[0].toFixed(2)}\n`,
);
console.log('| loader | both widgets rendered, median ms | fastest ms | slowest ms |');
console.log('|---|---:|---:|---:|');
for (const [variant, runs] of Object.entries(results)) {
  const times = runs.map((run) => run.rendered);
  const name = variant === 'preload' ? "as built (modulepreload of each widget's chunks)" : 'control (no preload)';
  console.log(`| ${name} | ${median(times).toFixed(0)} | ${Math.min(...times).toFixed(0)} | ${Math.max(...times).toFixed(0)} |`);
}
for (const [variant, runs] of Object.entries(results)) {
  const run = runs.find((r) => r.rendered === median(runs.map((x) => x.rendered)));
  console.log(`\n${variant}: when each request started and ended in its median run (ms since navigation)`);
  for (const chunk of run.chunks.sort((a, b) => a.start - b.start))
    console.log(`  ${chunk.start.toFixed(0).padStart(5)} - ${chunk.end.toFixed(0).padStart(5)}  ${chunk.file}`);
}
