import { describe, expect, it } from 'vitest';
import { jsonLdText, parseStructuredNumber, readPageStructuredData, summarizeReviews, type StructuredBlock } from '../../src/index.js';

const ld = (...data: unknown[]): StructuredBlock[] => data.map((one) => ({ syntax: 'json-ld', data: one }));
const review = (rating: unknown, extra: Record<string, unknown> = {}) => ({
  '@type': 'Review',
  reviewRating: { '@type': 'Rating', ratingValue: rating },
  ...extra,
});

describe('parseStructuredNumber', () => {
  const cases: [unknown, 'count' | 'rating', number | undefined][] = [
    [4.5, 'rating', 4.5],
    ['4.5', 'rating', 4.5],
    ['4,5', 'rating', 4.5],
    [' 4,50 ', 'rating', 4.5],
    ['4.5 out of 5', 'rating', 4.5],
    ['(3592 Reviews)', 'count', 3592],
    ['8,108', 'count', 8108],
    ['8.108', 'count', 8108],
    ['8 108', 'count', 8108],
    ['8\u202f108 avis', 'count', 8108],
    ['1.234,5', 'rating', 1234.5],
    ['4.5', 'count', undefined],
    ['abc', 'rating', undefined],
    ['', 'count', undefined],
    [NaN, 'rating', undefined],
    [null, 'rating', undefined],
    ['92 %', 'rating', 92],
  ];
  it.each(cases)('%j as a %s is %s', (value, kind, expected) => expect(parseStructuredNumber(value, kind)).toBe(expected));
});

describe('jsonLdText', () => {
  it.each([
    ['/*<![CDATA[*/ {"a":1} /*]]>*/', '{"a":1}'],
    ['//<![CDATA[\n{"a":1}\n//]]>', '{"a":1}'],
    ['<![CDATA[{"a":1}]]>', '{"a":1}'],
    ['<!-- {"a":1} -->', '{"a":1}'],
    ['{"a":1}', '{"a":1}'],
  ])('%j', (text, expected) => expect(JSON.parse(jsonLdText(text))).toEqual(JSON.parse(expected)));
});

