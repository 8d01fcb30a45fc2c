import { readPageStructuredData } from '@candor/core';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetPageJsonLd } from '../src/shared/json-ld.js';
import { pageHeadings, pageStructuredData } from '../src/shared/structured-data.js';

const page = (html: string) => {
  document.body.innerHTML = html;
  forgetPageJsonLd();
  return pageStructuredData();
};
afterEach(() => {
  document.body.replaceChildren();
  forgetPageJsonLd();
});

describe('pageStructuredData: the DOM read into graph nodes', () => {
  it('microdata: types, ids, nested items, content / meter / time / link values, itemref', () => {
    const blocks = page(`<div itemscope itemtype="https://schema.org/Product" itemid="#p" itemref="rating-elsewhere">
        <h1 itemprop="name">Anvil</h1><link itemprop="url" href="/anvil">
        <div itemprop="review" itemscope itemtype="https://schema.org/Review">
          <time itemprop="datePublished" datetime="2024-05-01">1 May</time>
          <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meter itemprop="ratingValue" min="1" max="5" value="4">4 of 5</meter></div>
          <p itemprop="reviewBody">Heavy.</p>
        </div>
      </div>
      <div id="rating-elsewhere"><div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span itemprop="ratingValue" content="4.4">4,4</span> (<span itemprop="reviewCount">89</span>)</div></div>`);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.syntax).toBe('microdata');
    const [product] = blocks[0]!.data as Record<string, unknown>[];
    expect(product).toMatchObject({
      '@type': ['https://schema.org/Product'],
      '@id': '#p',
      name: 'Anvil',
      url: expect.stringMatching(/\/anvil$/),
      review: { reviewBody: 'Heavy.', datePublished: '2024-05-01', reviewRating: { ratingValue: '4' } },
      aggregateRating: { ratingValue: '4.4', reviewCount: '89' },
    });
  });
  it('RDFa Lite with vocab, and with the schema: prefix', () => {
    const blocks = page(`<div vocab="https://schema.org/" typeof="Product" resource="#a"><span property="name">Anvil</span>
        <div property="aggregateRating" typeof="AggregateRating"><span property="ratingValue">4.4</span> from <span property="reviewCount">89</span></div></div>
      <div prefix="schema: https://schema.org/" typeof="schema:Product"><span property="schema:name">Hammer</span></div>`);
    expect(blocks.map((block) => block.syntax)).toEqual(['rdfa']);
    expect(blocks[0]!.data).toEqual([
      {
        '@type': ['Product'],
        '@id': '#a',
        name: 'Anvil',
        aggregateRating: { '@type': ['AggregateRating'], ratingValue: '4.4', reviewCount: '89' },
      },
      { '@type': ['schema:Product'], name: 'Hammer' },
    ]);
  });
  it('JSON-LD in a CDATA wrapper, a block that is not JSON skipped, and the page headings', () => {
    document.head.insertAdjacentHTML('beforeend', '<meta property="og:title" content="Lamp | Shop">');
    const blocks = page(`<h1> Lamp </h1>
      <script type="application/ld+json">/*<![CDATA[*/ {"@type":"Product","name":"Lamp"} /*]]>*/</script>
      <script type="application/ld+json">{ not json</script>`);
    expect(blocks).toEqual([{ syntax: 'json-ld', data: { '@type': 'Product', name: 'Lamp' } }]);
    expect(pageHeadings()).toEqual(['Lamp', 'Lamp | Shop']);
    document.head.querySelector('meta[property="og:title"]')!.remove();
  });
  it('all three syntaxes of one product read as one, through the core reader', () => {
    const blocks = page(`<h1>Anvil</h1>
      <script type="application/ld+json">{"@type":"Product","name":"Anvil","sku":"A-1","aggregateRating":{"ratingValue":"4.4","reviewCount":"89"}}</script>
      <div itemscope itemtype="https://schema.org/Product"><meta itemprop="sku" content="A-1"><span itemprop="name">Anvil</span></div>
      <div vocab="https://schema.org/" typeof="Product"><meta property="sku" content="A-1"><span property="name">Anvil</span></div>`);
    const reading = readPageStructuredData(blocks, { headings: pageHeadings() });
    expect(reading.product?.name).toBe('Anvil');
    expect(reading.stated).toMatchObject({ value: 4.4, count: 89 });
  });
});
