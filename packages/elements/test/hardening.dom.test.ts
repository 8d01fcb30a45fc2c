/**
 * Issue 12, the elements' side (happy-dom and Chromium): the documented attribute table matches
 * the classes, numeric attributes have ranges, links and fetched URLs go through core's URL-parser
 * checks, a source's size is capped, and one source is analysed once however many widgets use it.
 */
import { fixture, html } from '@open-wc/testing';
import { describe, expect, it, vi } from 'vitest';
import '../src/honesty-panel.define.js';
import '../src/rating-badge.define.js';
import '../src/review-summary.define.js';
import { CandorHonestyPanel } from '../src/honesty-panel.js';
import { CandorRatingBadge } from '../src/rating-badge.js';
import { loadSummary, readSummary, safeLink } from '../src/review-data.js';
import { CandorReviewSummary } from '../src/review-summary.js';
import { getStoreConfig } from '../src/shared/store-config.js';
import { WIDGET_ATTRIBUTES } from '../src/widget-attributes.js';
import { stubFetch } from './support/dom.js';
import { isolateEachTest } from './support/isolation.js';

const captured = isolateEachTest();

const reviews = Array.from({ length: 12 }, (_, i) => ({
  id: `r${i}`,
  rating: 1 + (i % 5),
  createdAt: '2024-05-05',
  content: `Warm jacket, the zip works well enough ${i}.`,
  isVerifiedPurchase: true,
}));

describe('the documented attribute table (item 1)', () => {
  it.each([
    ['honesty-panel', CandorHonestyPanel],
    ['rating-badge', CandorRatingBadge],
    ['review-summary', CandorReviewSummary],
  ] as const)('<candor-%s> observes exactly the attributes the table lists', (name, element) => {
    expect([...element.observedAttributes].sort()).toEqual([...WIDGET_ATTRIBUTES[name]].sort());
  });

  it('lists no event handler and no style', () => {
    for (const names of Object.values(WIDGET_ATTRIBUTES)) for (const name of names) expect(name).not.toMatch(/^on|^style$/);
  });
});

describe('numeric attribute ranges (item 6)', () => {
  it.each(['1e8', '1e9', '1e5', 'abc', '2', '11', '4.5', '-5'])(
    'scale="%s" is refused with a message and the config scale is drawn',
    async (scale) => {
      const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge rating="4" count="3" scale=${scale}></candor-rating-badge>`);
      const stars = el.shadowRoot!.querySelectorAll('path').length;
      expect(stars).toBe(10); // five outlines and five fills
      expect(el.shadowRoot!.textContent).not.toContain('NaN');
      expect(captured.errors.mock.calls.flat().join('\n')).toContain(`must be a whole number from 3 to 10`);
    },
  );

  it('scale="10" is drawn with ten stars', async () => {
    const el = await fixture<CandorRatingBadge>(html`<candor-rating-badge rating="8" count="3" scale="10"></candor-rating-badge>`);
    expect(el.shadowRoot!.querySelectorAll('path').length).toBe(20);
    expect(captured.errors).not.toHaveBeenCalled();
  });
});

describe('links and fetched URLs (item 3)', () => {
  it('a path that leaves the site is not a link', () => {
    expect(safeLink('/\\evil.example/alt')).toBeUndefined();
    expect(safeLink('/policies/reviews')).toBe('/policies/reviews');
  });

  it('a summary policy URL of /\\evil.example is dropped', () => {
    const summary = readSummary(
      {
        total: 0,
        rawAverage: null,
        adjustedAverage: null,
        trustedCount: 0,
        disclosure: { reviewPolicyUrl: '/\\evil.example/p', fakeReviewPolicyUrl: '/fake' },
      },
      'x',
    );
    expect(summary.disclosure.reviewPolicyUrl).toBeUndefined();
    expect(summary.disclosure.fakeReviewPolicyUrl).toBe('/fake');
  });

  it.each(['javascript:alert(1)', 'data:application/json,[]', '/\\evil.example/r.json'])('src="%s" is never fetched', async (src) => {
    const fetch = vi.fn(async () => new Response('[]'));
    stubFetch(fetch);
    await expect(loadSummary({ src, config: getStoreConfig() })).rejects.toThrow(/is not an http\(s\) URL or a path on this site/);
    await expect(loadSummary({ summarySrc: src, config: getStoreConfig() })).rejects.toThrow(/not fetched/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('redirects (item 14)', () => {
  const redirected = (url: string, body: string) => {
    const response = new Response(body);
    Object.defineProperty(response, 'redirected', { value: true });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };

  it('a data URL redirected to another origin is refused', async () => {
    stubFetch(async () => redirected('https://elsewhere.example/r.json', JSON.stringify(reviews)));
    await expect(loadSummary({ src: '/r.json', config: getStoreConfig() })).rejects.toThrow(
      '/r.json redirected to another origin (https://elsewhere.example)',
    );
  });

  it('a redirect on the same origin is followed', async () => {
    stubFetch(async () => redirected(new URL('/moved.json', document.baseURI).href, JSON.stringify(reviews)));
    expect((await loadSummary({ src: '/r2.json', config: getStoreConfig() })).summary?.total).toBe(12);
  });
});

describe('prototype keys in a summary file (item 4)', () => {
  it('a flagged review with the id "__proto__" keeps its flag', () => {
    const text =
      '{"total":13,"rawAverage":3.1538461538461537,"adjustedAverage":3,"trustedCount":12,"reviewFlags":{"__proto__":[{"check":"incentivized","evidence":"x","excludes":true}]},"flaggedRatings":{"__proto__":5},"histogram":{"raw":[0,0,12,0,1],"trusted":[0,0,12,0,0]}}';
    const summary = readSummary(JSON.parse(text), 'x');
    expect(Object.keys(summary.reviewFlags)).toEqual(['__proto__']);
    expect(Object.keys(summary.flaggedRatings)).toEqual(['__proto__']);
  });
});

describe('bytes per source, and one analysis per source (item 8)', () => {
  it('a response over reviews.maxSourceBytes is refused with a message naming the setting', async () => {
    const big = JSON.stringify(
      Array.from({ length: 60_000 }, (_, i) => ({
        id: `r${i}`,
        rating: 5,
        createdAt: '2024-05-05',
        content: 'A review of about a hundred bytes, padded out to be long enough.',
      })),
    );
    expect(big.length).toBeGreaterThan(5_000_000);
    stubFetch(async () => new Response(big));
    await expect(loadSummary({ src: '/big.json', config: getStoreConfig() })).rejects.toThrow(
      /larger than 5,000,000 bytes.*reviews\.maxSourceBytes/,
    );
  });

  it('a declared Content-Length over the limit is refused before the body is read', async () => {
    stubFetch(async () => new Response('[]', { headers: { 'content-length': '60000000' } }));
    await expect(loadSummary({ src: '/declared.json', config: getStoreConfig() })).rejects.toThrow(/reviews\.maxSourceBytes/);
  });

  it('two widgets on one raw-review src share one fetch and one summary', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(reviews)));
    stubFetch(fetch);
    const config = getStoreConfig();
    const [a, b] = await Promise.all([loadSummary({ src: '/r.json', config }), loadSummary({ src: '/r.json', config })]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(a.summary).toBeDefined();
    expect(b.summary).toBe(a.summary);
    const later = await loadSummary({ src: '/r.json', config });
    expect(later.summary).toBe(a.summary);
  });
});
