import { describe, expect, it } from 'vitest';
import { numberAttribute, readFactAttributes, readHeadingLevel, readProductId, readSections } from '../src/honesty-attributes.js';

describe('honesty panel attributes', () => {
  it('reads numbers from attribute text, keeping what was wrong as NaN', () => {
    expect(numberAttribute.fromAttribute(' 89.5 ')).toBe(89.5);
    expect(numberAttribute.fromAttribute('')).toBeUndefined();
    expect(numberAttribute.fromAttribute(null)).toBeUndefined();
    expect(numberAttribute.fromAttribute('12,50')).toBeNaN();
    expect(numberAttribute.toAttribute(3)).toBe('3');
  });

  it('returns the valid facts and one sentence per bad attribute, quoting what the author wrote', () => {
    const problems: string[] = [];
    const written: Record<string, string> = { price: '12,50' };
    const facts = readFactAttributes(
      { price: Number.NaN, currency: 'eur', expectedUses: -3, lifespanYears: 3, usesPerYear: 100, useUnit: 'sip' },
      problems,
      (name) => written[name] ?? null,
    );
    expect(facts).toEqual({ currency: 'EUR', lifespanYears: 3, usesPerYear: 100 });
    expect(problems).toEqual([
      'price="12,50" is not a price such as 89.00 (a dot for decimals, no currency sign); it is ignored.',
      'expected-uses="-3" is not a whole number of uses from 1; it is ignored.',
      'use-unit="sip" is not one of use, wear, wash, day, night, charge, cycle, meal, ride, session, read; it is ignored.',
    ]);
  });

  it('treats null, undefined and "" as not set', () => {
    const problems: string[] = [];
    expect(readFactAttributes({ price: null, currency: '', useUnit: undefined }, problems)).toEqual({});
    expect(readProductId(null, problems)).toBeUndefined();
    expect(readSections('  ', problems)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('checks the product id and names the allowed characters', () => {
    const problems: string[] = [];
    expect(readProductId('sku-1/blue', problems)).toBe('sku-1/blue');
    expect(readProductId('mug 7!', problems)).toBeUndefined();
    expect(problems).toEqual(['product-id="mug 7!" must be letters, digits and . _ : / - (at most 128); it is ignored.']);
  });

  it('reads section names in kebab case, keeps the known ones and lists the valid names', () => {
    const problems: string[] = [];
    expect(readSections('cost-per-use, not-for returns', problems)).toEqual(['costPerUse', 'notFor', 'returns']);
    expect(problems).toEqual([]);
    expect(readSections('costs cooling-off', problems)).toEqual(['coolingOff']);
    expect(problems).toEqual([
      'sections="costs cooling-off" has unknown names; valid: cost-per-use cooling-off returns not-for alternatives disclosure.',
    ]);
  });

  it('clamps nothing silently: a heading level outside 1-6 is reported and 2 is used', () => {
    const problems: string[] = [];
    expect(readHeadingLevel(3, problems)).toBe(3);
    expect(readHeadingLevel(9, problems)).toBe(2);
    expect(readHeadingLevel(2.5, problems)).toBe(2);
    expect(problems).toEqual([
      'heading-level="9" must be a whole number from 1 to 6; using 2.',
      'heading-level="2.5" must be a whole number from 1 to 6; using 2.',
    ]);
  });
});
