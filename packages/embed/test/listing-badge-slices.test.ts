/**
 * The listing badge's time slices (packages/embed/src/listing-badge.ts), in headless Chromium with
 * the built bundle, on a short viewport with 200 badges that have their figures in attributes:
 * (a) the badges render in page order, in view or not, each task stopping right after its renders
 *     pass the 12 ms slice (48 badges in view in one task were a task of 120 to 240 ms of CPU on a
 *     4x-throttled CPU);
 * (b) a badge defined but not yet rendered (in view, waiting for a later task) holds the space
 *     candor.css reserves for it, so nothing moves when it renders;
 * (c) they render in a handful of tasks, far fewer than badges (batched, not one task per badge);
 * (d) badges added later, even at the top of the page, wait for the slice too;
 * (e) every badge's shadow root (holding its reserved space) is attached before the element is
 *     defined, in tasks of one slice each, so the upgrade of every badge (one task) attaches none
 *     (control: the build before, 44e41ab, had none attached at the define and failed).
 * What is checked is which task each badge rendered in, not how long anything took: the page's
 * `performance.now()` is a stand-in clock that only the badges' renders move, each by RENDER_MS
 * (on a loaded CI machine real renders take any time). Nothing in the badge's source serves the
 * test: the page wraps the shadow root's `replaceChildren`, which each render calls once.
 * Controls: on the same page with a clock the renders do not move, every badge renders in the
 * first task, and the slice check fails; the build before the in-view badges were sliced too
 * (2f9bcde) rendered the 20 in view in the first task and failed (a), and its in-view badge 19,
 * defined but not rendered, measured 0 by 0 px, failing (b).
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER, TestSite, launchChromium, openPage } from './support/harness.js';

const BADGES = 200;
/** The listing badge's BATCH_MS. */
const BATCH_MS = 12;
/** What the stand-in clock moves per render; a whole number, so the sums are exact. */
const RENDER_MS = 1;
/** 20 px a row: the 390 px viewport shows 20 badges (tops 0 to 380), more than one slice's worth (13 renders). */
const VIEWPORT = { width: 800, height: 390 };
/** A badge in view that the first slice does not reach. */
const WAITING = 19;
/** candor.css's reservation for a badge with figures: 1.3125rem by 7.875rem, at 16 px a rem. */
const RESERVED = { width: 126, height: 21 };

/**
 * Runs before the loader (module scripts wait for the parser): the stand-in clock, and a record of
 * the task each badge rendered in. The task number changes after every run of microtasks in which
 * a badge rendered, so two renders with the same number ran in the same task.
 */
const stage = (clockMoves: boolean) => `<script>
  let clock = 0;
  performance.now = () => clock;
  let task = 0;
  let counting = false;
  window.__renders = [];
  const replaceChildren = ShadowRoot.prototype.replaceChildren;
  ShadowRoot.prototype.replaceChildren = function (...nodes) {
    if (this.host.localName === 'candor-rating-badge') {
      // At the first render, the size of a badge in view that waits for a later task.
      const waiting = document.querySelector('[data-i="${WAITING}"]').getBoundingClientRect();
      window.__waiting ??= { width: waiting.width, height: waiting.height };
      window.__renders.push({ badge: Number(this.host.dataset.i), task });
      if (!counting) queueMicrotask(() => { task++; counting = false; });
      counting = true;
      if (${clockMoves}) clock += ${RENDER_MS};
    }
    return replaceChildren.apply(this, nodes);
  };
</script>`;

/** Which badges are in view, by the rule the listing badge applies before it defines them; read after parsing, before the loader runs. */
const IN_VIEW = `<script>
  window.__inView = [...document.querySelectorAll('candor-rating-badge')]
    .filter((badge) => { const { top, bottom } = badge.getBoundingClientRect(); return bottom >= 0 && top <= innerHeight; })
    .map((badge) => Number(badge.dataset.i));
</script>`;

const badges = Array.from(
  { length: BADGES },
  (_, i) => `<p><candor-rating-badge data-i="${i}" rating="${(3 + (i % 20) / 10).toFixed(1)}" count="${10 + i}"></candor-rating-badge></p>`,
).join('\n');
const page = (clockMoves: boolean) => ({
  head: `<style>body { margin: 0 } p { margin: 0; height: 20px; overflow: hidden }</style>
${stage(clockMoves)}
<script type="module" src="${LOADER}"></script>`,
  body: `${badges}\n${IN_VIEW}`,
});

/**
 * Runs before the loader: the stand-in clock moves by RENDER_MS at each shadow root attached to a
 * badge too, and a record of the task each was attached in, and of how many badges had theirs when
 * the listing badge defined the element (its upgrade of every badge is one task).
 */
const ATTACHES = `<script>
  window.__attaches = [];
  let attachTask = 0;
  let attaching = false;
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    if (this.localName === 'candor-rating-badge') {
      window.__attaches.push(attachTask);
      if (!attaching) queueMicrotask(() => { attachTask++; attaching = false; });
      attaching = true;
      clock += ${RENDER_MS};
    }
    return attachShadow.call(this, init);
  };
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    if (name === 'candor-rating-badge')
      window.__withRootAtDefine = [...document.querySelectorAll(name)].filter((badge) => badge.shadowRoot).length;
    return define.call(this, name, ...rest);
  };
</script>`;

const site = new TestSite();
let browser: Browser;

beforeAll(async () => {
  await site.start();
  browser = await launchChromium();
  site.page('slices.html', page(true));
  site.page('control.html', page(false));
  site.page('attaches.html', { head: `${stage(true)}${ATTACHES}<script type="module" src="${LOADER}"></script>`, body: badges });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await site.stop();
});

