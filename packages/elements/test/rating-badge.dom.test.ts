import { summarizeReviews } from '@candor/core/reviews';
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/settle.js';
import { describe, expect, it } from 'vitest';
import '../src/rating-badge.define.js';
import type { CandorRatingBadge } from '../src/rating-badge.js';
import { starFill } from '../src/stars.js';
import { setStoreConfig } from '../src/shared/store-config.js';
import { root, shadowText, stubFetch, text } from './support/dom.js';
import { isolateEachTest } from './support/isolation.js';
import { fiveGlowing, ORDER_MATCH, realisticSummary } from './support/review-fixtures.js';

const captured = isolateEachTest();

const spoken = (el: Element) => shadowText(el, '.visually-hidden');
const seen = (el: Element) => [...root(el).querySelectorAll('[aria-hidden="true"]:not(svg)')].map((node) => text(node)).join(' ');
const status = (el: Element) => root(el).querySelector('[part="status"]')?.textContent?.trim();

describe('<candor-rating-badge> defaults', () => {
  it('reads "Rated 4.3 out of 5 from 212 reviews" to screen readers; the stars are hidden from them', async () => {
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge rating="4.38" count="212"></candor-rating-badge>`);
    expect(spoken(el)).toBe('Rated 4.3 out of 5 from 212 reviews');
    expect(seen(el)).toBe('4.3 (212)');
    expect(root(el).querySelector('[part="stars"]')!.getAttribute('aria-hidden')).toBe('true');
  });
  it('never rounds up: 4.76 shows as 4.7 and fills four stars and 70% of the fifth star shape', async () => {
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge rating="4.76" count="40"></candor-rating-badge>`);
    expect(spoken(el)).toBe('Rated 4.7 out of 5 from 40 reviews');
    const inner = root(el).querySelector('[part="stars"] svg')!;
    expect(Number(inner.getAttribute('width'))).toBeCloseTo(starFill(4.7, 5), 9);
    expect(starFill(4.76, 5)).toBeCloseTo(4 * 24 + 1.54 + 0.7 * 20.92, 9);
    expect(starFill(4.999, 5)).toBeLessThan(5 * 24);
    expect(starFill(5, 5)).toBe(120);
    expect(starFill(4, 5)).toBe(96);
  });
  it('shows the checked figure where it differs, and says it in words', async () => {
    const el = await fixture<CandorRatingBadge>(
      html`<candor-rating-badge rating="4.76" count="212" checked-rating="4.31" checked-count="180"></candor-rating-badge>`,
    );
    expect(seen(el)).toBe('4.7 (212) · 4.3 checked');
    expect(spoken(el)).toBe('Rated 4.7 out of 5 from 212 reviews; 4.3 out of 5 from the 180 reviews that passed the store’s checks');
  });
  it('leaves the checked figure out when it shows the same number', async () => {
    const el = await fixture<CandorRatingBadge>(
      html`<candor-rating-badge rating="4.42" count="50" checked-rating="4.47" checked-count="44"></candor-rating-badge>`,
    );
    expect(root(el).querySelector('[part="checked"]')).toBeNull();
  });
});

