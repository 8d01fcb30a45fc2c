/**
 * The listing badge's hand-written numbers and plural categories (src/badge-numbers*.ts) against
 * the Intl of the runtime the test runs in: Node's in badge-numbers.test.ts, headless Chromium's
 * (the target) in badge-numbers.browser.test.ts. Every verified locale, over counts and ratings
 * a badge shows, and the values where grouping, plural and digit rules turn.
 */
import { englishRules, type NumberRules } from '../../src/badge-numbers.js';
import { localeRules } from '../../src/badge-numbers.locales.js';

/** Every locale the rules write; the test fails when one is added without being listed here. */
export const VERIFIED = [
  ...['en', 'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IE', 'en-NZ'],
  ...['de', 'de-DE', 'de-BE', 'de-LU', 'de-AT', 'de-CH', 'de-LI'],
  ...['fr', 'fr-FR', 'fr-BE', 'fr-CH', 'fr-CA'],
  ...['es', 'es-ES', 'es-MX', 'es-US', 'es-419', 'es-AR', 'es-CO', 'es-CL'],
  ...['ar', 'ar-AE', 'ar-MA', 'ar-DZ', 'ar-TN', 'ar-SA', 'ar-EG', 'ar-QA', 'ar-KW', 'ar-JO'],
];
/** Locales of the five languages the rules leave to Intl (they write numbers otherwise, or were not checked). */
export const LEFT_TO_INTL = ['en-IN', 'en-ZA', 'en-DE', 'de-IT', 'fr-LU', 'es-PR', 'ar-IQ', 'ar-SA-u-nu-latn', 'it', 'pt-BR'];

const turns = [0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 19, 20, 21, 99, 100, 101, 102, 103, 110, 111, 199, 200, 999, 1000, 1001, 1234, 9999];
/** Counts: small ones one by one (every plural turn), then the places where grouping and plural rules turn. */
export const COUNTS = [
  ...Array.from({ length: 250 }, (_, i) => i),
  ...turns.map((n) => n * 1000),
  ...[10000, 12345, 99999, 100000, 123456, 999999, 1000000, 1000001, 1234567, 2000000, 10000000, 12345678, 123456789, 1e9],
  ...Array.from({ length: 60 }, (_, i) => Math.floor(1.37 ** i)),
];
/** Ratings as the badge writes them: cut to one decimal, 0.0 to 10.0 (scales up to 10) and a 100-point scale's. */
export const RATINGS = [...Array.from({ length: 101 }, (_, i) => Math.floor(i + 1e-9) / 10), ...[12.3, 99.9, 100, 1234.5, 12345.6]];

export const rulesOf = (locale: string): NumberRules | undefined => englishRules(locale) ?? localeRules(locale);

/** Every difference between the rules and Intl in `locale`, as "what: rules vs Intl" lines. */
export function differences(locale: string): string[] {
  const rules = rulesOf(locale);
  if (!rules) return [`${locale}: no rules`];
  const found: string[] = [];
  const count = new Intl.NumberFormat(locale);
  const rating = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const plurals = new Intl.PluralRules(locale);
  for (const value of COUNTS) {
    const ours = rules.number(value, 0);
    if (ours !== count.format(value)) found.push(`${locale} count ${value}: ${ours} vs ${count.format(value)}`);
    if (rules.plural(value) !== plurals.select(value))
      found.push(`${locale} plural ${value}: ${rules.plural(value)} vs ${plurals.select(value)}`);
  }
  for (const value of RATINGS) {
    const ours = rules.number(value, 1);
    if (ours !== rating.format(value)) found.push(`${locale} rating ${value}: ${ours} vs ${rating.format(value)}`);
  }
  return found;
}
