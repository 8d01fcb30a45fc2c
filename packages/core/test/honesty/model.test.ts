import { describe, expect, it } from 'vitest';
import {
  assertConfig,
  buildHonestyModel,
  buildHonestyModelWith,
  cleanReviewFacts,
  honestyFactsFromSummary,
  resolveProductFacts,
} from '../../src/index.js';

const config = assertConfig({
  version: 1,
  store: { currency: 'EUR' },
  honesty: { categories: { shoes: { lifespanYears: 3, usesPerYear: 100, useUnit: 'wear' } } },
  products: {
    'boot-1': {
      name: 'Trail boot',
      category: 'shoes',
      price: 129,
      returns: { rate: 0.22, reasons: [{ label: 'runs small', share: 0.6 }] },
      notFor: ['wide feet'],
      alternatives: [
        { kind: 'refurbished', label: 'Certified refurbished', url: '/refurb/boot-1', price: 79 },
        { kind: 'rental', label: 'Rent for a weekend', url: 'https://rent.example/boot-1', partner: true },
      ],
      disclosures: [{ kind: 'affiliate' }],
    },
  },
});
const reviewFacts = {
  cons: [
    { label: 'Runs small', mentions: 14, reviewIds: ['r1'] },
    { label: 'Heavy', mentions: 5 },
    { label: 'Squeaks', mentions: 1 },
  ],
  totalTrusted: 212,
  longTermLifespanYears: [2, 3, 4, 2.5],
};

describe('buildHonestyModel', () => {
  it('fills every section from realistic data', () => {
    const facts = resolveProductFacts('boot-1', config);
    const model = buildHonestyModel({ facts, config, reviewFacts });
    expect(model.sections).toEqual(['costPerUse', 'coolingOff', 'returns', 'notFor', 'alternatives', 'disclosure']);
    expect(model.useUnit).toBe('wear');
    expect(model.costPerUse?.value).toMatchObject({ amount: 0.43, currency: 'EUR', approximate: false });
    expect(model.costPerUse?.owners).toMatchObject({ low: { amount: 0.33 }, high: { amount: 0.65 }, range: { reports: 4 } });
    expect(model.coolingOff).toEqual({ productId: 'boot-1', hours: 48 });
    expect(model.returns).toMatchObject({
      note: { percent: 22, frequent: true },
      themes: [{ label: 'Runs small', mentions: 14 }],
      totalTrusted: 212,
    });
    expect(model.notFor).toMatchObject({ merchant: ['wide feet'], mined: [{ label: 'Runs small' }, { label: 'Heavy' }] });
    expect(model.disclosure).toEqual({ items: [{ kind: 'affiliate' }], partnerAlternatives: true });
  });
  it('matches complaints to return reasons with the matcher it is given (buildHonestyModelWith), the rest unchanged', () => {
    const facts = resolveProductFacts('boot-1', config);
    const seen: unknown[] = [];
    const none = buildHonestyModelWith({ facts, config, reviewFacts }, (reasons, cons) => (seen.push([reasons, cons]), []));
    expect(seen).toEqual([[[{ label: 'runs small', share: 0.6 }], reviewFacts.cons]]);
    expect(none.returns?.themes).toEqual([]);
    expect({ ...none, returns: undefined }).toEqual({ ...buildHonestyModel({ facts, config, reviewFacts }), returns: undefined });
  });
  it('has no sections without data, and no cooling-off without a product id', () => {
    const model = buildHonestyModel({ facts: resolveProductFacts(undefined, config), config });
    expect(model.sections).toEqual([]);
  });
  it('offers no cooling off for a product id nothing is known about (a typo)', () => {
    expect(buildHonestyModel({ facts: resolveProductFacts('boot-l', config), config }).sections).toEqual([]);
  });
  it('respects switched-off sections and the element’s own limit', () => {
    const off = assertConfig({ ...config, honesty: { ...config.honesty, sections: { returns: false } } });
    const facts = resolveProductFacts('boot-1', off);
    expect(buildHonestyModel({ facts, config: off }).sections).not.toContain('returns');
    expect(buildHonestyModel({ facts, config, only: ['costPerUse', 'alternatives'] }).sections).toEqual(['costPerUse', 'alternatives']);
  });
  it('attributes alone are enough', () => {
    const facts = resolveProductFacts('x', assertConfig({ version: 1 }), { attributes: { price: 60, currency: 'USD', expectedUses: 20 } });
    const model = buildHonestyModel({ facts, config: assertConfig({ version: 1 }) });
    expect(model.sections).toEqual(['costPerUse', 'coolingOff']);
    expect(model.costPerUse?.value.amount).toBe(3);
  });
  it('knowing nothing but the cooling-off option, says nothing unless the store asked for it', () => {
    const facts = resolveProductFacts('lamp-1', assertConfig({ version: 1 }), { page: { name: 'Lamp', price: 89 } });
    expect(buildHonestyModel({ facts, config: assertConfig({ version: 1 }) }).sections).toEqual([]);
    const asked = assertConfig({ version: 1, honesty: { sections: { coolingOff: true } } });
    expect(buildHonestyModel({ facts, config: asked }).sections).toEqual(['coolingOff']);
  });
});

