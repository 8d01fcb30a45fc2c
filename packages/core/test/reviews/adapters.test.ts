import { describe, expect, it } from 'vitest';
import { parseCsv, reviewsFromCsv, reviewsFromGoogleFeed, reviewsFromSchemaOrg, summarizeReviews } from '../../src/index.js';

describe('schema.org JSON-LD adapter', () => {
  // Shaped like a real product page: @graph, a Product with an Offer, full IRIs, a 10-point review.
  const page = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', name: 'Shop' },
      {
        '@type': ['Product'],
        '@id': 'https://shop.example/p/jacket#product',
        name: 'Rain jacket',
        sku: 'JK-1',
        aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', reviewCount: 2, bestRating: 5 },
        review: [
          {
            '@type': 'Review',
            author: { '@type': 'Person', name: 'Ana' },
            datePublished: '2025-01-02',
            name: 'Dry in a storm',
            reviewBody: 'Kept me dry on a long walk.',
            reviewRating: { '@type': 'Rating', ratingValue: '5', bestRating: '5' },
            positiveNotes: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Waterproof' }] },
            negativeNotes: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Runs small' }] },
          },
          {
            '@type': 'http://schema.org/Review',
            author: 'Ben',
            datePublished: '2025-01-05T09:00:00Z',
            reviewRating: { ratingValue: 6, bestRating: 10, worstRating: 0 },
          },
          { '@type': 'Review', author: 'No rating', datePublished: '2025-01-05' },
        ],
      },
    ],
  };
  it('reads reviews, notes, authors, scales and the aggregate', () => {
    const result = reviewsFromSchemaOrg(page);
    expect(result.reviews).toHaveLength(2);
    expect(result.reviews[0]).toMatchObject({
      rating: 5,
      title: 'Dry in a storm',
      reviewer: { name: 'Ana' },
      pros: ['Waterproof'],
      cons: ['Runs small'],
      source: 'imported',
    });
    expect(result.reviews[1]!.rating).toBeCloseTo(3.4, 5);
    expect(result.problems).toEqual([{ at: 'review[2]', reason: 'no reviewRating.ratingValue, so it has no rating to count' }]);
    expect(result.stated).toEqual({ value: 4.4, count: 2, countOf: 'reviews', best: 5, worst: 1 });
    expect(summarizeReviews(result.reviews).total).toBe(2);
  });
  it('finds a product by id and says when there is none', () => {
    expect(reviewsFromSchemaOrg(page, { productId: 'JK-1' }).reviews).toHaveLength(2);
    expect(reviewsFromSchemaOrg(page, { productId: 'nope' }).problems[0]!.reason).toMatch(/no product on the page has the id "nope"/);
    expect(reviewsFromSchemaOrg({ '@type': 'WebPage' }).reviews).toEqual([]);
  });
});

