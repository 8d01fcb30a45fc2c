/**
 * Where first renders are paced (the script-tag loader), the review summary's content comes in
 * stages (staged-render.ts): the figures and the checks first, then the histogram, the pros, the
 * cons, the long-term owners with the most helpful reviews, and the "how reviews work here"
 * disclosure, each in a task of its own after a frame, so that no one task renders and lays out
 * the whole summary. What is checked is which task and frame each part first appeared in (a
 * mutation observer's callback runs at the end of the task that rendered it), not how long they
 * took. Control: unpaced (the npm default), the same summary renders every part in one task, so
 * the check can fail.
 */
import type { ReviewSummary } from '@candor/core/reviews';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../src/review-summary.define.js';
import type { CandorReviewSummary } from '../src/review-summary.js';
import { paceFirstRenders } from '../src/shared/first-render.js';
import { resetCandor } from './support/reset.js';
import { realisticSummary } from './support/review-fixtures.js';

const PARTS = ['ratings', 'work', 'histogram', 'pros', 'cons', 'long-term', 'how'] as const;
type Part = (typeof PARTS)[number];

/** Which task (a serial that changes after every run of microtasks) and which frame each part first appeared in. */
async function whenPartsAppear(summary: ReviewSummary) {
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
  const seen = new Map<Part, { task: number; frame: number }>();
  const el = document.createElement('candor-review-summary') as CandorReviewSummary;
  el.summary = summary;
  const record = () => {
    for (const part of PARTS) if (!seen.has(part) && el.shadowRoot?.querySelector(`[part="${part}"]`)) seen.set(part, { task, frame });
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

beforeEach(() => {
  resetCandor();
  paceFirstRenders(true);
});
afterEach(() => {
  paceFirstRenders(false);
  document.body.replaceChildren();
});

describe('the review summary in stages, where first renders are paced', () => {
  it('renders the figures and the checks first, and each later part in a later task after a frame', async () => {
    const { el, seen } = await whenPartsAppear(realisticSummary());
    expect([...seen.keys()].sort()).toEqual([...PARTS].sort());
    const ratings = seen.get('ratings')!;
    expect(seen.get('work')).toEqual(ratings);
    const later = (['histogram', 'pros', 'cons', 'long-term', 'how'] as const).map((part) => seen.get(part)!);
    let previous = ratings;
    for (const stage of later) {
      expect(stage.task).toBeGreaterThan(previous.task);
      expect(stage.frame).toBeGreaterThan(previous.frame);
      previous = stage;
    }
    // Whole at the end: updateComplete waited for the last stage.
    expect(el.shadowRoot!.querySelector('[part~="helpful"]')).not.toBeNull();
  });

  it('ends with the same content as one unpaced render', async () => {
    const summary = realisticSummary();
    const { el: staged } = await whenPartsAppear(summary);
    paceFirstRenders(false);
    const { el: whole } = await whenPartsAppear(summary);
    expect(staged.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toBe(whole.shadowRoot!.textContent!.replace(/\s+/g, ' '));
  });

  it('shows every part at once when the shopper expands it before the stages are in', async () => {
    const el = document.createElement('candor-review-summary') as CandorReviewSummary;
    el.summary = realisticSummary();
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
    const el = document.createElement('candor-review-summary') as CandorReviewSummary;
    el.summary = realisticSummary();
    const below = document.createElement('p');
    below.textContent = 'Delivery and returns: free within 30 days.';
    document.body.append(el, below);
    // From the first content render on (before it, the page's candor.css reserves the space).
    while (!el.shadowRoot?.querySelector('[part="ratings"]')) await new Promise((resolve) => setTimeout(resolve, 0));
    // After the frame that laid it out (a frame callback runs before that frame's layout).
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(el.shadowRoot!.querySelector('[part="how"]')).toBeNull();
    const top = below.getBoundingClientRect().top;
    const shifts: number[] = [];
    const watch = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    });
    watch.observe({ type: 'layout-shift' });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    watch.disconnect();
    expect(el.shadowRoot!.querySelector('[part="how"]')).not.toBeNull();
    expect(below.getBoundingClientRect().top).toBe(top);
    expect(shifts).toEqual([]);
  });

  it('control: unpaced (the npm default) every part appears in one task', async () => {
    paceFirstRenders(false);
    const { seen } = await whenPartsAppear(realisticSummary());
    expect(new Set([...seen.values()].map((when) => when.task)).size).toBe(1);
  });
});