interface Slices {
  inView: number[];
  /** The size of badge WAITING when the first badge rendered. */
  waiting: { width: number; height: number };
  /** The badges each task rendered, in order, numbered from the first task with a render. */
  tasks: number[][];
}

/**
 * Loads `path`, waits until every badge has rendered, then, with `added`, puts that many more
 * badges at the top of the page in one task (in view, but added later) and waits for them too;
 * groups the renders by task.
 */
async function slices(path: string, added = 0): Promise<Slices> {
  const { page: tab, context, errors } = await openPage(browser, site, { viewport: VIEWPORT });
  await tab.goto(`${site.url}/${path}`);
  const renderedAll = (count: number) =>
    tab.waitForFunction((expected) => (window as unknown as { __renders: unknown[] }).__renders.length >= expected, count, {
      timeout: 30_000,
    });
  await renderedAll(BADGES);
  if (added) {
    await tab.evaluate(
      ([from, count]) =>
        document.body.prepend(
          ...Array.from({ length: count }, (_, i) => {
            const badge = Object.assign(document.createElement('candor-rating-badge'), { rating: 4.2, count: 12 });
            badge.dataset['i'] = String(from + i);
            return badge;
          }),
        ),
      [BADGES, added],
    );
    await renderedAll(BADGES + added);
  }
  const { inView, renders, waiting } = await tab.evaluate(() => {
    const recorded = window as unknown as {
      __inView: number[];
      __renders: { badge: number; task: number }[];
      __waiting: { width: number; height: number };
    };
    return { inView: recorded.__inView, renders: recorded.__renders, waiting: recorded.__waiting };
  });
  await context.close();
  expect(errors).toEqual([]);
  // Each badge rendered once: figures in attributes never render twice.
  expect(renders.map((render) => render.badge).sort((a, b) => a - b)).toEqual(Array.from({ length: BADGES + added }, (_, i) => i));
  const byTask = new Map<number, number[]>();
  for (const { badge, task } of renders) byTask.set(task, [...(byTask.get(task) ?? []), badge]);
  return { inView, waiting, tasks: [...byTask.values()] };
}

/** The renders of a later task that fit the slice: it starts the slice at 0 and checks before each render whether it passed BATCH_MS. */
const SLICE = Math.floor(BATCH_MS / RENDER_MS) + 1;

describe('the listing badge renders in time slices', () => {
  it('in page order, in view or not, in tasks of one 12 ms slice each; a badge waiting holds its reserved space; far fewer tasks than badges', async () => {
    const { inView, waiting, tasks } = await slices('slices.html');
    // The page is as meant: the top 20 badges in view, more than one slice's worth.
    expect(inView).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(inView.length * RENDER_MS).toBeGreaterThan(BATCH_MS);
    // (a) Every task takes the next badges in page order and stops right after its renders pass 12 ms.
    expect(tasks.flat()).toEqual(Array.from({ length: BADGES }, (_, i) => i));
    for (const task of tasks.slice(0, -1)) expect(task).toHaveLength(SLICE);
    expect(tasks.at(-1)!.length).toBeGreaterThan(0);
    expect(tasks.at(-1)!.length).toBeLessThanOrEqual(SLICE);
    // (b) Badge 19 is in view and waits for the second task, with the space reserved for it.
    expect(inView).toContain(WAITING);
    expect(tasks[0]).not.toContain(WAITING);
    expect(waiting).toEqual(RESERVED);
    // (c) Batched: 200 badges in 16 tasks (ceil(200 / 13)), not 200.
    expect(tasks).toHaveLength(Math.ceil(BADGES / SLICE));
    expect(tasks.length).toBeLessThan(BADGES / 10);
  }, 60_000);

  it('badges added later wait for the slice too, even in view: 50 put at the top of the page render in 4 tasks of 13, 13, 13 and 11', async () => {
    const { tasks } = await slices('slices.html', 50);
    const addedTasks = tasks.filter((task) => task.some((badge) => badge >= BADGES));
    // None shares a task with the first 200, and each task stops right after its slice.
    expect(addedTasks.flat().every((badge) => badge >= BADGES)).toBe(true);
    expect(addedTasks.map((task) => task.length)).toEqual([SLICE, SLICE, SLICE, 50 - 3 * SLICE]);
  }, 60_000);

  it('control: with a clock the renders do not move, the slice never ends, so all 200 render in the first task', async () => {
    const { tasks } = await slices('control.html');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toHaveLength(BADGES);
  }, 60_000);
});

describe('the listing badge attaches the badges’ shadow roots in slices before it defines the element', () => {
  it('every badge has its shadow root (holding its reserved space) before the upgrade, attached in tasks of one 12 ms slice each', async () => {
    const { page: tab, context, errors } = await openPage(browser, site, { viewport: VIEWPORT });
    await tab.goto(`${site.url}/attaches.html`);
    await tab.waitForFunction((expected) => (window as unknown as { __renders: unknown[] }).__renders.length >= expected, BADGES, {
      timeout: 30_000,
    });
    const { attaches, withRoot } = await tab.evaluate(() => {
      const recorded = window as unknown as { __attaches: number[]; __withRootAtDefine: number };
      return { attaches: recorded.__attaches, withRoot: recorded.__withRootAtDefine };
    });
    await context.close();
    expect(errors).toEqual([]);
    // One attach per badge, all before the upgrade: it attaches none itself.
    expect(attaches).toHaveLength(BADGES);
    expect(withRoot).toBe(BADGES);
    // In tasks of one slice each (13 attaches with the clock moving 1 ms per attach), not one task.
    const perTask = [...new Set(attaches)].map((task) => attaches.filter((each) => each === task).length);
    expect(perTask).toEqual([...Array.from({ length: Math.floor(BADGES / SLICE) }, () => SLICE), BADGES % SLICE]);
  }, 60_000);
});
