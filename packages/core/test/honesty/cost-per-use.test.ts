import { describe, expect, it } from 'vitest';
import { costPerUse, costPerUseRange, currencyFractionDigits, expectedUsesOf, lifespanRange, type UseFacts } from '../../src/index.js';

describe('expectedUsesOf', () => {
  it.each<[string, UseFacts, ReturnType<typeof expectedUsesOf>]>([
    [
      'explicit total wins over lifespan',
      { expectedUses: 200, lifespanYears: 3, usesPerYear: 100 },
      { uses: 200, basis: 'expectedUses', lifespanYears: 3 },
    ],
    ['lifespan × uses per year', { lifespanYears: 3, usesPerYear: 100 }, { uses: 300, basis: 'lifespan', lifespanYears: 3 }],
    [
      'fractional product rounds DOWN (fewer uses, higher cost)',
      { lifespanYears: 2.5, usesPerYear: 33 },
      { uses: 82, basis: 'lifespan', lifespanYears: 2.5 },
    ],
    [
      'float noise does not lose a use (0.1 × 30 = 3)',
      { lifespanYears: 0.1, usesPerYear: 30 },
      { uses: 3, basis: 'lifespan', lifespanYears: 0.1 },
    ],
    ['fractional explicit total rounds down', { expectedUses: 10.9 }, { uses: 10, basis: 'expectedUses' }],
    ['zero uses', { expectedUses: 0 }, undefined],
    ['negative uses', { expectedUses: -5 }, undefined],
    ['less than one use', { lifespanYears: 0.5, usesPerYear: 1 }, undefined],
    ['lifespan without uses per year', { lifespanYears: 3 }, undefined],
    ['nothing', {}, undefined],
    ['NaN', { expectedUses: Number.NaN }, undefined],
    ['Infinity', { expectedUses: Number.POSITIVE_INFINITY }, undefined],
  ])('%s', (_name, facts, expected) => {
    expect(expectedUsesOf(facts)).toEqual(expected);
  });
});

describe('currencyFractionDigits', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['eur', undefined],
    ['EURO', undefined],
  ])('%s has %s digits', (currency, digits) => expect(currencyFractionDigits(currency)).toBe(digits));
});

