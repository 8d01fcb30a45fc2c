import { summarizeReviews, type ReviewSummary } from '@candor/core/reviews';
import { fixture, fixtureSync, html } from '@open-wc/testing';
import { waitUntil } from './support/settle.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import '../src/review-summary.define.js';
import type { CandorReviewSummary } from '../src/review-summary.js';
import { setStoreConfig } from '../src/shared/store-config.js';
import { addJsonLd, root, shadowText, stubFetch } from './support/dom.js';
import { isolateEachTest } from './support/isolation.js';
import { loadOnDemandParts } from './support/on-demand.js';
import { fiveGlowing, ORDER_MATCH, realisticReviews, realisticSummary } from './support/review-fixtures.js';

const captured = isolateEachTest();
beforeAll(loadOnDemandParts);
afterEach(() => document.head.querySelectorAll('script[type="application/ld+json"]').forEach((script) => script.remove()));

const text = (el: Element, selector = '[part="base"]') => shadowText(el, selector);
const settled = async (el: CandorReviewSummary) => {
  await waitUntil(() => root(el).querySelector('[aria-busy="false"]'), 'the summary never left the loading state');
  await el.updateComplete;
  return el;
};

/** A hand-made precomputed summary: 4.76 plain (119 / 25), 4.625 checked (74 / 16), with the ratings to recompute. */
const handMade = (): ReviewSummary =>
  ({
    total: 25,
    rawAverage: 4.76,
    adjustedAverage: 74 / 16,
    trustedCount: 16,
    ratingScale: 5,
    excluded: [
      { check: 'unverified', count: 0, mode: 'exclude' },
      { check: 'incentivized', count: 9, mode: 'exclude' },
      { check: 'duplicate', count: 0, mode: 'exclude' },
      { check: 'burst', count: 0, mode: 'flag' },
      { check: 'insider', count: 0, mode: 'exclude' },
      { check: 'checkout-survey', count: 0, mode: 'exclude' },
    ],
    checks: [],
    reviewFlags: Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`inc${i}`, [{ check: 'incentivized', evidence: 'marked as incentivized', excludes: true }]]),
    ),
    flaggedRatings: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`inc${i}`, 5])),
    histogram: { raw: [0, 0, 2, 2, 21], trusted: [0, 0, 2, 2, 12] },
    confidence: { low: 3.9, high: 4.6, level: 0.95, basedOn: 16, smallSample: false },
    themes: {
      pros: [
        {
          label: 'Warm',
          key: 'warmth',
          mentions: 7,
          reviewIds: ['r1', 'r2'],
          quotes: [
            { reviewId: 'r1', text: 'Really warm on cold mornings.' },
            { reviewId: 'r2', text: 'Kept me warm in the snow.' },
          ],
        },
      ],
      cons: [{ label: 'Runs small', key: 'fit', mentions: 4, reviewIds: ['r3'], quotes: [{ reviewId: 'r3', text: 'Order one size up.' }] }],
      generated: true,
      negativeSentenceShare: 0.2,
      complaintShare: 0.36,
      sentences: { positive: 20, negative: 5, neutral: 10 },
    },
    longTerm: { days: 90, count: 3, average: 4.34, reviewIds: ['r1'], byDates: 2, byText: 1, evidence: {} },
    mostHelpful: {
      critical: { id: 'r3', rating: 3, helpfulVotes: 12, title: 'Small', excerpt: 'Order one size up.' },
      positive: { id: 'r1', rating: 5, helpfulVotes: 30, excerpt: 'Really warm on cold mornings.' },
    },
    checkoutSurvey: { count: 0, average: null, histogram: [0, 0, 0, 0, 0] },
    disclosure: {
      verificationMethod: 'none',
      incentivesOffered: false,
      incentiveKinds: [],
      shares: { verified: null, incentivized: 0.36, imported: 0, syndicated: 0 },
      checkoutSurveyCount: 0,
      leftOut: [{ check: 'incentivized', count: 9, why: 'x' }],
      flagOnly: ['burst'],
      off: [],
      ratingScale: 5,
    },
    invalid: [],
    received: 25,
  }) as ReviewSummary;

/**
 * Waits only for the render already scheduled (microtasks), not for a language module: the
 * state an element shows while its strings are on their way.
 */
async function rendered(el: CandorReviewSummary): Promise<void> {
  for (let i = 0; i < 100 && (!el.hasUpdated || el.isUpdatePending); i++) await null;
}

