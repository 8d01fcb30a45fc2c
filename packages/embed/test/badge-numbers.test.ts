/**
 * The listing badge's numbers and plural categories without Intl (src/badge-numbers*.ts) write what
 * Node's Intl writes in every verified locale; headless Chromium's Intl is the target, checked in
 * badge-numbers.browser.test.ts with the same cases.
 */
import { describe, expect, it } from 'vitest';
import { plainDecimal } from '../src/badge-numbers.js';
import { COUNTS, differences, LEFT_TO_INTL, RATINGS, rulesOf, VERIFIED } from './support/badge-number-cases.js';

describe('the listing badge writes numbers and picks plurals as Intl does (Node)', () => {
  it.each(VERIFIED)('%s', (locale) => {
    expect(differences(locale)).toEqual([]);
  });

  it('covers many values', () => {
    expect(COUNTS.length).toBeGreaterThan(300);
    expect(RATINGS).toContain(4.7);
    expect(RATINGS).toContain(5);
  });

  it('leaves every other locale to Intl', () => {
    for (const locale of LEFT_TO_INTL) expect(rulesOf(locale), locale).toBeUndefined();
  });

  it('leaves to Intl a value it would have to round, a negative or a huge one', () => {
    expect(plainDecimal(4.76, 1)).toBeUndefined();
    expect(plainDecimal(0.1 + 0.2, 1)).toBeUndefined();
    expect(plainDecimal(2.5, 0)).toBeUndefined();
    expect(plainDecimal(-1, 0)).toBeUndefined();
    expect(plainDecimal(1e21, 0)).toBeUndefined();
    expect(plainDecimal(Number.NaN, 0)).toBeUndefined();
    expect(plainDecimal(4.7, 1)).toBe('4.7');
  });

  it('control: a rule written wrong is caught (French with a plain space, Spanish grouping 1234)', () => {
    const french = rulesOf('fr')!;
    const wrong = (value: number) => french.number(value, 0)?.replace(/\u202f/g, ' ');
    expect(wrong(1234)).not.toBe(new Intl.NumberFormat('fr').format(1234));
    expect(rulesOf('es')!.number(1234, 0)).toBe('1234');
    expect(rulesOf('es')!.number(1234, 0)?.replace(/^1/, '1.')).not.toBe(new Intl.NumberFormat('es').format(1234));
  });
});
