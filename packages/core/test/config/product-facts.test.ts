import { describe, expect, it } from 'vitest';
import { assertConfig, pageProductFacts, resolveProductFacts } from '../../src/index.js';

const config = assertConfig({
  version: 1,
  store: { currency: 'GBP' },
  honesty: { categories: { apparel: { lifespanYears: 3, usesPerYear: 40, useUnit: 'wear' } } },
  products: { jacket: { category: 'apparel', price: 89, lifespanYears: 5 } },
});

describe('resolveProductFacts: attributes > config product > page JSON-LD > store defaults', () => {
  it('takes an attribute over everything', () => {
    const facts = resolveProductFacts('jacket', config, { attributes: { price: 79 }, page: { price: 99, currency: 'EUR' } });
    expect(facts.price).toBe(79);
    expect(facts.sources.price).toBe('attribute');
  });

  it('takes the config product entry over the page', () => {
    const facts = resolveProductFacts('jacket', config, { page: { price: 99 } });
    expect([facts.price, facts.sources.price]).toEqual([89, 'config']);
  });

  it('takes the page over store defaults', () => {
    const facts = resolveProductFacts('jacket', config, { page: { currency: 'EUR', name: 'Jacket from the page' } });
    expect([facts.currency, facts.sources.currency]).toEqual(['EUR', 'page']);
    expect(facts.sources.name).toBe('page');
  });

  it('falls back to the store currency and the category defaults', () => {
    const facts = resolveProductFacts('jacket', config);
    expect(facts).toMatchObject({ productId: 'jacket', currency: 'GBP', lifespanYears: 5, usesPerYear: 40, useUnit: 'wear' });
    expect(facts.sources).toMatchObject({ currency: 'store', lifespanYears: 'config', usesPerYear: 'store', useUnit: 'store' });
  });

  it('uses the category an attribute names for the defaults', () => {
    const facts = resolveProductFacts('unknown-sku', config, { attributes: { category: 'apparel' } });
    expect(facts).toMatchObject({ lifespanYears: 3, usesPerYear: 40 });
  });

  it('works with no product id and no config entry', () => {
    const facts = resolveProductFacts(undefined, assertConfig({ version: 1 }), { page: { price: 10 } });
    expect(facts).toEqual({ price: 10, sources: { price: 'page' } });
  });
});

describe('pageProductFacts', () => {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'BreadcrumbList', itemListElement: [] },
      {
        '@type': ['Product', 'IndividualProduct'],
        sku: 'jacket',
        name: 'Ridgeline jacket',
        category: 'Apparel > Jackets',
        offers: { '@type': 'Offer', price: '89.00', priceCurrency: 'GBP' },
      },
      {
        '@type': 'http://schema.org/Product',
        productID: 'boots',
        offers: [{ '@type': 'AggregateOffer', lowPrice: 120, highPrice: 150, priceCurrency: 'EUR' }],
      },
    ],
  };

  it('finds a product in an @graph by sku', () => {
    expect(pageProductFacts(graph, 'jacket')).toEqual({
      productId: 'jacket',
      name: 'Ridgeline jacket',
      category: 'Apparel > Jackets',
      price: 89,
      currency: 'GBP',
    });
  });

  it('reads an AggregateOffer lowPrice and full-IRI types', () => {
    expect(pageProductFacts(graph, 'boots')).toMatchObject({ price: 120, currency: 'EUR' });
  });

  it('takes the first product when no id is given, and nothing for an unknown id', () => {
    expect(pageProductFacts(graph)?.productId).toBe('jacket');
    expect(pageProductFacts(graph, 'nope')).toBeUndefined();
  });

  it('reads a price specification and ignores prices that are not plain numbers', () => {
    const product = {
      '@type': 'Product',
      sku: 'x',
      offers: { '@type': 'Offer', priceSpecification: { price: 12.5, priceCurrency: 'USD' } },
    };
    expect(pageProductFacts(product)).toMatchObject({ price: 12.5, currency: 'USD' });
    const bad = { '@type': 'Product', sku: 'y', offers: { price: '£12', priceCurrency: 'pounds' } };
    expect(pageProductFacts(bad)).toEqual({ productId: 'y' });
  });

  it('survives hostile input', () => {
    const loop: Record<string, unknown> = { '@type': 'Product', sku: 'loop' };
    loop['isRelatedTo'] = loop;
    expect(pageProductFacts(loop)?.productId).toBe('loop');
    expect(pageProductFacts(null)).toBeUndefined();
    expect(pageProductFacts('not json-ld')).toBeUndefined();
  });
});