describe('<candor-review-summary> defaults', () => {
  it('shows the plain average and count beside the checked one, cut and never rounded up', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${handMade()}></candor-review-summary>`);
    expect(text(el, '[part="rating-all"]')).toContain('4.7 out of 5 from 25 reviews');
    expect(text(el, '[part="rating-checked"]')).toContain('4.6 out of 5 from 16 reviews');
    expect(text(el, '[part="ratings"]')).not.toMatch(/4\.8|5\.0/);
  });
  it('labels the summary as generated from N reviews and not a customer review', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${handMade()}></candor-review-summary>`);
    expect(text(el, '[part="generated"]')).toBe('Generated automatically from 25 reviews. This summary is not a customer review.');
  });
  it('gives the histogram as a table a screen reader can read, raw and checked', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${handMade()}></candor-review-summary>`);
    const rows = [...root(el).querySelectorAll('[part="histogram"] tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toBe('5 stars 21 (84%) 12 (75%)');
    expect(rows[4]).toBe('1 star 0 (0%) 0 (0%)');
    expect(root(el).querySelectorAll('[part="histogram"] th[scope="col"]')).toHaveLength(2);
    expect(root(el).querySelector('[part="histogram"] svg')!.getAttribute('aria-hidden')).toBe('true');
  });
  it('with no declared policy, says only what Candor did and that the store has not described its policy', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${handMade()}></candor-review-summary>`);
    const how = text(el, '[part="how"]');
    expect(how).toContain('Candor read 25 reviews and applied these checks:');
    expect(how).toContain('The store has not described its review policy.');
    expect(how).toContain('Reviewer was given something: 9, because the reviewer was given something for the review');
    for (const undeclared of ['We do not check', 'We do not offer', 'without moderation', 'newest first', 'imported or syndicated'])
      expect(how).not.toContain(undeclared);
  });
  it('states each policy fact the store declared, and only those', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary
      .config=${{ version: 1, reviews: { verification: { method: 'none' }, incentives: { offered: false }, ordering: 'newest' } }}
      .summary=${handMade()}
    ></candor-review-summary>`);
    const how = text(el, '[part="how"]');
    expect(how).toContain('We do not check whether reviewers bought or used the product.');
    expect(how).toContain('We do not offer anything in return for reviews.');
    expect(how).toContain('Reviews are listed newest first.');
    expect(how).not.toContain('moderation');
    expect(how).not.toContain('has not described');
  });
  it('says which verification levels the store counts, and the share at each, only where the store verifies', async () => {
    const reviews = [
      { id: 'a', rating: 5, createdAt: '2025-01-02', orderedAt: '2024-12-20' },
      { id: 'b', rating: 4, createdAt: '2025-01-03', orderedAt: '2024-12-21' },
      { id: 'c', rating: 5, createdAt: '2025-01-04', isVerifiedPurchase: true },
      { id: 'd', rating: 2, createdAt: '2025-01-05' },
    ];
    const strict = summarizeReviews(reviews, { verificationMethod: 'order-match', verifiedLevels: ['order-matched'] });
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${strict}></candor-review-summary>`);
    const how = text(el, '[part="how"]');
    expect(how).toContain('Counted as verified: reviews matched to our orders.');
    expect(how).toContain('50% of reviews are matched to our orders, 25% only verified by a review app, 25% unchecked.');
    expect(how).toContain('50% of reviews come from verified buyers.');
    // A store that declares it does not verify says so and nothing about levels.
    setStoreConfig({ version: 1, reviews: { verification: { method: 'none' } } });
    const none = await fixture<CandorReviewSummary>(
      html`<candor-review-summary .summary=${summarizeReviews(reviews)}></candor-review-summary>`,
    );
    expect(text(none, '[part="how"]')).not.toContain('Counted as verified');
    expect(text(none, '[part="how"]')).toContain('We do not check whether reviewers bought or used the product.');
  });
  it('shows pros and cons with "N of M reviews" and a short quote, and the two most helpful reviews', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${handMade()}></candor-review-summary>`);
    expect(text(el, '[part="pros"]')).toContain('Warm (7 of 16 reviews) Really warm on cold mornings.');
    expect(text(el, '[part="cons"]')).toContain('Runs small (4 of 16 reviews) Order one size up.');
    expect(text(el, '[part~="critical"]')).toContain('3.0 out of 5 stars');
    expect(text(el, '[part~="positive"]')).toContain('30 people found this helpful');
    expect(text(el, '[part="long-term"]')).toContain('3 reviews were written after at least 90 days of use. They average 4.3 out of 5.');
  });
  it('shows the work honestly: a check the store cannot run is "not checked", kept burst reviews say why, with the averages', async () => {
    const summary: ReviewSummary = {
      ...handMade(),
      excluded: handMade().excluded.map((entry) => (entry.check === 'burst' ? { ...entry, mode: 'exclude' as const } : entry)),
      checks: [
        {
          check: 'unverified',
          mode: 'exclude',
          flagged: 0,
          excluded: 0,
          flaggedAverage: null,
          othersAverage: 4.76,
          applicable: false,
          note: '',
        },
        {
          check: 'incentivized',
          mode: 'exclude',
          flagged: 9,
          excluded: 9,
          flaggedAverage: 5,
          othersAverage: 4.625,
          applicable: true,
          note: '',
        },
        { check: 'burst', mode: 'exclude', flagged: 6, excluded: 0, flaggedAverage: 4.5, othersAverage: 4.8, applicable: true, note: '' },
      ],
    };
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${summary}></candor-review-summary>`);
    const checks = [...root(el).querySelectorAll('[part="check"]')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
    expect(checks[0]).toMatch(/^No matching purchase: not checked: this store does not verify purchases\./);
    expect(checks[1]).toContain('Reviewer was given something: 9 reviews failed, left out of the checked rating.');
    expect(checks[1]).toContain('Their average: 5.0. The other reviews: 4.6.');
    expect(checks[3]).toBe(
      'Unusually busy day: 6 reviews failed, kept in the checked rating: their ratings do not differ from the rest beyond chance. Their average: 4.5. The other reviews: 4.8.',
    );
  });
});

