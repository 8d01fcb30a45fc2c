import { summarizeReviews, type ReviewSummary } from '@candor/core/reviews';
import axe from 'axe-core';
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/settle.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../src/review-summary.define.js';
import type { CandorReviewSummary } from '../src/review-summary.js';
import { root, stubFetch } from './support/dom.js';
import { axeCases } from './support/axe-cases.js';
import { resetCandor } from './support/reset.js';
import { fiveGlowing, ORDER_MATCH, realisticSummary } from './support/review-fixtures.js';

let errors: ReturnType<typeof vi.spyOn>;
const stopNavigation = (event: Event) => {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
};
beforeEach(() => {
  resetCandor();
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  document.addEventListener('click', stopNavigation, true);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.removeEventListener('click', stopNavigation, true);
  document.body.replaceChildren();
  document.body.style.background = '';
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'no-preference' },
    ],
  });
});

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const settled = async (el: CandorReviewSummary) => {
  await waitUntil(() => root(el).querySelector('[aria-busy="false"]'), 'still loading');
  await el.updateComplete;
  // Whether the content overflows the frame (the fade, the expand button) is measured in the next frame.
  await new Promise(requestAnimationFrame);
  return el;
};
async function expectNoAxeViolations(el: Element): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  expect(
    result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
/** Opens every <details> and the frame, so axe and the eye see everything. */
async function openEverything(el: CandorReviewSummary): Promise<void> {
  q(el, '[part="expand"]').click();
  await el.updateComplete;
  root(el)
    .querySelectorAll('details')
    .forEach((details) => (details.open = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
}

type State = 'loading' | 'loaded' | 'small sample' | 'empty' | 'error';
let downloads = 0;
async function inState(state: State, locale: string, config?: unknown): Promise<CandorReviewSummary> {
  const props = { locale, config };
  switch (state) {
    case 'loading':
      stubFetch(() => new Promise(() => undefined));
      return fixture<CandorReviewSummary>(
        html`<candor-review-summary locale=${props.locale} .config=${props.config} summary-src="/never.json"></candor-review-summary>`,
      );
    case 'loaded':
      return settled(
        await fixture<CandorReviewSummary>(
          html`<candor-review-summary locale=${props.locale} .config=${props.config} product-id="jacket-1" .summary=${realisticSummary()}></candor-review-summary>`,
        ),
      );
    case 'small sample':
      return settled(
        await fixture<CandorReviewSummary>(
          html`<candor-review-summary locale=${props.locale} .config=${props.config} .summary=${summarizeReviews(fiveGlowing(), ORDER_MATCH)}></candor-review-summary>`,
        ),
      );
    case 'empty':
      return settled(
        await fixture<CandorReviewSummary>(
          html`<candor-review-summary locale=${props.locale} .config=${props.config} .summary=${summarizeReviews([])}></candor-review-summary>`,
        ),
      );
    case 'error': {
      // The error that shows: the network failed (wrong data shows nothing, it is not an outage).
      stubFetch(async () => new Response('down', { status: 503 }));
      const url = `/down-${++downloads}.json`;
      return settled(
        await fixture<CandorReviewSummary>(
          html`<candor-review-summary locale=${props.locale} .config=${props.config} summary-src=${url}></candor-review-summary>`,
        ),
      );
    }
  }
}

describe('accessibility (axe-core)', () => {
  const states: State[] = ['loading', 'loaded', 'small sample', 'empty', 'error'];
  const cases = axeCases(states);
  it.each(cases)('no violations: %s, %s, %s (prefers-color-scheme), collapsed and fully open', async (state, locale, scheme) => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    document.body.style.background = scheme === 'dark' ? '#000' : '#fff';
    const el = await inState(state, locale);
    if (scheme === 'dark') expect(getComputedStyle(q(el, '[part="base"]')).backgroundColor).toBe('rgb(27, 28, 31)');
    await expectNoAxeViolations(el);
    if (state !== 'loading') {
      await openEverything(el);
      await expectNoAxeViolations(el);
    }
  });
  it.each(['light', 'dark'] as const)('no violations with the config forcing %s and a store accent, switches off', async (colorScheme) => {
    const el = await inState('loaded', 'en', { version: 1, theme: { colorScheme, accent: '#ffd400' } });
    await openEverything(el);
    root(el)
      .querySelectorAll<HTMLInputElement>('[part="check"] input')
      .forEach((box) => box.click());
    await waitUntil(() => root(el).querySelector('[part="work"] [role="status"]')?.textContent?.trim(), 'the switches had no effect');
    await el.updateComplete;
    expect(el.hasAttribute('style')).toBe(false);
    await expectNoAxeViolations(el);
  });
});

describe('keyboard', () => {
  it('reaches and operates the work, a check switch, a theme and the expand button, with a visible focus ring', async () => {
    const el = await inState('loaded', 'en');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await userEvent.keyboard('{Tab}');
    const work = q(el, '[part="work"] summary');
    expect(root(el).activeElement).toBe(work);
    expect(getComputedStyle(work).outlineStyle).toBe('solid');
    expect(getComputedStyle(work).outlineWidth).toBe('3px');
    await userEvent.keyboard('{Enter}');
    expect(q<HTMLDetailsElement>(el, '[part="work"]').open).toBe(true);
    const toggles: CustomEvent[] = [];
    el.addEventListener('candor-check-toggle', (event) => toggles.push(event));
    await userEvent.keyboard('{Tab}');
    expect(root(el).activeElement).toBe(q(el, '[part="check"] input'));
    await userEvent.keyboard(' ');
    // Opening the work started loading the recompute code; the switch applies once it is there.
    await waitUntil(() => toggles.length === 1, 'the switch had no effect');
    await el.updateComplete;
    expect(toggles).toHaveLength(1);
    expect(toggles[0]!.detail.applied).toBe(false);
    // Tabbing on into content below the reserved size opens the frame rather than hiding focus.
    for (let i = 0; i < 12 && !q(el, '[part="frame"]').hasAttribute('data-open'); i++) await userEvent.keyboard('{Tab}');
    expect(q(el, '[part="frame"]').hasAttribute('data-open')).toBe(true);
    expect(q(el, '[part="expand"]').getAttribute('aria-expanded')).toBe('true');
  });
  it('the expand button is a real button with aria-expanded and aria-controls', async () => {
    const el = await inState('loaded', 'en');
    const button = q<HTMLButtonElement>(el, '[part="expand"]');
    expect(button.getAttribute('aria-controls')).toBe('frame');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(q(el, '[part="frame"]').getBoundingClientRect().height).toBeGreaterThan(600);
  });
});

describe('layout', () => {
  it('keeps the same block size loading, loaded, small sample, empty and in error', async () => {
    const heights: number[] = [];
    for (const state of ['loading', 'loaded', 'small sample', 'empty', 'error'] as const) {
      const el = await inState(state, 'en');
      heights.push(el.getBoundingClientRect().height);
      el.remove();
    }
    expect(new Set(heights).size).toBe(1);
    expect(heights[0]).toBeGreaterThan(400);
  });
  it('shows the expand button only when the content overflows the reserved size, and never for a frame when it fits', async () => {
    const visible = (el: Element) => getComputedStyle(q(el, '[part="expand"]')).visibility === 'visible';
    // An empty summary fits: its button must not appear, not even before the first measurement.
    const fits = await fixture<CandorReviewSummary>(
      html`<candor-review-summary locale="en" .summary=${summarizeReviews([])}></candor-review-summary>`,
    );
    await fits.updateComplete;
    expect(visible(fits), 'shown before the frame was measured').toBe(false);
    await new Promise(requestAnimationFrame);
    expect(visible(fits)).toBe(false);
    // A full summary overflows: its button appears with the measurement, in the next frame.
    const overflows = await inState('loaded', 'en');
    expect(visible(overflows)).toBe(true);
    expect(q(overflows, '[part="frame"]').hasAttribute('data-clipped')).toBe(true);
  });
  it('shows the expand button when content grows without a render of its own (a <details> opened inside)', async () => {
    const el = await inState('loaded', 'en');
    const frame = q(el, '[part="frame"]');
    const allDetails = [...root(el).querySelectorAll('details')];
    const contentHeight = () => frame.firstElementChild!.getBoundingClientRect().height;
    const closed = contentHeight();
    allDetails.forEach((details) => (details.open = true));
    const open = contentHeight();
    allDetails.forEach((details) => (details.open = false));
    expect(open).toBeGreaterThan(closed + 40);
    // A reserved size between the two: the closed summary fits, the opened one does not.
    el.style.setProperty('--candor-summary-block-size', `${Math.round((closed + open) / 2)}px`);
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const visible = () => getComputedStyle(q(el, '[part="expand"]')).visibility === 'visible';
    expect(visible(), 'fits while the details are closed').toBe(false);
    allDetails.forEach((details) => (details.open = true));
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(frame.hasAttribute('data-clipped')).toBe(true);
    expect(visible(), 'the opened details overflow the frame').toBe(true);
  });
  it('lets the store choose the reserved size with --candor-summary-block-size', async () => {
    const wrapper = await fixture(html`<div>
      <style>
        .short {
          --candor-summary-block-size: 12rem;
        }
      </style>
      <candor-review-summary class="short" .summary=${realisticSummary()}></candor-review-summary>
    </div>`);
    expect(q(wrapper.querySelector('candor-review-summary')!, '[part="frame"]').getBoundingClientRect().height).toBe(192);
  });
  it('mirrors stars and bars right to left in Arabic', async () => {
    const el = await inState('loaded', 'ar');
    expect(getComputedStyle(q(el, '[part="rating-all"] .stars')).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  });
  it('fills the stars exactly to the figure shown: 4.76 fills 4 stars and 70% of the fifth', async () => {
    const summary: ReviewSummary = { ...realisticSummary(), rawAverage: 4.76 };
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${summary}></candor-review-summary>`);
    const inner = q(el, '[part="rating-all"] .stars svg');
    expect(Number(inner.getAttribute('width'))).toBeCloseTo(4 * 24 + 1.54 + 0.7 * 20.92, 6);
    expect(q(el, '[part="rating-all"]').textContent).toContain('4.7 out of 5');
  });
  it('honours prefers-reduced-motion: the loading pulse stops', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const still = await inState('loading', 'en');
    expect(getComputedStyle(q(still, '.skeleton span')).animationName).toBe('none');
    still.remove();
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }] });
    const moving = await inState('loading', 'en');
    expect(getComputedStyle(q(moving, '.skeleton span')).animationName).toBe('candor-pulse');
  });
});

describe('events', () => {
  it('reports candor-summary-shown once, when it comes into view, with counts and no personal data', async () => {
    const shown: CustomEvent[] = [];
    document.addEventListener('candor-summary-shown', (event) => shown.push(event));
    const wrapper = await fixture(
      html`<div><div style="height: 3000px"></div><candor-review-summary product-id="jacket-1" .summary=${realisticSummary()}></candor-review-summary></div>`,
    );
    const el = wrapper.querySelector('candor-review-summary')!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shown).toHaveLength(0);
    el.scrollIntoView();
    await waitUntil(() => shown.length > 0, 'never shown');
    const summary = realisticSummary();
    expect(shown[0]!.detail).toEqual({
      productId: 'jacket-1',
      widget: 'summary',
      state: 'loaded',
      total: summary.total,
      trustedCount: summary.trustedCount,
    });
    expect(Object.isFrozen(shown[0]!.detail)).toBe(true);
    el.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shown).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
  });
});