describe('<candor-rating-badge> properties', () => {
  it('takes a precomputed summary object', async () => {
    const summary = realisticSummary();
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge .summary=${summary}></candor-rating-badge>`);
    expect(spoken(el)).toContain(`from ${summary.total} reviews`);
  });
  it('fetches summary-src once for a whole listing of badges', async () => {
    const calls: string[] = [];
    stubFetch(async (url: string) => {
      calls.push(url);
      return new Response(JSON.stringify(realisticSummary()));
    });
    const list = await fixture(html`<ul>
      ${Array.from({ length: 20 }, () => html`<li><candor-rating-badge summary-src="/summaries/jacket.json"></candor-rating-badge></li>`)}
    </ul>`);
    const badges = [...list.querySelectorAll<CandorRatingBadge>('candor-rating-badge')];
    await waitUntil(() => badges.every((badge) => spoken(badge) !== ''), 'badges never loaded');
    expect(calls).toEqual(['/summaries/jacket.json']);
  });
  it('reads inline JSON reviews', async () => {
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge
      ><script type="application/json">
        { "reviews": [{ "id": "a", "rating": 5, "createdAt": "2025-01-02" }, { "id": "b", "rating": 4, "createdAt": "2025-01-03" }] }
      </script></candor-rating-badge
    >`);
    await waitUntil(() => spoken(el) !== '', 'never loaded');
    expect(spoken(el)).toBe('Rated 4.5 out of 5 from 2 reviews; too few reviews to rely on');
  });
  it('speaks German and Arabic', async () => {
    const de = await fixture<CandorRatingBadge>(html`<candor-rating-badge locale="de" rating="4.38" count="212"></candor-rating-badge>`);
    await waitUntil(() => spoken(de) !== '', 'the German strings never arrived');
    expect(spoken(de)).toBe('Bewertet mit 4,3 von 5 aus 212 Bewertungen');
    const ar = await fixture<CandorRatingBadge>(html`<candor-rating-badge locale="ar" rating="4.38" count="2"></candor-rating-badge>`);
    await waitUntil(() => spoken(ar) !== '', 'the Arabic strings never arrived');
    expect(root(ar).querySelector('[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(spoken(ar)).toContain('من مراجعتين');
  });
  it('uses the config rating scale and message overrides', async () => {
    setStoreConfig({ version: 1, reviews: { ratingScale: 10 }, messages: { en: { 'badge.empty': 'Not rated yet' } } });
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge rating="8.96" count="120"></candor-rating-badge>`);
    expect(spoken(el)).toBe('Rated 8.9 out of 10 from 120 reviews');
    expect(root(el).querySelectorAll('[part="stars"] .star-empty path')).toHaveLength(10);
    const empty = await fixture<CandorRatingBadge>(html`<candor-rating-badge rating="0" count="0"></candor-rating-badge>`);
    expect(status(empty)).toBe('Not rated yet');
  });
});

describe('<candor-rating-badge> slots', () => {
  it('has no slots: light DOM children other than its inline JSON are not shown', async () => {
    const el = await fixture<CandorRatingBadge>(
      html`<candor-rating-badge rating="4" count="12"><span>ignored</span></candor-rating-badge>`,
    );
    expect(root(el).querySelector('slot')).toBeNull();
  });
});

describe('<candor-rating-badge> states', () => {
  it('loading: keeps its space and says it is loading', async () => {
    stubFetch(() => new Promise(() => undefined));
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge summary-src="/slow.json"></candor-rating-badge>`);
    expect(status(el)).toBe('Loading the rating…');
    expect(root(el).querySelector('[part="stars"]')).not.toBeNull();
  });
  it('empty: says there are no reviews yet', async () => {
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge .summary=${summarizeReviews([])}></candor-rating-badge>`);
    expect(status(el)).toBe('No reviews yet');
    expect(captured.errors).not.toHaveBeenCalled();
  });
  it('small sample: five 5-star reviews say they are too few to rely on', async () => {
    const el = await fixture<CandorRatingBadge>(
      html`<candor-rating-badge .summary=${summarizeReviews(fiveGlowing(), ORDER_MATCH)}></candor-rating-badge>`,
    );
    expect(seen(el)).toBe('5.0 (5) · too few reviews to rely on');
    expect(spoken(el)).toBe('Rated 5.0 out of 5 from 5 reviews; too few reviews to rely on');
  });
  it('error: a failed request shows a quiet "not available" and logs once', async () => {
    stubFetch(async () => new Response('gone', { status: 404 }));
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge summary-src="/gone.json"></candor-rating-badge>`);
    await waitUntil(() => status(el) === 'Rating not available', 'never failed');
    el.requestUpdate();
    await el.updateComplete;
    expect(captured.errors).toHaveBeenCalledTimes(1);
    expect(String(captured.errors.mock.calls[0]![0])).toContain('/gone.json answered HTTP 404');
  });
});

describe('<candor-rating-badge> warnings', () => {
  it('refuses a rating without a count, and a rating above the scale, with one message', async () => {
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge rating="6"></candor-rating-badge>`);
    expect(status(el)).toBe('Rating not available');
    expect(captured.errors).toHaveBeenCalledTimes(1);
    expect(String(captured.errors.mock.calls[0]![0])).toMatch(
      /2 problems[\s\S]*rating="6" must be a number from 0 to 5[\s\S]*rating needs count too/,
    );
  });
  it('refuses a checked count larger than the count', async () => {
    await fixture<CandorRatingBadge>(
      html`<candor-rating-badge rating="4" count="10" checked-rating="4.2" checked-count="12"></candor-rating-badge>`,
    );
    expect(String(captured.errors.mock.calls[0]![0])).toContain('checked-count="12" must be a number from 0 to 10');
  });
});