describe('<candor-review-summary> properties', () => {
  it('analyses raw reviews given as a property with the engine', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .reviews=${realisticReviews()}></candor-review-summary>`);
    await settled(el);
    const expected = summarizeReviews(realisticReviews());
    expect(text(el, '[part="generated"]')).toContain(`from ${expected.total} reviews`);
    expect(text(el, '[part="rating-checked"]')).toContain(`from ${expected.trustedCount} reviews`);
  });
  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary
      ><script type="application/json">
        [
          { "id": "a", "rating": 4, "createdAt": "2025-01-02", "content": "Warm and comfortable." },
          { "id": "b", "rating": 2, "createdAt": "2025-01-03", "content": "The zipper broke." }
        ]
      </script></candor-review-summary
    >`);
    await settled(el);
    expect(text(el, '[part="rating-all"]')).toContain('3.0 out of 5 from 2 reviews');
  });
  it('fetches summary-src once for two elements and never the engine', async () => {
    const calls = stubFetch({ '/s/sku-1.json': handMade() });
    const wrapper = await fixture(html`<div>
      <candor-review-summary summary-src="/s/sku-1.json"></candor-review-summary><candor-review-summary summary-src="/s/sku-1.json"></candor-review-summary>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('candor-review-summary')];
    await settled(a!);
    await settled(b!);
    expect(calls.map((call) => call.url)).toEqual(['/s/sku-1.json']);
    expect(text(b!, '[part="rating-all"]')).toContain('4.7 out of 5 from 25 reviews');
  });
  it('reads CSV from src with format="csv" through the engine\'s adapter', async () => {
    stubFetch({
      '/exports/reviews.csv':
        'id,rating,createdAt,content,isVerifiedPurchase\nc1,5,2025-01-02,"Warm, light and well made.",true\nc2,2,2025-01-05,The zipper broke.,true\n',
    });
    const el = await fixture<CandorReviewSummary>(
      html`<candor-review-summary src="/exports/reviews.csv" format="csv"></candor-review-summary>`,
    );
    await settled(el);
    expect(text(el, '[part="rating-all"]')).toContain('3.5 out of 5 from 2 reviews');
  });
  it('fills the store config URL template with product-id', async () => {
    const calls = stubFetch({ '/reviews/sku%2F7.json': realisticReviews(30) });
    setStoreConfig({ version: 1, reviews: { source: { url: '/reviews/{productId}.json' } } });
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary product-id="sku/7"></candor-review-summary>`);
    await settled(el);
    expect(calls.map((call) => call.url)).toEqual(['/reviews/sku%2F7.json']);
    expect(root(el).querySelector('[part="ratings"]')).not.toBeNull();
  });
  it('prefers the config summaryUrl over raw reviews', async () => {
    const calls = stubFetch({ '/sum/p1.json': handMade() });
    setStoreConfig({ version: 1, reviews: { source: { url: '/rev/{productId}.json', summaryUrl: '/sum/{productId}.json' } } });
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary product-id="p1"></candor-review-summary>`);
    await settled(el);
    expect(calls.map((call) => call.url)).toEqual(['/sum/p1.json']);
  });
  it("falls back to the page's schema.org Product reviews", async () => {
    addJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Product',
      sku: 'boot-1',
      name: 'Boot',
      review: [
        {
          '@type': 'Review',
          reviewRating: { '@type': 'Rating', ratingValue: 5 },
          author: { '@type': 'Person', name: 'Ana' },
          datePublished: '2025-02-01',
          reviewBody: 'Comfortable from day one.',
        },
        {
          '@type': 'Review',
          reviewRating: { '@type': 'Rating', ratingValue: 3 },
          author: 'Ben',
          datePublished: '2025-02-03',
          reviewBody: 'The sole wore out fast.',
        },
      ],
    });
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary product-id="boot-1"></candor-review-summary>`);
    await settled(el);
    expect(text(el, '[part="rating-all"]')).toContain('4.0 out of 5 from 2 reviews');
  });
  it('speaks German with German number formatting', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary locale="de" .summary=${handMade()}></candor-review-summary>`);
    await settled(el); // the German strings arrive as their own module
    expect(text(el, '[part="rating-all"]')).toContain('4,7 von 5 aus 25 Bewertungen');
    expect(text(el, '[part="how"]')).toContain('Der Shop hat seine Bewertungsrichtlinien nicht beschrieben.');
  });
  it('shows its loading state while a language loads, then writes Arabic right to left with Arabic plural forms', async () => {
    // updateComplete waits for the language, so the loading frame is looked at right after it renders.
    const el = fixtureSync<CandorReviewSummary>(html`<candor-review-summary locale="es" .summary=${handMade()}></candor-review-summary>`);
    await rendered(el);
    expect(root(el).querySelector('[aria-busy="true"]'), 'loading while the Spanish strings arrive').not.toBeNull();
    await settled(el);
    expect(text(el, '[part="rating-all"]')).toContain('4,7 de 5 según 25 reseñas');
    el.locale = 'ar';
    await rendered(el);
    expect(root(el).querySelector('[aria-busy="true"]'), 'loading while the Arabic strings arrive').not.toBeNull();
    await settled(el);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(text(el, '[part="histogram"]')).toContain('نجمة واحدة');
    expect(text(el, '[part="histogram"]')).toContain('نجمتان');
    // Review text keeps its own direction inside the Arabic widget (an English quote ends with its full stop on the right).
    expect([...root(el).querySelectorAll('[part="quote"]')].every((quote) => quote.getAttribute('dir') === 'auto')).toBe(true);
    expect(root(el).querySelector('.theme-label')!.localName).toBe('bdi');
  });
  it.each([
    ['en', 'Fit and size', 'Other complaints', 'Reviews split: 6 like it, 4 do not', 'Among them: Remote (3)'],
    ['de', 'Passform und Größe', 'Weitere Kritik', 'Geteilte Meinungen: 6 mögen es, 4 nicht', 'Darunter: Remote (3)'],
    ['fr', 'Coupe et taille', 'Autres critiques', 'Avis partagés : 6 apprécient, 4 n’apprécient pas', 'Dont : Remote (3)'],
    ['es', 'Ajuste y talla', 'Otras quejas', 'Opiniones divididas: a 6 les gusta, a 4 no', 'Entre ellas: Remote (3)'],
    ['ar', 'المقاس والملاءمة', 'شكاوى أخرى', 'الآراء منقسمة', 'من بينها: Remote (3)'],
  ])(
    '%s: category and "Other complaints" labels are translated, found aspects keep the reviews\' words, a split says so',
    async (locale, fit, other, split, named) => {
      const summary = handMade();
      summary.themes.pros = [
        { label: 'Battery life', key: 'battery life', mentions: 6, reviewIds: ['r1'], quotes: [], split: { positive: 6, negative: 4 } },
      ];
      summary.themes.cons = [
        { label: 'Fit and size', labelKey: 'aspect.fit', key: 'fit', mentions: 4, reviewIds: ['r3'], quotes: [] },
        {
          label: 'Other complaints',
          labelKey: 'other.complaints',
          key: 'other',
          mentions: 5,
          reviewIds: ['r4'],
          quotes: [],
          aspects: [{ key: 'remote', label: 'Remote', mentions: 3 }],
        },
      ];
      const el = await fixture<CandorReviewSummary>(
        html`<candor-review-summary locale=${locale} .summary=${summary}></candor-review-summary>`,
      );
      await settled(el);
      const themes = text(el, '[part~="themes"]');
      expect(themes).toContain('Battery life');
      expect(themes).toContain(fit);
      expect(themes).toContain(other);
      expect(text(el, '[part~="theme-split"]')).toContain(split);
      expect(text(el, '[part~="theme-named"]')).toContain(named);
      if (locale !== 'en')
        for (const english of ['Fit and size', 'Other complaints', 'like it', 'Among them']) expect(themes).not.toContain(english);
    },
  );
  it('shows no pros and cons, and claims none, when the summary says no themes were looked for', async () => {
    const summary = handMade();
    summary.themes = { ...summary.themes, pros: [], cons: [], found: false };
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${summary}></candor-review-summary>`);
    await settled(el);
    expect(root(el).querySelector('[part~="themes"]')).toBeNull();
    expect(text(el)).not.toContain('No topic came up');
  });
  it('takes any string from the config messages', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary
      .config=${{ version: 1, reviews: { verification: { method: 'none' } }, messages: { en: { 'summary.title': 'What buyers say', 'summary.how.verify.none': 'Nobody checks buyers here.' } } }}
      .summary=${handMade()}
    ></candor-review-summary>`);
    expect(text(el, 'h2')).toBe('What buyers say');
    expect(text(el, '[part="how"]')).toContain('Nobody checks buyers here.');
  });
  it('recomputes the checked figure when the shopper switches a check off, and says so in an event', async () => {
    const el = await fixture<CandorReviewSummary>(
      html`<candor-review-summary product-id="sku-1" .summary=${handMade()}></candor-review-summary>`,
    );
    const events: CustomEvent[] = [];
    el.addEventListener('candor-check-toggle', (event) => events.push(event));
    const box = root(el).querySelector<HTMLInputElement>('[part="check"] input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    box.click();
    // The first switch loads the recompute code (not part of the page until then), then applies:
    // lazy work on a busy machine gets a generous wait.
    await waitUntil(() => events.length === 1, 'switching a check off had no effect');
    await el.updateComplete;
    expect(text(el, '[part="rating-checked"]')).toContain('4.7 out of 5 from 25 reviews');
    expect(events[0]!.detail).toMatchObject({ productId: 'sku-1', check: 'incentivized', applied: false, trustedCount: 25 });
    expect(events[0]!.detail.adjustedAverage).toBeCloseTo(4.76, 9);
    root(el).querySelector<HTMLInputElement>('[part="check"] input[type="checkbox"]')!.click();
    expect(events).toHaveLength(2); // loaded now: the second switch applies at once
    await el.updateComplete;
    expect(text(el, '[part="rating-checked"]')).toContain('4.6 out of 5 from 16 reviews');
  }, 20_000);
  it('offers no switch when the summary lacks the ratings to recompute, and says why', async () => {
    const summary = { ...handMade(), flaggedRatings: {} };
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${summary}></candor-review-summary>`);
    expect(root(el).querySelector('[part="check"] input')).toBeNull();
    expect(text(el, '[part="work"]')).toContain('cannot be switched off here');
  });
  it('links pros and cons to the reviews the page shows and reports opening one', async () => {
    const wrapper = await fixture(html`<div>
      <candor-review-summary product-id="sku-1" .summary=${handMade()}></candor-review-summary>
      <article id="review-r2">Kept me warm in the snow.</article>
    </div>`);
    const el = wrapper.querySelector('candor-review-summary')!;
    el.requestUpdate();
    await el.updateComplete;
    const opened: CustomEvent[] = [];
    el.addEventListener('candor-theme-open', (event) => opened.push(event));
    const details = root(el).querySelector<HTMLDetailsElement>('[part="pros"] details')!;
    expect([...details.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#review-r2']);
    details.open = true;
    await waitUntil(() => opened.length > 0, 'no candor-theme-open event');
    expect(opened.map((event) => event.detail)).toEqual([{ productId: 'sku-1', side: 'pros', theme: 'warmth', mentions: 7 }]);
  });
  it('links the store policies from the config, never a javascript: URL', async () => {
    const summary = handMade();
    (summary.disclosure as { fakeReviewPolicyUrl?: string }).fakeReviewPolicyUrl = 'javascript:alert(1)';
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary
      .config=${{ version: 1, store: { reviewPolicyUrl: '/policies/reviews' } }}
      .summary=${summary}
    ></candor-review-summary>`);
    const links = [...root(el).querySelectorAll('[part="how"] a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/policies/reviews']);
  });
});

describe('<candor-review-summary> slots', () => {
  it('shows the fallback slot when the summary cannot be loaded', async () => {
    stubFetch({ '/broken.json': 500 });
    const el = await fixture<CandorReviewSummary>(
      html`<candor-review-summary summary-src="/broken.json"><a slot="fallback" href="#reviews">Read the reviews</a></candor-review-summary>`,
    );
    await settled(el);
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="fallback"]')!;
    expect(slot.assignedElements()[0]!.textContent).toBe('Read the reviews');
  });
});

describe('<candor-review-summary> states', () => {
  it('loading: reserves its space and says it is loading', async () => {
    stubFetch(() => new Promise(() => undefined));
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary summary-src="/slow.json"></candor-review-summary>`);
    expect(root(el).querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(text(el, '[part="status"]')).toBe('Loading the review summary…');
    expect(root(el).querySelector('[part="frame"]')).not.toBeNull();
  });
  it('loaded: shows the work, histogram, themes, long-term owners and disclosure', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .summary=${realisticSummary()}></candor-review-summary>`);
    for (const part of ['ratings', 'work', 'histogram', 'themes', 'long-term', 'how'])
      expect(root(el).querySelector(`[part~="${part}"]`), part).not.toBeNull();
  });
  it('empty: says honestly that there are no reviews yet', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary .reviews=${[]}></candor-review-summary>`);
    await settled(el);
    expect(text(el)).toContain('No reviews yet.');
    expect(root(el).querySelector('[part="ratings"]')).toBeNull();
    expect(captured.errors).not.toHaveBeenCalled();
  });
  it('small sample: five 5-star reviews are not shown as a bare 5.0', async () => {
    const el = await fixture<CandorReviewSummary>(
      html`<candor-review-summary .summary=${summarizeReviews(fiveGlowing(), ORDER_MATCH)}></candor-review-summary>`,
    );
    const checked = root(el).querySelector('[part="rating-checked"]')!;
    expect(checked.querySelector('.big')).toBeNull();
    expect(text(el, '[part="small-sample"]')).toContain('Only 5 reviews passed the checks: too few to rate this product reliably.');
  });
  it('error: a bad payload shows nothing (it is not an outage) and logs one console message for the store', async () => {
    stubFetch({ '/bad.json': { total: 'many' } });
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary summary-src="/bad.json"></candor-review-summary>`);
    await waitUntil(() => captured.errors.mock.calls.length > 0, 'never failed');
    el.requestUpdate();
    await el.updateComplete;
    expect(root(el).querySelector('[part="base"]')).toBeNull();
    expect(captured.errors).toHaveBeenCalledTimes(1);
    expect(String(captured.errors.mock.calls[0]![0])).toMatch(/\/bad\.json is not a review summary: "total" must be a whole number/);
  });
  it('aborts its request when it leaves the page, without spoiling the cache for others', async () => {
    let release: (value: Response) => void = () => undefined;
    const seen: AbortSignal[] = [];
    stubFetch((_url: string, init: RequestInit) => {
      seen.push(init.signal!);
      return new Promise<Response>((resolve, reject) => {
        release = resolve;
        init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    });
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary summary-src="/s.json"></candor-review-summary>`);
    el.remove();
    expect(seen[0]!.aborted).toBe(true);
    const again = await fixture<CandorReviewSummary>(html`<candor-review-summary summary-src="/s.json"></candor-review-summary>`);
    expect(seen).toHaveLength(2);
    release(new Response(JSON.stringify(handMade())));
    await settled(again);
    expect(text(again, '[part="rating-all"]')).toContain('4.7');
    expect(captured.errors).not.toHaveBeenCalled();
  });
  it('times out a request that never answers', async () => {
    stubFetch(
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const el = await fixture<CandorReviewSummary>(
      html`<candor-review-summary .config=${{ version: 1, reviews: { source: { url: '/r/{productId}.json', timeoutMs: 500 } } }} product-id="x"></candor-review-summary>`,
    );
    await settled(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(String(captured.errors.mock.calls[0]![0])).toContain('/r/x.json did not answer within 500 ms');
  });
});

