import { summarizeReviews } from '@candor/core/reviews';
import axe from 'axe-core';
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/settle.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import '../src/rating-badge.define.js';
import type { CandorRatingBadge } from '../src/rating-badge.js';
import { stubFetch } from './support/dom.js';
import { axeCases } from './support/axe-cases.js';
import { resetCandor } from './support/reset.js';
import { fiveGlowing, ORDER_MATCH, realisticSummary } from './support/review-fixtures.js';

beforeEach(() => {
  resetCandor();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.body.style.background = '';
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
});

async function expectNoAxeViolations(el: Element): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  expect(
    result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

type State = 'loading' | 'loaded' | 'checked differs' | 'small sample' | 'empty' | 'error';
async function inState(state: State, locale: string): Promise<CandorRatingBadge> {
  const el = await mountState(state, locale);
  // Every loading message ends with an ellipsis; wait for the language's strings and the data.
  if (state !== 'loading') await waitUntil(() => !/…/.test(el.shadowRoot!.textContent ?? ''), 'still loading');
  return el;
}
async function mountState(state: State, locale: string): Promise<CandorRatingBadge> {
  switch (state) {
    case 'loading':
      stubFetch(() => new Promise(() => undefined));
      return fixture(html`<candor-rating-badge locale=${locale} summary-src="/never.json"></candor-rating-badge>`);
    case 'loaded':
      return fixture(html`<candor-rating-badge locale=${locale} .summary=${realisticSummary()}></candor-rating-badge>`);
    case 'checked differs':
      return fixture(
        html`<candor-rating-badge locale=${locale} rating="4.76" count="212" checked-rating="4.31" checked-count="180"></candor-rating-badge>`,
      );
    case 'small sample':
      return fixture(
        html`<candor-rating-badge locale=${locale} .summary=${summarizeReviews(fiveGlowing(), ORDER_MATCH)}></candor-rating-badge>`,
      );
    case 'empty':
      return fixture(html`<candor-rating-badge locale=${locale} rating="0" count="0"></candor-rating-badge>`);
    case 'error':
      stubFetch(async () => new Response('{', { status: 200 }));
      return fixture(html`<candor-rating-badge locale=${locale} summary-src="/broken.json"></candor-rating-badge>`);
  }
}

describe('<candor-rating-badge> accessibility (axe-core)', () => {
  const states: State[] = ['loading', 'loaded', 'checked differs', 'small sample', 'empty', 'error'];
  const cases = axeCases(states);
  it.each(cases)('no violations: %s, %s, %s', async (state, locale, scheme) => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    document.body.style.background = scheme === 'dark' ? '#1b1c1f' : '#fff';
    const el = await inState(state, locale);
    await expectNoAxeViolations(el);
  });
});

describe('<candor-rating-badge> layout', () => {
  it('keeps its height from loading to loaded, on one line', async () => {
    const loading = await inState('loading', 'en');
    const loaded = await inState('checked differs', 'en');
    expect(loaded.getBoundingClientRect().height).toBe(loading.getBoundingClientRect().height);
  });
  it('mirrors its stars right to left in Arabic', async () => {
    const el = await inState('loaded', 'ar');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.stars')!).transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  });
  it('reports candor-summary-shown with counts only', async () => {
    const shown: CustomEvent[] = [];
    document.addEventListener('candor-summary-shown', (event) => shown.push(event), { once: true });
    await fixture(html`<candor-rating-badge product-id="sku-9" rating="4.2" count="33"></candor-rating-badge>`);
    await waitUntil(() => shown.length > 0, 'never shown');
    expect(shown[0]!.detail).toEqual({ productId: 'sku-9', widget: 'badge', state: 'loaded', total: 33, trustedCount: 33 });
  });
});