describe('readPageStructuredData: the issue-15 shapes', () => {
  it('an aggregate with no review list is the stated figure', () => {
    const page = readPageStructuredData(
      ld({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Lamp',
        aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', reviewCount: '8108' },
      }),
    );
    expect(page.stated).toEqual({ value: 4.5, count: 8108, countOf: 'reviews', best: 5, worst: 1 });
    expect(page.reviews).toEqual([]);
  });
  it('listed reviews never replace the stated aggregate', () => {
    const page = readPageStructuredData(
      ld({
        '@type': 'Product',
        name: 'Chair',
        aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 473 },
        review: [review(5, { datePublished: '2020-01-01', reviewBody: 'Great chair' })],
      }),
    );
    expect(page.stated).toMatchObject({ value: 4.5, count: 473 });
    expect(page.reviews).toHaveLength(1);
    expect(page.reviews[0]).toMatchObject({ rating: 5, createdAt: '2020-01-01', source: 'page' });
  });
  it('keeps undated reviews, and the engine counts them', () => {
    const page = readPageStructuredData(
      ld({
        '@type': 'Product',
        name: 'Sofa',
        review: Array.from({ length: 8 }, (_, i) => review(4 + (i % 2), { reviewBody: `Comfortable sofa number ${i}` })),
      }),
    );
    expect(page.reviews).toHaveLength(8);
    expect(page.reviews.every((r) => r.createdAt === undefined)).toBe(true);
    const summary = summarizeReviews(page.reviews);
    expect(summary.total).toBe(8);
    expect(summary.disclosure.undatedCount).toBe(8);
    expect(summary.invalid).toEqual([]);
  });
  it('a date it cannot read keeps the review undated and says so', () => {
    const page = readPageStructuredData(ld({ '@type': 'Product', name: 'Sofa', review: [review(4, { datePublished: '12.03.2024' })] }));
    expect(page.reviews).toHaveLength(1);
    expect(page.problems[0]!.reason).toMatch(/not an ISO 8601 date; the review is kept undated/);
  });
  it('standalone AggregateRating and Review with itemReviewed', () => {
    const page = readPageStructuredData(
      ld(
        { '@type': 'Product', '@id': '#p', name: 'Kettle' },
        { '@type': 'AggregateRating', itemReviewed: { '@id': '#p' }, ratingValue: 4.1, ratingCount: 212 },
        { '@type': 'Review', itemReviewed: { '@id': '#p' }, reviewRating: { ratingValue: 3 }, datePublished: '2024-02-02' },
      ),
    );
    expect(page.stated).toEqual({ value: 4.1, count: 212, countOf: 'ratings', best: 5, worst: 1 });
    expect(page.reviews).toHaveLength(1);
  });
  it('a standalone rating whose itemReviewed is a nested Product', () => {
    const page = readPageStructuredData(
      ld({
        '@type': 'AggregateRating',
        itemReviewed: { '@type': 'Product', name: 'Toaster' },
        ratingValue: '3,9',
        reviewCount: '(3592 Reviews)',
      }),
    );
    expect(page.product?.name).toBe('Toaster');
    expect(page.stated).toMatchObject({ value: 3.9, count: 3592 });
  });
  it('Yoast: review as @id references into an @graph', () => {
    const page = readPageStructuredData(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': 'https://s.example/p/#webpage', name: 'Desk' },
          {
            '@type': 'Product',
            '@id': 'https://s.example/p/#product',
            name: 'Desk',
            review: [{ '@id': 'https://s.example/p/#review-1' }, { '@id': 'https://s.example/p/#review-2' }],
            aggregateRating: { '@id': 'https://s.example/p/#rating' },
          },
          { '@type': 'AggregateRating', '@id': 'https://s.example/p/#rating', ratingValue: 4.8, reviewCount: 25 },
          { '@type': 'Review', '@id': 'https://s.example/p/#review-1', reviewRating: { ratingValue: 5 }, datePublished: '2024-01-01' },
          { '@type': 'Review', '@id': 'https://s.example/p/#review-2', reviewRating: { ratingValue: 4 }, datePublished: '2024-01-02' },
        ],
      }),
    );
    expect(page.stated).toMatchObject({ value: 4.8, count: 25 });
    expect(page.reviews.map((r) => r.id)).toEqual(['https://s.example/p/#review-1', 'https://s.example/p/#review-2']);
  });
  it('ProductGroup with variants: the group is the main product, a variant id takes the group ratings', () => {
    const group = {
      '@type': 'ProductGroup',
      name: 'Wool sweater',
      productGroupID: 'SW-1',
      variesBy: ['https://schema.org/size'],
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.3, reviewCount: 57 },
      hasVariant: [
        { '@type': 'Product', sku: 'SW-1-S', name: 'Wool sweater S', aggregateRating: { ratingValue: 1, reviewCount: 1 } },
        { '@type': 'Product', sku: 'SW-1-M', name: 'Wool sweater M' },
      ],
    };
    expect(readPageStructuredData(ld(group)).stated).toMatchObject({ value: 4.3, count: 57 });
    expect(readPageStructuredData(ld(group), { productId: 'SW-1-M' }).stated).toMatchObject({ value: 4.3, count: 57 });
    expect(readPageStructuredData(ld(group), { productId: 'SW-1-S' }).stated).toMatchObject({ value: 1, count: 1 });
  });
  it('plural reviews, a lower-case type and a decimal comma', () => {
    const page = readPageStructuredData(
      ld({
        '@type': 'product',
        name: 'Pan',
        reviews: [review('4,5', { datePublished: '2024-03-03' }), review('3', { datePublished: '2024-03-04' })],
      }),
    );
    expect(page.reviews.map((r) => r.rating)).toEqual([4.5, 3]);
  });
  it.each([
    [4, 3, 1, 3.667],
    [10, 8, 1, 4.111],
    [100, 80, 1, 4.192],
    [10, 0, 0, 1],
    [10, 10, 0, 5],
  ])('a %s-point scale: %s (worst %s) is %s on 1..5', (best, value, worst, expected) => {
    const page = readPageStructuredData(
      ld({
        '@type': 'Product',
        name: 'X',
        review: [{ '@type': 'Review', reviewRating: { ratingValue: value, bestRating: best, worstRating: worst } }],
      }),
    );
    expect(page.reviews[0]!.rating).toBeCloseTo(expected, 3);
  });
  it('a rating above bestRating is left out with the reason', () => {
    const page = readPageStructuredData(
      ld({ '@type': 'Product', name: 'X', review: [review(8)], aggregateRating: { ratingValue: 8, reviewCount: 3 } }),
    );
    expect(page.reviews).toEqual([]);
    expect(page.stated).toBeUndefined();
    expect(page.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/ratingValue 8 is outside 1..5/),
      expect.stringMatching(/ratingValue 8 is outside 1..5/),
    ]);
  });
});