describe('costPerUse', () => {
  type Row = [string, UseFacts, { amount: number; approximate: boolean; lessThanMinorUnit?: boolean; fractionDigits?: number } | string];
  it.each<Row>([
    ['divides evenly: exact, no "about"', { price: 90, currency: 'EUR', expectedUses: 300 }, { amount: 0.3, approximate: false }],
    ['89 / 300 = 0.29666… rounds UP to 0.30', { price: 89, currency: 'EUR', expectedUses: 300 }, { amount: 0.3, approximate: true }],
    ['129 / 300 = 0.43', { price: 129, currency: 'EUR', lifespanYears: 3, usesPerYear: 100 }, { amount: 0.43, approximate: false }],
    ['0.4301 never shows as 0.43', { price: 129.03, currency: 'EUR', expectedUses: 300 }, { amount: 0.44, approximate: true }],
    [
      '89.99 float noise (8998.999…) is still 8999 cents',
      { price: 89.99, currency: 'USD', expectedUses: 1 },
      { amount: 89.99, approximate: false },
    ],
    [
      'JPY has no minor unit: 12,000 / 7 → 1,715 (not 1,714.28)',
      { price: 12000, currency: 'JPY', expectedUses: 7 },
      { amount: 1715, approximate: true, fractionDigits: 0 },
    ],
    ['JPY evenly', { price: 12000, currency: 'JPY', expectedUses: 6 }, { amount: 2000, approximate: false, fractionDigits: 0 }],
    [
      'KWD has 3 digits: 10 / 3 → 3.334',
      { price: 10, currency: 'KWD', expectedUses: 3 },
      { amount: 3.334, approximate: true, fractionDigits: 3 },
    ],
    [
      'below one cent: less than 0.01',
      { price: 1, currency: 'EUR', expectedUses: 1000 },
      { amount: 0.01, approximate: true, lessThanMinorUnit: true },
    ],
    [
      'exactly one cent is not "less than"',
      { price: 10, currency: 'EUR', expectedUses: 1000 },
      { amount: 0.01, approximate: false, lessThanMinorUnit: false },
    ],
    [
      'huge price stays exact integer arithmetic',
      { price: 1_000_000_000, currency: 'EUR', expectedUses: 3 },
      { amount: 333_333_333.34, approximate: true },
    ],
    ['huge price, one use', { price: 999_999_999.99, currency: 'USD', expectedUses: 1 }, { amount: 999_999_999.99, approximate: false }],
    ['price 0 is free: no section', { price: 0, currency: 'EUR', expectedUses: 10 }, 'free'],
    ['missing price', { currency: 'EUR', expectedUses: 10 }, 'no-price'],
    ['negative price', { price: -1, currency: 'EUR', expectedUses: 10 }, 'no-price'],
    ['NaN price', { price: Number.NaN, currency: 'EUR', expectedUses: 10 }, 'no-price'],
    ['zero uses', { price: 10, currency: 'EUR', expectedUses: 0 }, 'no-uses'],
    ['missing uses', { price: 10, currency: 'EUR' }, 'no-uses'],
    ['no currency anywhere', { price: 10, expectedUses: 3 }, 'invalid-currency'],
    ['not a currency code', { price: 10, currency: 'euro', expectedUses: 3 }, 'invalid-currency'],
  ])('%s', (_name, facts, expected) => {
    const result = costPerUse(facts);
    if (typeof expected === 'string') {
      expect(result).toEqual({ ok: false, gap: expected });
      return;
    }
    if (!result.ok) throw new Error(`expected a result, got ${result.gap}`);
    expect(result.value).toMatchObject(expected);
    // The invariant: the shown amount is never below the true cost per use.
    expect(result.value.amount).toBeGreaterThanOrEqual(result.value.exact - 1e-12);
  });

  it('uses the fallback (store) currency when the product has none', () => {
    const result = costPerUse({ price: 100, expectedUses: 7 }, 'JPY');
    expect(result.ok && result.value).toMatchObject({ currency: 'JPY', amount: 15 });
  });

  it('never flatters across many random prices and use counts', () => {
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let index = 0; index < 2000; index += 1) {
      const price = Math.round(random() * 1_000_000) / 100;
      const uses = 1 + Math.floor(random() * 5000);
      const result = costPerUse({ price, currency: 'EUR', expectedUses: uses });
      if (!result.ok) continue;
      expect(result.value.amount * uses).toBeGreaterThanOrEqual(price - 1e-6);
      expect(result.value.amount - result.value.exact).toBeLessThan(0.01 + 1e-9);
    }
  });
});

describe('lifespanRange and the cost per use it implies', () => {
  it.each<[string, number[] | undefined, ReturnType<typeof lifespanRange>]>([
    ['lowest to highest', [2, 4, 3, 2.5], { minYears: 2, maxYears: 4, reports: 4 }],
    ['ignores nonsense reports', [2, -1, Number.NaN, 0, 5, 3], { minYears: 2, maxYears: 5, reports: 3 }],
    ['too few reports: no range', [2, 3], undefined],
    ['none', undefined, undefined],
  ])('%s', (_name, years, expected) => expect(lifespanRange(years)).toEqual(expected));

  it('spreads the price over the owners’ shortest and longest lifespans', () => {
    const range = { minYears: 2, maxYears: 4, reports: 5 };
    const result = costPerUseRange({ price: 120, currency: 'EUR', lifespanYears: 3, usesPerYear: 100 }, range);
    expect(result?.high.amount).toBe(0.6); // 120 / 200
    expect(result?.low.amount).toBe(0.3); // 120 / 400
  });
  it('derives uses per year from the merchant’s expected uses and lifespan', () => {
    const result = costPerUseRange(
      { price: 100, currency: 'EUR', expectedUses: 300, lifespanYears: 3 },
      { minYears: 1, maxYears: 2, reports: 3 },
    );
    expect(result?.high.amount).toBe(1);
    expect(result?.low.amount).toBe(0.5);
  });
  it('gives no range without uses per year', () => {
    expect(costPerUseRange({ price: 100, currency: 'EUR', expectedUses: 300 }, { minYears: 1, maxYears: 2, reports: 3 })).toBeUndefined();
  });
});
