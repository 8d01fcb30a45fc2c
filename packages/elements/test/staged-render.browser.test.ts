/**
 * Where first renders are paced (the script-tag loader), large widgets render their content in
 * stages (staged-render.ts), each in a task of its own after a frame, so that no one task renders
 * and lays out a whole widget: the review summary's figures and checks first, then the histogram,
 * the pros, the cons, the long-term owners with the most helpful reviews, and the "how reviews
 * work here" disclosure; the honesty panel's title and first two sections, then two sections a
 * stage. What is checked is which task and frame each part first appeared in (a mutation
 * observer's callback runs at the end of the task that rendered it), not how long they took, and
 * that the page below does not move where the space is reserved. Controls: unpaced (the npm
 * default), the same widgets render every part in one task; the summary's CLS case fails with
 * its frame unreserved (--candor-summary-block-size: auto).
 */
import type { ReviewSummary } from '@candor/core/reviews';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import '../src/review-summary.define.js';
import type { CandorReviewSummary } from '../src/review-summary.js';
import { paceFirstRenders } from '../src/shared/first-render.js';
import { resetCandor } from './support/reset.js';
import { realisticSummary } from './support/review-fixtures.js';
import { loadOnDemandParts } from './support/on-demand.js';
import { setStoreConfig } from '../src/shared/store-config.js';
import { reviewFacts, storeConfig, type Panel } from './honesty-fixtures.js';

// This suite is about the content, not its loading (on-demand-parts.browser.test.ts).
beforeAll(loadOnDemandParts);

const PARTS = ['ratings', 'work', 'histogram', 'pros', 'cons', 'long-term', 'how'] as const;

/** Which task (a serial that changes after every run of microtasks) and which frame each part first appeared in. */
async function whenPartsAppear<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: T, parts: readonly string[]) {
  let frame = 0;
  let running = true;
  const countFrames = () => {
    frame += 1;
    if (running) requestAnimationFrame(countFrames);
  };
  requestAnimationFrame(countFrames);
  let task = 0;
  const nextTask = () => setTimeout(() => ((task += 1), running && nextTask()), 0);
  nextTask();
  const seen = new Map<string, { task: number; frame: number }>();
  const record = () => {
    for (const part of parts) if (!seen.has(part) && el.shadowRoot?.querySelector(`[part~="${part}"]`)) seen.set(part, { task, frame });
  };
  const observer = new MutationObserver(record);
  document.body.append(el);
  // The shadow root exists once the element is connected; its mutations are watched from then on.
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  await el.updateComplete;
  record();
  running = false;
  observer.disconnect();
  return { el, seen };
}

/**
 * Each group of parts appeared together, and each group in a later frame than the one before, so
 * in a later task too: a frame's rendering runs between tasks. (The task serial, a chain of zero
 * timers clamped to 4 ms, can miss a task that follows a frame at once on a loaded machine, so it
 * is not compared here; the controls use it only to see that everything shared one task.)
 */
function expectStages(seen: Map<string, { task: number; frame: number }>, groups: readonly (readonly string[])[]) {
  expect([...seen.keys()].sort()).toEqual(groups.flat().sort());
  let previous: { task: number; frame: number } | undefined;
  for (const group of groups) {
    const when = seen.get(group[0]!)!;
    for (const part of group) expect(seen.get(part), part).toEqual(when);
    if (previous) {
      expect(when.frame).toBeGreaterThan(previous.frame);
    }
    previous = when;
  }
}

function summaryElement(summary: ReviewSummary = realisticSummary()): CandorReviewSummary {
  const el = document.createElement('candor-review-summary') as CandorReviewSummary;
  el.summary = summary;
  return el;
}

beforeEach(() => {
  resetCandor();
  paceFirstRenders(true);
});
afterEach(() => {
  paceFirstRenders(false);
  document.body.replaceChildren();
});

/** The layout shifts seen from now until the widget's last stage is in and laid out. */
async function shiftsUntilStagesAreIn(el: { updateComplete: Promise<unknown> }): Promise<number[]> {
  const shifts: number[] = [];
  const watch = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
  });
  watch.observe({ type: 'layout-shift' });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  watch.disconnect();
  return shifts;
}

