/**
 * The demo store end to end, in real headless Chromium driven by the playwright library, against
 * the store served exactly as `npm start` serves it (scripts/serve.mjs, on a free port).
 *
 * For every page: widgets render (shadow roots with content), no console errors, axe-core finds no
 * violations, CLS is 0 and no long task over 50 ms is caused by Candor, and no request leaves
 * localhost. Plus: the strict CSP page reports no violations (and a control proves the listener
 * hears one), the XSS review stays text, and the SPA page's widgets upgrade after navigation.
 *
 * How the figures are measured (an init script, installed before any page script runs, and not
 * subject to the page's CSP):
 * - CLS: PerformanceObserver 'layout-shift' (buffered), summing shifts without recent input.
 * - Long tasks: PerformanceObserver 'longtask' and 'long-animation-frame' (whose script entries
 *   name the script that ran) give wall-clock figures, which are reported. On a 2-core CI machine
 *   shared with other test runs, wall clock mostly measures how long the renderer waited for a
 *   core (we saw 150 ms tasks with 48 ms of CPU in them at load average 15). So the check itself
 *   reads a Chromium trace of the same page load: every main-thread task with its thread CPU time
 *   (`tdur`), and whether Candor code (a script from /cdn/) ran in it. It fails when a task with
 *   Candor code in it takes more than 50 ms of CPU time and would not be long without Candor's
 *   share. Same 50 ms, measured so that other processes on the machine cannot cause or hide it.
 * - axe on the strict page: axe-core cannot be added as a <script> there (that is the point of the
 *   CSP), so its source is evaluated through the DevTools protocol (page.evaluate), which CSP does
 *   not govern. It runs after the CSP report has been read, so it cannot hide or cause a report;
 *   the non-strict twin (/products/trail-jacket.html) is checked the ordinary way too.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { startStoreServer } from '../../scripts/serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const embedVersion = (JSON.parse(readFileSync(`${repo}packages/embed/package.json`, 'utf8')) as { version: string }).version;
const bundle = `${repo}packages/embed/dist/candor@${embedVersion}/candor.js`;
const built = existsSync(bundle);
const axeSource = readFileSync(`${repo}node_modules/axe-core/axe.min.js`, 'utf8');

const WIDGET_TAGS = ['candor-honesty-panel', 'candor-review-summary', 'candor-rating-badge'] as const;
type WidgetTag = (typeof WIDGET_TAGS)[number];

interface StorePage {
  path: string;
  /** How many of each widget must render. */
  widgets: Partial<Record<WidgetTag, number>>;
  strict?: boolean;
  xss?: boolean;
}

const PAGES: StorePage[] = [
  { path: '/', widgets: { 'candor-rating-badge': 6 } },
  {
    path: '/products/trail-jacket.html',
    widgets: { 'candor-rating-badge': 1, 'candor-honesty-panel': 1, 'candor-review-summary': 1 },
    xss: true,
  },
  { path: '/products/aero-headphones.html', widgets: { 'candor-rating-badge': 1, 'candor-honesty-panel': 1, 'candor-review-summary': 1 } },
  { path: '/products/summit-bottle.html', widgets: { 'candor-rating-badge': 1, 'candor-honesty-panel': 1, 'candor-review-summary': 1 } },
  { path: '/products/merino-beanie.html', widgets: { 'candor-rating-badge': 1, 'candor-honesty-panel': 1, 'candor-review-summary': 1 } },
  { path: '/spa/', widgets: { 'candor-rating-badge': 1, 'candor-honesty-panel': 1, 'candor-review-summary': 1 } },
  {
    path: '/strict/trail-jacket.html',
    widgets: { 'candor-rating-badge': 1, 'candor-honesty-panel': 1, 'candor-review-summary': 1 },
    strict: true,
    xss: true,
  },
  // `candor render`'s widgets in the HTML (generate-data.mjs), hydrated as they come near; strict CSP too.
  {
    path: '/html-first/trail-jacket.html',
    widgets: { 'candor-rating-badge': 1, 'candor-honesty-panel': 1, 'candor-review-summary': 1 },
    strict: true,
  },
  { path: '/policies/reviews.html', widgets: {} },
  { path: '/policies/fake-reviews.html', widgets: {} },
  { path: '/repairs.html', widgets: {} },
  { path: '/hire.html', widgets: {} },
  { path: '/pre-loved/trail-jacket.html', widgets: {} },
];