describe('Google product review feed adapter', () => {
  const feed = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:vc="http://www.w3.org/2007/XMLSchema-versioning" vc:minVersion="2.3">
  <version>2.3</version>
  <aggregator><name>Sample Reviews Aggregator</name></aggregator>
  <publisher><name>Sample Retailer</name></publisher>
  <reviews>
    <review>
      <review_id>235</review_id>
      <reviewer><name is_anonymous="false">Jane Doe</name><reviewer_id>rev-1</reviewer_id></reviewer>
      <review_timestamp>2025-04-29T19:36:30Z</review_timestamp>
      <title>Warm &amp; dry</title>
      <content><![CDATA[Kept me dry. <b>Great</b> hood.]]></content>
      <pros><pro>Hood</pro><pro>Pockets</pro></pros>
      <cons><con>Pricey</con></cons>
      <review_url type="singleton">https://shop.example/r/235</review_url>
      <ratings><overall min="1" max="10">8</overall></ratings>
      <products><product><product_ids><skus><sku>JK-1</sku></skus><gtins><gtin>0001</gtin></gtins></product_ids></product></products>
      <is_spam>false</is_spam>
      <is_verified_purchase>true</is_verified_purchase>
      <is_incentivized_review>true</is_incentivized_review>
    </review>
    <review>
      <review_id>236</review_id>
      <reviewer><name is_anonymous="true">Anonymous</name></reviewer>
      <review_timestamp>2025-05-01T08:00:00-05:00</review_timestamp>
      <content>Buy it!!!</content>
      <ratings><overall min="1" max="5">5</overall></ratings>
      <products><product><product_ids><skus><sku>JK-1</sku></skus></product_ids></product></products>
      <is_spam>true</is_spam>
    </review>
    <review>
      <review_id>237</review_id>
      <review_timestamp>2025-05-02T08:00:00Z</review_timestamp>
      <ratings><overall min="1" max="5">2</overall></ratings>
      <products><product><product_ids><skus><sku>OTHER</sku></skus></product_ids></product></products>
    </review>
  </reviews>
</feed>`;
  it('reads the fields Google names, maps the scale and leaves spam out', () => {
    const result = reviewsFromGoogleFeed(feed, { productId: 'JK-1' });
    expect(result.reviews).toEqual([
      {
        id: '235',
        rating: 4.11,
        createdAt: '2025-04-29T19:36:30Z',
        title: 'Warm & dry',
        content: 'Kept me dry. <b>Great</b> hood.',
        reviewer: { id: 'rev-1', name: 'Jane Doe' },
        isVerifiedPurchase: true,
        isIncentivized: true,
        pros: ['Hood', 'Pockets'],
        cons: ['Pricey'],
        source: 'imported',
      },
    ]);
    expect(result.problems).toEqual([{ at: 'review[1]', reason: 'review 236 is marked as spam in the feed' }]);
    expect(reviewsFromGoogleFeed(feed).reviews.map((r) => r.id)).toEqual(['235', '237']);
  });
  it('reports malformed XML instead of throwing', () => {
    expect(reviewsFromGoogleFeed('<feed><reviews><review></feed>').problems[0]!.reason).toMatch(/not XML/);
    expect(reviewsFromGoogleFeed('').reviews).toEqual([]);
  });
});

describe('CSV adapter', () => {
  const csv =
    '\uFEFFReview ID;Stars;Date;Title;Body;Verified;Pros\r\n' +
    'a1;5;2025-01-02;Great;"Warm, dry; and ""light""";yes;hood|pockets\r\n' +
    'a2;2,5;2025-01-03;Meh;"Two\nlines";no;\r\n' +
    'a3;x;2025-01-03;;;maybe;\r\n' +
    ';4;2025-01-04;;;;\r\n';
  const columns = {
    id: 'Review ID',
    rating: 'Stars',
    createdAt: 'Date',
    title: 'Title',
    content: 'Body',
    isVerifiedPurchase: 'Verified',
    pros: 'Pros',
  };
  it('parses RFC 4180 quoting with a chosen delimiter', () => {
    expect(parseCsv('a,"b ""c""",d\n"x\ny",2,3')).toEqual([
      ['a', 'b "c"', 'd'],
      ['x\ny', '2', '3'],
    ]);
  });
  it('maps columns onto reviews and reports rows it cannot read', () => {
    const result = reviewsFromCsv(csv, { columns, delimiter: ';' });
    expect(result.reviews).toEqual([
      {
        id: 'a1',
        rating: 5,
        createdAt: '2025-01-02',
        title: 'Great',
        content: 'Warm, dry; and "light"',
        isVerifiedPurchase: true,
        pros: ['hood', 'pockets'],
        source: 'imported',
      },
      {
        id: 'a2',
        rating: 2.5,
        createdAt: '2025-01-03',
        title: 'Meh',
        content: 'Two\nlines',
        isVerifiedPurchase: false,
        source: 'imported',
      },
    ]);
    expect(result.problems.map((p) => p.at)).toEqual(['line 4', 'line 5']);
  });
  it('says which mapped column is missing', () => {
    expect(reviewsFromCsv('id,stars\n1,5', { columns: { id: 'id', rating: 'stars', createdAt: 'date' } }).problems[0]!.reason).toBe(
      'no column "date" for createdAt',
    );
  });
});
