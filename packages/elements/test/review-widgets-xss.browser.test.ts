/**
 * Review text, titles, names, quotes, theme labels and store texts are rendered as text only.
 * Common XSS payloads go through every text field, by the engine path (raw reviews) and the
 * precomputed path (a summary file), and nothing may execute or appear as an element.
 */
import { summarizeReviews, type ReviewInput, type ReviewSummary } from '@candor/core/reviews';
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/settle.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import '../src/rating-badge.define.js';
import '../src/review-summary.define.js';
import type { CandorReviewSummary } from '../src/review-summary.js';
import { resetCandor } from './support/reset.js';
import { loadOnDemandParts } from './support/on-demand.js';

// This suite is about the content, not its loading (on-demand-parts.browser.test.ts).
beforeAll(loadOnDemandParts);

declare global {
  interface Window {
    __candorXss?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__candorXss=(window.__candorXss||0)+1">',
  '<script>window.__candorXss=(window.__candorXss||0)+1</script>',
  'javascript:window.__candorXss=(window.__candorXss||0)+1',
  '"><svg onload="window.__candorXss=(window.__candorXss||0)+1">',
  '\'><iframe src="javascript:parent.__candorXss=(parent.__candorXss||0)+1"></iframe>',
  '{count}<a href="javascript:void(window.__candorXss=1)">click</a>',
];
const all = PAYLOADS.join(' ');

beforeEach(() => {
  resetCandor();
  delete window.__candorXss;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Nothing but our own markup: no script, img, iframe or foreign svg, no on* attribute, no javascript: URL. */
async function expectInert(el: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  const shadow = el.shadowRoot!;
  expect(window.__candorXss).toBeUndefined();
  expect(shadow.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
  for (const svg of shadow.querySelectorAll('svg')) expect(svg.matches('.stars, .stars svg, .bar'), svg.outerHTML.slice(0, 80)).toBe(true);
  for (const node of shadow.querySelectorAll('*')) {
    for (const attribute of node.attributes) {
      expect(attribute.name.startsWith('on'), `${node.localName} ${attribute.name}`).toBe(false);
      expect(/^\s*javascript:/i.test(attribute.value), `${node.localName} ${attribute.name}=${attribute.value}`).toBe(false);
    }
  }
  for (const anchor of shadow.querySelectorAll('a')) expect(anchor.getAttribute('href')).toMatch(/^(#review-|\/|https:\/\/)/);
}

/** Reviews with a payload in every text field the engine reads. */
function hostileReviews(): ReviewInput[] {
  return PAYLOADS.flatMap((payload, i) => [
    {
      id: `x${i}`,
      rating: 1 + (i % 5),
      title: payload,
      content: `${payload} The zipper broke after a week, poor quality. ${payload} Great warm jacket, good value.`,
      createdAt: `2025-01-${String(10 + i).padStart(2, '0')}`,
      reviewer: { name: payload, id: payload },
      isVerifiedPurchase: true,
      helpfulVotes: 10 + i,
      pros: [payload],
      cons: [payload],
    },
    {
      id: `y${i}`,
      rating: 5 - (i % 5),
      title: 'Warm',
      content: `Very warm and comfortable. ${payload}`,
      createdAt: `2025-02-${String(10 + i).padStart(2, '0')}`,
      isVerifiedPurchase: true,
    },
  ]);
}

/** A summary file with a payload in every string field a widget renders. */
function hostileSummary(): ReviewSummary {
  const base = summarizeReviews(hostileReviews(), { verificationMethod: 'order-match' });
  const theme = (side: string) => ({
    label: `${side} ${all}`,
    key: all,
    mentions: 3,
    reviewIds: [all, 'x1'],
    quotes: PAYLOADS.map((text, i) => ({ reviewId: `x${i}`, text })),
  });
  return {
    ...base,
    themes: { ...base.themes, pros: [theme('pro')], cons: [theme('con')] },
    mostHelpful: {
      critical: { id: all, rating: 2, helpfulVotes: 3, title: all, excerpt: all },
      positive: { id: 'x1', rating: 5, helpfulVotes: 9, title: all, excerpt: all },
    },
    disclosure: {
      ...base.disclosure,
      verificationDescription: all,
      moderationMethod: all,
      ordering: all,
      incentivesOffered: true,
      incentiveKinds: [all],
      reviewPolicyUrl: PAYLOADS[2]!,
      fakeReviewPolicyUrl: 'javascript:alert(1)',
    },
  };
}

const hostileConfig = {
  version: 1,
  store: { name: all.slice(0, 120) },
  reviews: {
    verification: { method: 'order-match', description: all.slice(0, 500) },
    moderation: { method: 'human', description: all.slice(0, 500) },
    incentives: { offered: true, kinds: ['discount'], description: all.slice(0, 500) },
  },
  messages: { en: { 'summary.title': PAYLOADS[0]!, 'summary.how.policy': PAYLOADS[3]!, 'badge.empty': PAYLOADS[1]! } },
};

describe('XSS payloads are rendered as text', () => {
  it('in raw reviews analysed by the engine (title, content, reviewer name, pros, cons, quotes)', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .reviews=${hostileReviews()}></candor-review-summary>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[aria-busy="false"]'), 'still loading');
    el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
    await expectInert(el);
    expect(el.shadowRoot!.textContent).toContain('<img src=x onerror=');
  });
  it('in a precomputed summary (theme labels, quotes, most helpful, disclosure facts, review ids, policy URLs)', async () => {
    const wrapper = await fixture(html`<div>
      <candor-review-summary .summary=${hostileSummary()}></candor-review-summary>
      <article id="review-x1">x1</article>
    </div>`);
    const el = wrapper.querySelector('candor-review-summary')!;
    el.requestUpdate();
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
    await expectInert(el);
    expect(el.shadowRoot!.textContent).toContain('"><svg onload=');
  });
  it('in inline JSON written the safe way (a page escapes "</" as "<\\/" inside a script)', async () => {
    const host = document.createElement('div');
    // What a store's template emits: JSON whose "</script>" is escaped as "<\/script>".
    host.innerHTML = String.raw`<candor-review-summary><script type="application/json">[{ "id": "a", "rating": 4, "createdAt": "2025-01-02", "title": "<\/script><svg onload=window.__candorXss=1>", "content": "<\/script><img src=x onerror=window.__candorXss=1>" }]</script></candor-review-summary>`;
    document.body.append(host);
    const el = host.querySelector<CandorReviewSummary>('candor-review-summary')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[aria-busy="false"]'), 'still loading');
    await expectInert(el);
    expect(el.shadowRoot!.textContent).toContain('</script><img src=x onerror=');
  });
  it('in store config texts and message overrides', async () => {
    const el = await fixture<CandorReviewSummary>(
      html`<candor-review-summary .config=${hostileConfig} .summary=${hostileSummary()}></candor-review-summary>`,
    );
    await expectInert(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).toBe(PAYLOADS[0]);
  });
  it('in the rating badge (attributes and message overrides)', async () => {
    const wrapper = await fixture(html`<div>
      <candor-rating-badge rating=${PAYLOADS[0]!} count=${PAYLOADS[3]!}></candor-rating-badge>
      <candor-rating-badge .config=${hostileConfig} .summary=${summarizeReviews([])}></candor-rating-badge>
      <candor-rating-badge .summary=${hostileSummary()} product-id=${PAYLOADS[3]!}></candor-rating-badge>
    </div>`);
    for (const badge of wrapper.querySelectorAll('candor-rating-badge')) await expectInert(badge);
    expect(wrapper.querySelectorAll('candor-rating-badge')[1]!.shadowRoot!.textContent).toContain('<script>');
  });
});