/** Runs in every page before its own scripts: the measurements read back by the tests. */
const INIT_SCRIPT = `(() => {
  const m = { cls: 0, shifts: [], longTasks: [], frames: [], csp: [] };
  Object.defineProperty(window, '__demoMetrics', { value: m });
  const describe = (node) => node && node.nodeType === 1 ? node.localName + (node.id ? '#' + node.id : '') + (node.className && typeof node.className === 'string' ? '.' + node.className.split(' ').join('.') : '') : String(node && node.nodeName);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      m.cls += entry.value;
      m.shifts.push({ value: entry.value, at: entry.startTime, sources: (entry.sources || []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) m.longTasks.push({ start: entry.startTime, duration: entry.duration, attribution: (entry.attribution || []).map((a) => a.containerType + ':' + (a.containerSrc || a.containerName || a.name)) });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) m.frames.push({ start: entry.startTime, duration: entry.duration, scripts: (entry.scripts || []).map((s) => ({ url: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, start: s.startTime, duration: s.duration })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  document.addEventListener('securitypolicyviolation', (event) => m.csp.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile + ':' + event.lineNumber }), true);
})();`;

interface Metrics {
  cls: number;
  shifts: { value: number; at: number; sources: string[] }[];
  longTasks: { start: number; duration: number; attribution: string[] }[];
  frames: { start: number; duration: number; scripts: { url: string; fn: string; invoker: string; start: number; duration: number }[] }[];
  csp: { directive: string; blocked: string; sample: string; source: string }[];
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
  passes: unknown[];
}

let server: Server;
let base: string;
let browser: Browser;
const figures: string[] = [];

beforeAll(async () => {
  if (!built) return;
  ({ server, url: base } = await startStoreServer({ port: 0 }));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (figures.length) console.log(`demo store e2e figures:\n  ${figures.join('\n  ')}`);
});

/** One page visit with everything recorded. */
interface Visit {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  requests: string[];
}

async function visit(path: string, { trace = false, block }: { trace?: boolean; block?: RegExp } = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (block) await context.route(block, (route) => route.abort());
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  if (trace)
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'],
    });
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return { page, context, consoleErrors, requests };
}

/** Scrolls each widget into view like a reader would (widgets load when visible), then back to the top. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 120));
    for (let y = 0; y < document.documentElement.scrollHeight; y += Math.round(innerHeight * 0.8)) {
      scrollTo(0, y);
      await pause();
    }
    scrollTo(0, 0);
    await pause();
  });
}

/** Waits until every Candor widget on the page has rendered content that is not a loading state. */
async function widgetsSettled(page: Page, widgets: StorePage['widgets']): Promise<Record<string, { count: number; rendered: number }>> {
  const expected = Object.values(widgets).reduce((sum, n) => sum + (n ?? 0), 0);
  if (expected > 0) {
    await page.waitForFunction(
      ({ tags, expected }) => {
        const elements = [...document.querySelectorAll(tags.join(','))];
        const ready = elements.filter((element) => {
          const root = element.shadowRoot;
          if (!root || !customElements.get(element.localName)) return false;
          if (root.querySelector('[aria-busy="true"], .skeleton')) return false;
          return (root.textContent ?? '').trim().length > 0;
        });
        return elements.length >= expected && ready.length === elements.length;
      },
      { tags: [...WIDGET_TAGS], expected },
      { timeout: 15_000, polling: 100 },
    );
  }
  return page.evaluate(
    (tags) => {
      const out: Record<string, { count: number; rendered: number }> = {};
      for (const tag of tags) {
        const elements = [...document.querySelectorAll(tag)];
        out[tag] = { count: elements.length, rendered: elements.filter((e) => (e.shadowRoot?.textContent ?? '').trim().length > 0).length };
      }
      return out;
    },
    [...WIDGET_TAGS],
  );
}

const metricsOf = (page: Page) => page.evaluate(() => (window as unknown as { __demoMetrics: Metrics }).__demoMetrics);

/**
 * Long tasks Candor caused: those that would not be long without Candor's script time inside them
 * (long-animation-frame script entries from /cdn/ that overlap the task). A 60 ms parse task with
 * 8 ms of loader in it is the page's; a 60 ms task with 20 ms of Candor in it is Candor's.
 */
