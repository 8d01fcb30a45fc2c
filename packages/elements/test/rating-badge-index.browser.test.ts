/**
 * A listing page of 48 badges with the store's ratings index (`reviews.ratings` in candor.json,
 * the ratings.json `candor summarize` writes) makes ONE data request, counted from the browser's
 * own resource timing entries, not from a stub.
 */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/settle.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../src/rating-badge.define.js';
import type { CandorRatingBadge } from '../src/rating-badge.js';
import { setStoreConfig } from '../src/shared/store-config.js';
import { shadowText } from './support/dom.js';
import { resetCandor } from './support/reset.js';

const INDEX = '/packages/elements/test/support/ratings.json';
const spoken = (el: Element) => shadowText(el, '.visually-hidden');
const requestsTo = (part: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part)).length;

beforeEach(() => {
  resetCandor();
  performance.clearResourceTimings();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("<candor-rating-badge> with the store's ratings index", () => {
  it("48 badges make one request, each shows its own product's figures", async () => {
    setStoreConfig({
      version: 1,
      reviews: { ratings: INDEX, source: { url: '/missing/{productId}.json', summaryUrl: '/missing/{productId}.summary.json' } },
    });
    const list = await fixture(
      html`<ul>
        ${Array.from({ length: 48 }, (_, i) => html`<li><candor-rating-badge product-id=${`p-${i}`}></candor-rating-badge></li>`)}
      </ul>`,
    );
    const badges = [...list.querySelectorAll<CandorRatingBadge>('candor-rating-badge')];
    await waitUntil(() => badges.every((badge) => spoken(badge) !== ''), 'badges never loaded', { timeout: 10000 });
    expect(spoken(badges[0]!)).toBe(
      'Rated 4.3 out of 5 from 212 reviews; 4.1 out of 5 from the 180 reviews that passed the store’s checks',
    );
    expect(spoken(badges[1]!)).toContain('from 3 reviews');
    expect(spoken(badges[2]!)).toBe('Rated 3.9 out of 5 from 40 reviews');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requestsTo('ratings.json')).toBe(1);
    expect(requestsTo('/missing/')).toBe(0);
  });

  it('control: without the index the same page makes a request per product', async () => {
    setStoreConfig({
      version: 1,
      reviews: { source: { url: '/missing/{productId}.json', summaryUrl: '/missing/{productId}.summary.json' } },
    });
    const list = await fixture(
      html`<ul>
        ${Array.from({ length: 48 }, (_, i) => html`<li><candor-rating-badge product-id=${`p-${i}`}></candor-rating-badge></li>`)}
      </ul>`,
    );
    const badges = [...list.querySelectorAll<CandorRatingBadge>('candor-rating-badge')];
    await waitUntil(() => badges.every((badge) => /not available/.test(badge.shadowRoot!.textContent ?? '')), 'badges never settled', {
      timeout: 10000,
    });
    // A resource timing entry is queued after the response ends, which can be after the badge has
    // already shown the failure: wait for the entries, then count them exactly.
    await waitUntil(() => requestsTo('/missing/') >= 48, 'not every request was recorded', { timeout: 5000 }).catch(() => undefined);
    expect(requestsTo('/missing/')).toBe(48);
    expect(requestsTo('ratings.json')).toBe(0);
  });

  it('a product the index does not list falls back to its summary URL; a product with no reviews says so', async () => {
    setStoreConfig({ version: 1, reviews: { ratings: INDEX } });
    const empty = await fixture<CandorRatingBadge>(html`<candor-rating-badge product-id="p-empty"></candor-rating-badge>`);
    await waitUntil(
      () => empty.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() === 'No reviews yet',
      'the empty state never showed',
      { timeout: 10000 },
    );
    setStoreConfig({
      version: 1,
      reviews: { ratings: INDEX, source: { url: '/missing/{productId}.json', summaryUrl: '/missing/{productId}.summary.json' } },
    });
    const unlisted = await fixture<CandorRatingBadge>(html`<candor-rating-badge product-id="p-99"></candor-rating-badge>`);
    await waitUntil(() => requestsTo('/missing/p-99.summary.json') === 1, 'the summary URL was never asked', { timeout: 10000 });
    await waitUntil(() => /not available/.test(unlisted.shadowRoot!.textContent ?? ''), 'never settled', { timeout: 10000 });
    expect(spoken(unlisted)).toBe('');
  });
});