describe('readPageStructuredData: choosing the product', () => {
  const main = { '@type': 'Product', name: 'Espresso machine', sku: 'EM-1', aggregateRating: { ratingValue: 4.8, reviewCount: 120 } };
  const accessory = { '@type': 'Product', name: 'Descaler', sku: 'DS-1', review: [review(1, { datePublished: '2024-01-01' })] };
  it('never a product reached through isRelatedTo', () => {
    const page = readPageStructuredData(ld({ ...main, isRelatedTo: accessory }));
    expect(page.product?.name).toBe('Espresso machine');
    expect(page.stated).toMatchObject({ value: 4.8, count: 120 });
    expect(page.reviews).toEqual([]);
  });
  it.each(['isSimilarTo', 'isAccessoryOrSparePartFor', 'isConsumableFor'])('never through %s', (prop) => {
    expect(readPageStructuredData(ld({ ...main, [prop]: [accessory] })).product?.name).toBe('Espresso machine');
  });
  it('never a product inside an offer list (a category page): nothing, and it says why', () => {
    const page = readPageStructuredData(
      ld({
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', item: main },
          { '@type': 'ListItem', item: accessory },
        ],
      }),
    );
    expect(page.product).toBeUndefined();
    expect(page.unsure).toMatch(/related product, a variant or part of a list/);
  });
  it('two top-level products: the one named like the heading', () => {
    expect(readPageStructuredData(ld(accessory, main), { headings: ['  Espresso  Machine '] }).product?.name).toBe('Espresso machine');
    expect(readPageStructuredData(ld(accessory, main), { headings: ['Espresso machine EM-1 in black | Shop'] }).product?.name).toBe(
      'Espresso machine',
    );
  });
  it('two top-level products and no matching heading: nothing, and it says why', () => {
    const page = readPageStructuredData(ld(accessory, main), { headings: ['Kitchen'] });
    expect(page.product).toBeUndefined();
    expect(page.unsure).toMatch(/2 products \("Descaler", "Espresso machine"\)/);
  });
  it.each([['EM-1'], ['https://shop.example/em#p'], ['https://shop.example/em'], ['04012345678901'], ['M-77']])(
    'product-id %s matches sku, @id, url, gtin or mpn',
    (id) => {
      const withIds = {
        ...main,
        '@id': 'https://shop.example/em#p',
        url: 'https://shop.example/em',
        gtin14: '04012345678901',
        mpn: 'M-77',
      };
      expect(readPageStructuredData(ld(accessory, withIds), { productId: id }).product?.name).toBe('Espresso machine');
    },
  );
  it('an unknown product-id shows nothing rather than another product', () => {
    expect(readPageStructuredData(ld(main), { productId: 'nope' })).toMatchObject({
      reviews: [],
      unsure: expect.stringMatching(/no product on the page has the id "nope"/),
    });
  });
  it('the same product in JSON-LD and microdata is one product, its reviews counted once', () => {
    const r = review(5, { datePublished: '2024-01-01', author: 'Ana', reviewBody: 'Fine.' });
    const page = readPageStructuredData([
      { syntax: 'json-ld', data: { ...main, review: [r] } },
      { syntax: 'microdata', data: [{ '@type': 'Product', name: 'Espresso machine', sku: 'EM-1', review: [{ ...r }] }] },
    ]);
    expect(page.reviews).toHaveLength(1);
    expect(page.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/also in the page's json-ld markup; it is counted once/)]);
  });
});

describe('readPageStructuredData: review ids (issue 12, item 10)', () => {
  it('reviews sharing a url are all kept, each with its own id, and the duplicate is reported', () => {
    const reviews = Array.from({ length: 12 }, (_, i) =>
      review(5 - (i % 3), {
        url: 'https://shop.example/reviews',
        datePublished: `2024-01-${String(i + 1).padStart(2, '0')}`,
        reviewBody: `Review ${i}`,
      }),
    );
    const page = readPageStructuredData(ld({ '@type': 'Product', name: 'Kettle', review: reviews }));
    expect(page.reviews).toHaveLength(12);
    expect(new Set(page.reviews.map((r) => r.id)).size).toBe(12);
    expect(page.problems.filter((p) => /is also used by review\[0\]/.test(p.reason))).toHaveLength(11);
    expect(summarizeReviews(page.reviews).total).toBe(12);
  });
  it('reviews sharing an @id are two reviews, reported', () => {
    const page = readPageStructuredData(
      ld({ '@type': 'Product', name: 'Kettle', review: [review(5, { '@id': '#r' }), review(1, { '@id': '#r' })] }),
    );
    expect(page.reviews.map((r) => [r.id, r.rating])).toEqual([
      ['#r', 5],
      ['#r#2', 1],
    ]);
    expect(page.problems.map((p) => p.reason)).toContainEqual(expect.stringMatching(/two reviews share the @id "#r"/));
  });
  it('a generated id never collides with an explicit one', () => {
    const page = readPageStructuredData(
      ld({ '@type': 'Product', name: 'Kettle', review: [review(4), review(5, { '@id': 'page-review-1' })] }),
    );
    expect(page.reviews.map((r) => r.id)).toEqual(['page-review-2', 'page-review-1']);
  });
});