function candorLongTasks(metrics: Metrics) {
  const candorScripts = metrics.frames.flatMap((frame) => frame.scripts.filter((script) => script.url.includes('/cdn/')));
  const candorTimeIn = (task: Metrics['longTasks'][number]) =>
    candorScripts
      .map((s) => Math.min(s.start + s.duration, task.start + task.duration) - Math.max(s.start, task.start))
      .filter((overlap) => overlap > 0)
      .reduce((sum, overlap) => sum + overlap, 0);
  const caused = metrics.longTasks
    .filter((task) => candorTimeIn(task) > 0 && task.duration - candorTimeIn(task) <= 50)
    .map((task) => ({ ...task, candor: candorTimeIn(task) }));
  const longestScript = Math.max(0, ...candorScripts.map((s) => s.duration));
  return { caused, longestScript, candorScripts };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

/** Main-thread tasks of the page's renderer over 50 ms of CPU, with Candor's share of each. */
function cpuLongTasks(trace: Buffer) {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
  );
  const tasks: { wallMs: number; cpuMs: number; candorCpuMs: number }[] = [];
  let longestCandorTaskCpu = 0;
  for (const main of mains) {
    const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const runTasks = own.filter((e) => e.name === 'RunTask');
    // Script entry points whose arguments name a Candor file (FunctionCall, EvaluateScript, v8.compileModule, ...).
    const candor = own.filter((e) => e.name !== 'RunTask' && JSON.stringify(e.args ?? {}).includes('/cdn/'));
    for (const task of runTasks) {
      const end = task.ts + (task.dur ?? 0);
      const inside = candor.filter((e) => e.ts >= task.ts && e.ts <= end);
      if (!inside.length) continue;
      const cpuMs = (task.tdur ?? task.dur ?? 0) / 1000;
      longestCandorTaskCpu = Math.max(longestCandorTaskCpu, cpuMs);
      if (cpuMs <= 50) continue;
      // Candor's share: the CPU of the task's top-level script work (module evaluation, microtasks with
      // Candor code in them, calls into Candor); when in doubt the whole task counts as Candor's.
      const topLevel = own.filter(
        (e) =>
          e.ts >= task.ts &&
          e.ts + (e.dur ?? 0) <= end &&
          /^(v8\.evaluateModule|RunMicrotasks|FunctionCall|EvaluateScript|v8\.compileModule|TimerFire|FireAnimationFrame|EventDispatch)$/.test(
            e.name,
          ),
      );
      const candorCpuMs = topLevel.length ? topLevel.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000 : cpuMs;
      tasks.push({ wallMs: (task.dur ?? 0) / 1000, cpuMs, candorCpuMs: Math.min(candorCpuMs, cpuMs) });
    }
  }
  return { caused: tasks.filter((t) => t.cpuMs - t.candorCpuMs <= 50), longestCandorTaskCpu };
}

