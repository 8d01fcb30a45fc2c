/**
 * The listing badge's numbers and plural categories without Intl, in the locales whose output is
 * checked against Chromium's and Node's Intl (test/badge-numbers*.test.ts). The first
 * Intl.NumberFormat or PluralRules of a renderer process makes V8 list ICU's locales: a task of
 * 60 to 220 ms of CPU on a 4x-throttled phone, for badges that write a rating with one decimal
 * and a whole count. English's rules are here; the other languages' (badge-numbers.locales.ts)
 * load with their strings. Any other locale, and any value these rules do not cover, goes to Intl.
 */

/** How a locale writes numbers and picks plural categories. */
export interface NumberRules {
  /** `value` with `digits` decimals as Intl.NumberFormat writes it; undefined where Intl must (see plainDecimal). */
  number(value: number, digits: number): string | undefined;
  /** CLDR's category of a whole count (not negative). */
  plural(count: number): Intl.LDMLPluralRule;
}

/** `value` with `digits` decimals ("1234.5"); undefined when negative, huge, or with more decimals (Intl would round it). */
export function plainDecimal(value: number, digits: number): string | undefined {
  const written = value.toFixed(digits);
  return value >= 0 && value < 1e21 && +written === value ? written : undefined;
}

/** The verified English locales: 1,234.5. */
export const englishRules = (locale: string): NumberRules | undefined =>
  /^en(-(US|GB|CA|AU|IE|NZ))?$/.test(locale)
    ? {
        number: (value, digits) => plainDecimal(value, digits)?.replace(/\B(?=(\d{3})+(?!\d))/g, ','),
        plural: (count) => (count == 1 ? 'one' : 'other'),
      }
    : undefined;
