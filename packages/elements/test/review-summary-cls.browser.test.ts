/**
 * Layout shift while the review summary and the rating badges go from loading to loaded with
 * 500+ reviews analysed in the browser. This file is its own document (vitest runs each browser
 * test file in its own iframe), so CLS here is only ours. The last test shifts a control element
 * on purpose and proves both measurements see it: a zero above is a real zero.
 */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/settle.js';
import { onCLS } from 'web-vitals';
import { afterAll, describe, expect, it, vi } from 'vitest';
import '../src/rating-badge.define.js';
import '../src/review-summary.define.js';
import type { CandorReviewSummary } from '../src/review-summary.js';
import { realisticReviews } from './support/review-fixtures.js';

const shifts: { value: number; sources: string[] }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
    if (!entry.hadRecentInput)
      shifts.push({
        value: entry.value,
        sources: (entry.sources ?? []).map((source) => (source.node as Element | undefined)?.localName ?? '?'),
      });
  }
}).observe({ type: 'layout-shift', buffered: true });
let vitalsCls = 0;
onCLS((metric) => (vitalsCls = metric.value), { reportAllChanges: true });

const frames = (count = 3) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });
const total = () => shifts.reduce((sum, shift) => sum + shift.value, 0);

afterAll(() => vi.unstubAllGlobals());

describe('layout shift (CLS)', () => {
  it('is 0 while a summary with 500+ reviews and a row of badges go from loading to loaded', async () => {
    const reviews = realisticReviews(500, 11);
    expect(reviews.length).toBeGreaterThanOrEqual(500);
    const body = JSON.stringify(reviews);
    const pending: (() => void)[] = [];
    vi.stubGlobal(
      'fetch',
      () =>
        new Promise<Response>((resolve) =>
          pending.push(() => resolve(new Response(body, { headers: { 'content-type': 'application/json' } }))),
        ),
    );
    const page = await fixture(html`<main>
      <h1>Merino jacket</h1>
      <p>Price: €189. A warm jacket for cold mornings.</p>
      <p><candor-rating-badge src="/reviews/jacket.json"></candor-rating-badge></p>
      <candor-review-summary product-id="jacket-1" src="/reviews/jacket.json"></candor-review-summary>
      <p id="below">Delivery and returns: free within 30 days.</p>
      <ul>
        <li>Card A <candor-rating-badge rating="4.76" count="212" checked-rating="4.31" checked-count="180"></candor-rating-badge></li>
        <li>Card B <candor-rating-badge rating="5" count="3"></candor-rating-badge></li>
      </ul>
    </main>`);
    const summary = page.querySelector<CandorReviewSummary>('candor-review-summary')!;
    const below = page.querySelector('#below')!;
    // The request goes out once the widgets have their language: on a loaded machine that is more
    // than a few frames, so wait for it rather than for a count of frames.
    await waitUntil(() => pending.length > 0, 'no request for the reviews', { timeout: 8000 });
    await frames();
    expect(summary.shadowRoot!.querySelector('[aria-busy="true"]')).not.toBeNull();
    const top = below.getBoundingClientRect().top;
    expect(top).toBeLessThan(window.innerHeight); // in the viewport, where a shift would count
    expect(pending.length).toBe(1); // one request for the badge and the summary
    pending.forEach((release) => release());
    await waitUntil(() => summary.shadowRoot!.querySelector('[aria-busy="false"]'), 'still loading', { timeout: 8000 });
    await frames(5);
    expect(summary.shadowRoot!.querySelector('[part="ratings"]')).not.toBeNull();
    expect(below.getBoundingClientRect().top).toBe(top);
    expect(shifts).toEqual([]);
    expect(total()).toBe(0);
    expect(vitalsCls).toBe(0);
  });

  it('control: an element that shifts on purpose is measured, so the zero above can fail', async () => {
    // At the top of the page, in the viewport, where a shift counts.
    const page = document.createElement('section');
    page.innerHTML = '<div id="slot"></div><p id="victim">This paragraph moves.</p>';
    document.body.prepend(page);
    await frames();
    const grow = document.createElement('div');
    grow.textContent = 'late banner';
    grow.style.blockSize = '150px';
    page.querySelector('#slot')!.append(grow);
    await frames(5);
    await waitUntil(() => total() > 0, 'the control shift was not observed');
    expect(total()).toBeGreaterThan(0.01);
    await waitUntil(() => vitalsCls > 0, 'web-vitals did not report the control shift');
    expect(vitalsCls).toBeGreaterThan(0.01);
  });
});