/** A second look at the CPU cost alone: a fresh context, the same scroll, a new trace. */
async function cpuOfFreshVisit(storePage: StorePage): Promise<ReturnType<typeof cpuLongTasks>> {
  const { page, context } = await visit(storePage.path, { trace: true });
  try {
    await scrollThrough(page);
    await widgetsSettled(page, storePage.widgets);
    await page.waitForLoadState('networkidle');
    return cpuLongTasks(await browser.stopTracing());
  } catch (error) {
    await browser.stopTracing().catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

/** The trail jacket's page on a phone-sized touch screen, every widget in view once and settled. */
async function phoneVisitToTrailJacket(): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.addInitScript({ content: INIT_SCRIPT });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/products/trail-jacket.html`, { waitUntil: 'load' });
    await scrollThrough(page);
    await widgetsSettled(page, PAGES[1]!.widgets);
    return { page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function runAxe(page: Page, strict: boolean): Promise<AxeResult> {
  if (strict) await page.evaluate(axeSource);
  else await page.addScriptTag({ path: `${repo}node_modules/axe-core/axe.min.js` });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      passes: result.passes,
    };
  });
}

const offsite = (requests: string[]) => requests.filter((url) => !url.startsWith(`${base}/`) && !/^(data|blob|about):/.test(url));

describe.runIf(built)('demo store, end to end in Chromium', () => {
  describe.each(PAGES)('$path', (storePage) => {
    /** One visit per page; each check below reads what it recorded. */
    interface Observed {
      rendered: Record<string, { count: number; rendered: number }>;
      metrics: Metrics;
      cpu: ReturnType<typeof cpuLongTasks>;
      consoleErrors: string[];
      requests: string[];
      axe: AxeResult;
    }
    let observed: Observed | undefined;
    let failure: unknown;
    const seen = (): Observed => {
      if (!observed) throw failure instanceof Error ? failure : new Error(`the visit to ${storePage.path} failed: ${String(failure)}`);
      return observed;
    };

    beforeAll(async () => {
      const { page, context, consoleErrors, requests } = await visit(storePage.path, { trace: true });
      let tracing = true;
      try {
        await scrollThrough(page);
        const rendered = await widgetsSettled(page, storePage.widgets);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300); // let the observers deliver their last entries
        const metrics = await metricsOf(page);
        let cpu = cpuLongTasks(await browser.stopTracing());
        tracing = false;
        const cpuAttempts = [cpu.longestCandorTaskCpu];
        // Noise on a shared machine only ever adds time, so a page that shows a Candor task over the
        // limit is loaded again (fresh context and renderer, up to twice) and the best attempt is
        // the estimate of what Candor costs. A real regression is over the limit every time.
        for (let retry = 0; retry < 2 && cpu.caused.length; retry++) {
          const again = await cpuOfFreshVisit(storePage);
          cpuAttempts.push(again.longestCandorTaskCpu);
          if (again.caused.length < cpu.caused.length || again.longestCandorTaskCpu < cpu.longestCandorTaskCpu) cpu = again;
        }
        // axe runs last: it is a test tool, not part of the page, so it cannot cause or hide a CSP report,
        // and the page's console is read before it (axe copies linked shadow-root stylesheets into
        // <style> elements of its own, which a strict CSP refuses with a console error).
        const pageErrors = [...consoleErrors];
        const axe = await runAxe(page, Boolean(storePage.strict));
        observed = { rendered, metrics, cpu, consoleErrors: pageErrors, requests: [...requests], axe };
        const long = candorLongTasks(metrics);
        const otherLong = metrics.longTasks.map((t) => Math.round(t.duration));
        figures.push(
          `${storePage.path}: widgets ${
            Object.entries(rendered)
              .filter(([, r]) => r.count)
              .map(([tag, r]) => `${tag.replace('candor-', '')}×${r.rendered}`)
              .join(' ') || 'none'
          }; ` +
            `CLS ${metrics.cls}; longest task with Candor code ${cpuAttempts.map((ms) => ms.toFixed(1)).join(' / ')} ms CPU; ` +
            `wall clock: Candor script max ${long.longestScript.toFixed(1)} ms, long tasks (any cause) ${otherLong.length ? otherLong.join('/') + ' ms' : 'none'}; ` +
            `axe ${axe.violations.length} violations, ${axe.passes.length} rules passed; ${requests.length} requests${storePage.strict ? `; CSP violations ${metrics.csp.length}` : ''}`,
        );
      } catch (error) {
        failure = error;
      } finally {
        if (tracing) await browser.stopTracing().catch(() => undefined);
        await context.close();
      }
    }, 60_000);

    it('renders its widgets (shadow roots with content)', () => {
      const { rendered } = seen();
      for (const [tag, count] of Object.entries(storePage.widgets)) {
        expect(rendered[tag]?.count, `${tag} on ${storePage.path}`).toBe(count);
        expect(rendered[tag]?.rendered, `${tag} rendered on ${storePage.path}`).toBe(count);
      }
    });

    it('logs no console error', () => {
      expect(seen().consoleErrors).toEqual([]);
    });

    it('sends no request off localhost', () => {
      const { requests } = seen();
      expect(requests.length).toBeGreaterThan(0);
      expect(offsite(requests)).toEqual([]);
    });

    it.runIf(storePage.path === '/')(
      'reads every listed badge from one ratings.json (candor.json reviews.ratings, through the loader)',
      () => {
        const { requests } = seen();
        const data = requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/data/'));
        expect(data.filter((path) => path === '/data/summaries/ratings.json')).toHaveLength(1);
        // Only the zero-config beanie, which the index does not list, falls back to its own summary.
        expect(data.filter((path) => path !== '/data/summaries/ratings.json')).toEqual(['/data/summaries/merino-beanie.json']);
      },
    );

    it('has a CLS of 0', () => {
      const { metrics } = seen();
      expect(metrics.cls, `layout shifts: ${JSON.stringify(metrics.shifts)}`).toBe(0);
    });

    it('has no task over 50 ms of CPU caused by Candor', () => {
      const { cpu, metrics } = seen();
      // Control: the trace does see Candor's work on pages with widgets, so the check cannot pass vacuously.
      if (Object.keys(storePage.widgets).length)
        expect(cpu.longestCandorTaskCpu, 'no task with Candor code found in the trace').toBeGreaterThan(1);
      expect(cpu.caused, `wall-clock LoAF scripts from /cdn/: ${JSON.stringify(candorLongTasks(metrics).candorScripts)}`).toEqual([]);
    });

    it('passes axe-core (WCAG 2.1 A/AA and best practices)', () => {
      const { axe } = seen();
      expect(axe.violations, JSON.stringify(axe.violations, null, 1)).toEqual([]);
    });

    if (storePage.strict) {
      it('reports no CSP violation', () => {
        expect(seen().metrics.csp).toEqual([]);
      });
    }
  });

  it('HTML-first page with JavaScript off: the three widgets show their text; without the loader they are styled and axe passes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/html-first/trail-jacket.html`, { waitUntil: 'load' });
      for (const tag of WIDGET_TAGS)
        expect((await page.locator(`${tag} [lang]`).first().innerText()).trim().length, tag).toBeGreaterThan(3);
      expect(await page.locator('candor-honesty-panel [lang]').first().innerText()).toContain('per wear');
    } finally {
      await context.close();
    }
    // Page scripts off, Playwright's evaluate cannot run either: the styles and axe are checked on the
    // same page with the loader refused, so the server's HTML stays exactly as it came.
    const { page, context: withAxe } = await visit('/html-first/trail-jacket.html', { block: /\/candor\.js$/ });
    try {
      expect(await page.evaluate(() => document.querySelectorAll('[defer-hydration]').length)).toBe(3);
      // Set by each widget's own :host rule and the store's theme (radius 10px in candor.json), both in
      // its linked stylesheet: empty where those styles did not apply.
      const radius = await page.evaluate(
        (tags) => tags.map((tag) => getComputedStyle(document.querySelector(tag)!).getPropertyValue('--candor-radius').trim()),
        [...WIDGET_TAGS],
      );
      expect(radius).toEqual(WIDGET_TAGS.map(() => '10px'));
      expect((await runAxe(page, true)).violations).toEqual([]);
    } finally {
      await withAxe.close();
    }
  }, 60_000);

  it('strict page: the CSP header is sent, and the violation listener hears a deliberate violation (control)', async () => {
    const response = await fetch(`${base}/strict/trail-jacket.html`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    const { page, context } = await visit('/strict/trail-jacket.html');
    try {
      await scrollThrough(page);
      await widgetsSettled(page, PAGES.find((p) => p.strict)!.widgets);
      expect((await metricsOf(page)).csp).toEqual([]);
      // Control: an inline <style> and an innerHTML string are exactly what the policy forbids.
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red }';
        document.head.append(style);
        try {
          document.createElement('div').innerHTML = '<b>not trusted</b>';
        } catch {
          // Trusted Types throws here, and reports.
        }
      });
      await page.waitForTimeout(200);
      const directives = (await metricsOf(page)).csp.map((v) => v.directive);
      expect(directives).toContain('style-src-elem');
      expect(directives).toContain('require-trusted-types-for');
    } finally {
      await context.close();
    }
  }, 60_000);

  describe.each(PAGES.filter((p) => p.xss))('XSS review on $path', (storePage) => {
    it('stays text: no script ran, no injected <img>, the payload is visible as text', async () => {
      const { page, context } = await visit(storePage.path);
      try {
        await scrollThrough(page);
        await widgetsSettled(page, storePage.widgets);
        // The review quotes are behind "Show the full summary": their code loads on the press.
        await page.locator('candor-review-summary [part="expand"]').click();
        await page.waitForFunction(() => document.querySelector('candor-review-summary')?.shadowRoot?.querySelector('[part="themes"]'));
        const found = await page.evaluate(() => {
          const roots: (Document | ShadowRoot)[] = [document];
          for (let i = 0; i < roots.length; i++)
            for (const element of roots[i]!.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
          const injected = roots.flatMap((root) => [
            ...root.querySelectorAll('img[src="x"], img[onerror], b[onmouseover], script:not([src]):not([type])'),
          ]).length;
          const text = roots.map((root) => (root instanceof ShadowRoot ? root.textContent : '') ?? '').join('\n');
          return { xss: (window as unknown as { __xss?: unknown }).__xss, injected, shadowRoots: roots.length - 1, text };
        });
        expect(found.xss).toBeUndefined();
        expect(found.injected).toBe(0);
        expect(found.shadowRoots).toBeGreaterThan(0);
        expect(found.text).toContain('<img src=x onerror="window.__xss=1">');
      } finally {
        await context.close();
      }
    }, 60_000);
  });

  it('SPA page: widgets upgrade by themselves after client-side navigation, and again after Back', async () => {
    const { page, context, consoleErrors, requests } = await visit('/spa/');
    try {
      const spa = PAGES.find((p) => p.path === '/spa/')!;
      await scrollThrough(page);
      await widgetsSettled(page, spa.widgets);
      const initialLoads = await page.evaluate(() => performance.getEntriesByType('navigation').length);

      await page.getByRole('link', { name: 'Ember camp lantern' }).click();
      await page.waitForURL(/\?product=camp-lantern$/);
      await scrollThrough(page);
      await widgetsSettled(page, spa.widgets);
      const after = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('#spa-view [product-id]')].map((e) => `${e.localName}:${e.getAttribute('product-id')}`),
        rendered: [
          ...document.querySelectorAll('#spa-view candor-review-summary, #spa-view candor-honesty-panel, #spa-view candor-rating-badge'),
        ].every((e) => (e.shadowRoot?.textContent ?? '').trim().length > 0),
        heading: document.querySelector('#spa-view h1')?.textContent,
        focused: document.activeElement?.localName,
        navigations: performance.getEntriesByType('navigation').length,
      }));
      expect(after.ids).toEqual([
        'candor-rating-badge:camp-lantern',
        'candor-honesty-panel:camp-lantern',
        'candor-review-summary:camp-lantern',
      ]);
      expect(after.rendered).toBe(true);
      expect(after.heading).toBe('Ember camp lantern');
      expect(after.focused).toBe('h1');
      expect(after.navigations).toBe(initialLoads); // no page load happened

      await page.goBack();
      await page.waitForURL(/\/spa\/$/);
      await widgetsSettled(page, spa.widgets);
      const back = await page.evaluate(() =>
        [...document.querySelectorAll('#spa-view [product-id]')].map((e) => e.getAttribute('product-id')),
      );
      expect(back).toEqual(['canvas-daypack', 'canvas-daypack', 'canvas-daypack']);
      expect(consoleErrors).toEqual([]);
      expect(offsite(requests)).toEqual([]);
      // The new product's data came from its own files.
      expect(requests.some((url) => url.endsWith('/data/summaries/camp-lantern.json'))).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('phone width (390 px): product page renders without horizontal scrolling or layout shift', async () => {
    const { page, context } = await phoneVisitToTrailJacket();
    try {
      const { overflow, cls } = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        cls: (window as unknown as { __demoMetrics: Metrics }).__demoMetrics.cls,
      }));
      expect(overflow).toBeLessThanOrEqual(0);
      expect(cls).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('phone: saving for later and forgetting keep CLS at 0 in a top-level page, and leave no empty room under the button', async () => {
    const { page, context } = await phoneVisitToTrailJacket();
    try {
      const panel = page.locator('candor-honesty-panel');
      /** Room between the bottom of the section's last button and the bottom of the cooling-off section. */
      const roomBelowButtons = () =>
        panel.evaluate((element) => {
          const section = element.shadowRoot!.querySelector('[part~="cooling-off"]')!;
          const buttons = [...section.querySelectorAll('button')].filter(
            (button) => button.getClientRects().length > 0 && !button.closest('[inert]'),
          );
          return section.getBoundingClientRect().bottom - Math.max(...buttons.map((button) => button.getBoundingClientRect().bottom));
        });
      expect(await roomBelowButtons()).toBeLessThan(40);
      await panel.getByRole('button', { name: /save it for/i }).tap();
      await expect.poll(() => panel.getByRole('button', { name: /forget/i }).isVisible()).toBe(true);
      await panel.getByRole('button', { name: /forget/i }).tap();
      await expect.poll(() => panel.getByRole('button', { name: /save it for/i }).isVisible()).toBe(true);
      await page.waitForTimeout(300);
      const metrics = await page.evaluate(() => (window as unknown as { __demoMetrics: Metrics }).__demoMetrics);
      expect(metrics.shifts).toEqual([]);
      expect(metrics.cls).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('demo store e2e prerequisites', () => {
  it('has the built CDN bundle (run `pnpm build`; `npm test` does)', () => {
    expect(built, `${bundle} is missing: run \`pnpm build\` first`).toBe(true);
  });
});