describe('the review summary in stages, where first renders are paced', () => {
  it('renders the figures and the checks first, and each later part in a later task after a frame', async () => {
    const { el, seen } = await whenPartsAppear(summaryElement(), PARTS);
    expectStages(seen, [['ratings', 'work'], ['histogram'], ['pros'], ['cons'], ['long-term'], ['how']]);
    // Whole at the end: updateComplete waited for the last stage.
    expect(el.shadowRoot!.querySelector('[part~="helpful"]')).not.toBeNull();
  });

  it('ends with the same content as one unpaced render', async () => {
    const summary = realisticSummary();
    const { el: staged } = await whenPartsAppear(summaryElement(summary), PARTS);
    paceFirstRenders(false);
    const { el: whole } = await whenPartsAppear(summaryElement(summary), PARTS);
    expect(staged.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toBe(whole.shadowRoot!.textContent!.replace(/\s+/g, ' '));
  });

  it('shows every part at once when the shopper expands it before the stages are in', async () => {
    const el = summaryElement();
    document.body.append(el);
    // The first content render, before any later stage: press "Show the full summary".
    while (!el.shadowRoot?.querySelector('[part="ratings"]')) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(el.shadowRoot!.querySelector('[part="how"]')).toBeNull();
    let taskPassed = false;
    setTimeout(() => (taskPassed = true), 0);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="expand"]')!.click();
    await el.updateComplete;
    expect(taskPassed).toBe(false);
    for (const part of PARTS) expect(el.shadowRoot!.querySelector(`[part="${part}"]`), part).not.toBeNull();
  });

  it('moves nothing on the page while the later stages come in (CLS 0): they fill the reserved frame', async () => {
    const el = summaryElement();
    const below = document.createElement('p');
    below.textContent = 'Delivery and returns: free within 30 days.';
    document.body.append(el, below);
    // From the first content render on (before it, the page's candor.css reserves the space).
    while (!el.shadowRoot?.querySelector('[part="ratings"]')) await new Promise((resolve) => setTimeout(resolve, 0));
    // After the frame that laid it out (a frame callback runs before that frame's layout).
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(el.shadowRoot!.querySelector('[part="how"]')).toBeNull();
    const top = below.getBoundingClientRect().top;
    const shifts = await shiftsUntilStagesAreIn(el);
    expect(el.shadowRoot!.querySelector('[part="how"]')).not.toBeNull();
    expect(below.getBoundingClientRect().top).toBe(top);
    expect(shifts).toEqual([]);
  });

  it('control: unpaced (the npm default) every part appears in one task', async () => {
    paceFirstRenders(false);
    const { seen } = await whenPartsAppear(summaryElement(), PARTS);
    expect(seen.size).toBe(PARTS.length);
    expect(new Set([...seen.values()].map((when) => when.task)).size).toBe(1);
  });
});

const SECTIONS = ['cost-per-use', 'cooling-off', 'returns', 'not-for', 'alternatives', 'disclosure'] as const;

function panelElement(): Panel {
  const el = document.createElement('candor-honesty-panel') as Panel;
  el.setAttribute('product-id', 'boot-1');
  el.reviewFacts = reviewFacts;
  return el;
}

describe('the honesty panel in stages, where first renders are paced', () => {
  beforeEach(() => setStoreConfig(storeConfig));

  it('renders the title and the first two sections first, then two sections a stage, each in a later task after a frame', async () => {
    const { seen } = await whenPartsAppear(panelElement(), ['title', ...SECTIONS]);
    expectStages(seen, [
      ['title', 'cost-per-use', 'cooling-off'],
      ['returns', 'not-for'],
      ['alternatives', 'disclosure'],
    ]);
  });

  it('ends with the same content as one unpaced render, and moves nothing when its space is reserved (CLS 0)', async () => {
    paceFirstRenders(false);
    const { el: whole } = await whenPartsAppear(panelElement(), SECTIONS);
    const height = whole.getBoundingClientRect().height;
    const text = whole.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    whole.remove();
    paceFirstRenders(true);
    // As the demo store reserves it: the panel's rendered height, from the page's CSS.
    const el = panelElement();
    el.style.minBlockSize = `${height}px`;
    const below = document.createElement('p');
    below.textContent = 'About this product';
    document.body.append(el, below);
    while (!el.shadowRoot?.querySelector('[part~="cooling-off"]')) await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(el.shadowRoot!.querySelector('[part~="disclosure"]')).toBeNull();
    const top = below.getBoundingClientRect().top;
    const shifts = await shiftsUntilStagesAreIn(el);
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toBe(text);
    expect(below.getBoundingClientRect().top).toBe(top);
    expect(shifts).toEqual([]);
  });

  it('control: unpaced (the npm default) every section appears in one task', async () => {
    paceFirstRenders(false);
    const { seen } = await whenPartsAppear(panelElement(), SECTIONS);
    expect(seen.size).toBe(SECTIONS.length);
    expect(new Set([...seen.values()].map((when) => when.task)).size).toBe(1);
  });
});