describe('<candor-review-summary> warnings', () => {
  it('error: a network failure is "not available right now", and the store\'s fallback content replaces it', async () => {
    stubFetch(async () => new Response('gone', { status: 503 }));
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary summary-src="/down.json"></candor-review-summary>`);
    await settled(el);
    expect(text(el)).toContain('The review summary is not available right now.');
    stubFetch({ '/bad-with-fallback.json': { total: 'many' } });
    const withFallback = await fixture<CandorReviewSummary>(
      html`<candor-review-summary summary-src="/bad-with-fallback.json"><a slot="fallback" href="/reviews">Read the reviews</a></candor-review-summary>`,
    );
    await settled(withFallback);
    expect(root(withFallback).querySelector('slot[name="fallback"]')).not.toBeNull();
  });
  it('with no data source and no rating markup, renders nothing and gives one dev-mode hint, no console error', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary></candor-review-summary>`);
    await waitUntil(() => warnings.mock.calls.length > 0, 'no dev-mode hint');
    await el.updateComplete;
    expect(root(el).querySelector('[part="base"]')).toBeNull();
    expect(captured.errors).not.toHaveBeenCalled();
    expect(String(warnings.mock.calls[0]![0])).toMatch(/shows nothing: the page has no schema.org Product markup/);
  });
  it('treats summary = null (a framework\'s "not loaded yet") as not set: summary-src still applies and nothing is logged', async () => {
    stubFetch({ '/s.json': handMade() });
    const el = await fixture<CandorReviewSummary>(
      html`<candor-review-summary summary-src="/s.json" .summary=${null}></candor-review-summary>`,
    );
    await settled(el);
    expect(text(el, '[part="rating-all"]')).toContain('4.7 out of 5 from 25 reviews');
    el.summary = undefined;
    el.reviews = null;
    await el.updateComplete;
    expect(text(el, '[part="rating-all"]')).toContain('4.7 out of 5 from 25 reviews');
    expect(captured.errors).not.toHaveBeenCalled();
  });
  it('gives no "no data" hint when the data arrives in the task of the first render, nor ever with a pending attribute', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = document.createElement('candor-review-summary') as CandorReviewSummary;
    document.body.append(el);
    await el.updateComplete; // rendered once with no source, as before a framework sets its properties
    el.summary = handMade();
    await settled(el);
    const pending = fixtureSync<CandorReviewSummary>(html`<candor-review-summary pending></candor-review-summary>`);
    await pending.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root(pending).querySelector('[part="base"]')).toBeNull();
    expect(warnings).not.toHaveBeenCalled();
    expect(captured.errors).not.toHaveBeenCalled();
  });
  it('names the valid formats when format is wrong', async () => {
    const el = await fixture<CandorReviewSummary>(html`<candor-review-summary src="/r.xml" format="rss"></candor-review-summary>`);
    await waitUntil(() => captured.errors.mock.calls.length > 0, 'never failed');
    expect(root(el).querySelector('[part="base"]'), 'wrong data is not an outage: nothing shown').toBeNull();
    el.requestUpdate();
    await el.updateComplete;
    expect(String(captured.errors.mock.calls[0]![0])).toContain('format="rss" is not one of candor, schema-org, google-feed, csv');
  });
  it('says what is wrong with invalid inline JSON', async () => {
    const el = await fixture<CandorReviewSummary>(
      html`<candor-review-summary><script type="application/json">{ nope</script></candor-review-summary>`,
    );
    await waitUntil(() => captured.errors.mock.calls.length > 0, 'never failed');
    expect(root(el).querySelector('[part="base"]'), 'wrong data is not an outage: nothing shown').toBeNull();
    el.requestUpdate();
    await el.updateComplete;
    expect(String(captured.errors.mock.calls[0]![0])).toContain('inline <script type="application/json"> is not valid JSON');
  });
});