describe('cleanReviewFacts', () => {
  it('keeps well-formed themes and drops the rest', () => {
    expect(
      cleanReviewFacts({
        totalTrusted: 10,
        cons: [{ label: ' Heavy ', mentions: 3 }, { label: '', mentions: 2 }, { label: 'x', mentions: 0 }, 'junk'],
        longTermLifespanYears: [1, 'a', -2],
      }),
    ).toEqual({ totalTrusted: 10, cons: [{ label: 'Heavy', mentions: 3 }], longTermLifespanYears: [1] });
    expect(cleanReviewFacts({ cons: [] })).toBeUndefined();
    expect(cleanReviewFacts(null)).toBeUndefined();
  });
});

describe('honestyFactsFromSummary', () => {
  it('keeps how reviews split on a theme, so the panel says both counts; a malformed split is dropped, the theme stays', () => {
    const summary = {
      trustedCount: 331,
      themes: {
        cons: [
          { label: 'Food', key: 'food', mentions: 69, split: { positive: 212, negative: 69 } },
          { label: 'Table', key: 'table', mentions: 26, split: { positive: -1, negative: 26 } },
          { label: 'Menu', key: 'menu', mentions: 13, split: { positive: 19.5, negative: 13 } },
          { label: 'Wait', key: 'wait', mentions: 9, split: 'half' },
        ],
      },
    };
    expect(honestyFactsFromSummary(summary as never)!.cons).toEqual([
      { label: 'Food', mentions: 69, split: { positive: 212, negative: 69 } },
      { label: 'Table', mentions: 26 },
      { label: 'Menu', mentions: 13 },
      { label: 'Wait', mentions: 9 },
    ]);
  });

  it('takes the complaint themes and the trusted count from a review summary', () => {
    const summary = {
      trustedCount: 212,
      themes: { cons: [{ label: 'Runs small', key: 'fit', mentions: 31, reviewIds: ['r1'], quotes: [] }], pros: [] },
    };
    expect(honestyFactsFromSummary(summary, [2, 3, 4])).toEqual({
      cons: [{ label: 'Runs small', mentions: 31, reviewIds: ['r1'] }],
      totalTrusted: 212,
      longTermLifespanYears: [2, 3, 4],
    });
    expect(honestyFactsFromSummary({} as never)).toBeUndefined();
  });

  it("keeps each theme's message key, so the panel can show a category in the page's language", () => {
    const summary = {
      trustedCount: 40,
      themes: {
        cons: [
          { label: 'Fit and size', key: 'fit', labelKey: 'aspect.fit', mentions: 12 },
          { label: 'Lens cap', key: 'lens cap', mentions: 5 },
          { label: 'Other complaints', key: 'other', labelKey: 'other.complaints', mentions: 4 },
        ],
      },
    };
    expect(honestyFactsFromSummary(summary)!.cons).toEqual([
      { label: 'Fit and size', labelKey: 'aspect.fit', mentions: 12 },
      { label: 'Lens cap', mentions: 5 },
      { label: 'Other complaints', labelKey: 'other.complaints', mentions: 4 },
    ]);
    // A key that is not a string is dropped, the label stays (a string key only ever names a message to look up).
    expect(cleanReviewFacts({ totalTrusted: 9, cons: [{ label: 'Fit', labelKey: 7, mentions: 2 }] })!.cons).toEqual([
      { label: 'Fit', mentions: 2 },
    ]);
  });
});
