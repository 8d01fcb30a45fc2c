/**
 * The number and plural rules of the listing badge's other languages (see badge-numbers.ts), in
 * the locales checked against Intl, loaded with the badge's strings in one of them.
 */
import { plainDecimal, type NumberRules } from './badge-numbers.js';

/**
 * Per decimal sign, group sign and, where a group sign comes only from five digits on (1234,
 * 12.345), "2": the locales that write numbers so. Arabic's ٫ also means Arabic-Indic digits.
 */
const SIGNS: Record<string, string> = {
  '.,': 'es-MX es-US es-419 ar ar-AE',
  ',.': 'de de-DE de-BE de-LU es-AR es-CO es-CL ar-MA ar-DZ ar-TN',
  ',.2': 'es es-ES',
  ',\u202f': 'fr fr-FR fr-BE fr-CH',
  ',\u00a0': 'fr-CA de-AT',
  ".'": 'de-CH de-LI',
  '\u066b\u066c': 'ar-SA ar-EG ar-QA ar-KW ar-JO',
};

/** CLDR's plural category of a whole count in de, fr, es and ar. */
const PLURALS: Record<string, (count: number) => Intl.LDMLPluralRule> = {
  de: (count) => (count == 1 ? 'one' : 'other'),
  fr: (count) => (count < 2 ? 'one' : count % 1e6 ? 'other' : 'many'),
  es: (count) => (count == 1 ? 'one' : count && !(count % 1e6) ? 'many' : 'other'),
  ar: (count) => (count < 3 ? (['zero', 'one', 'two'] as const)[count]! : count % 100 > 10 ? 'many' : count % 100 > 2 ? 'few' : 'other'),
};

/** `value` written with these signs. */
function withSigns(value: number, digits: number, signs: string): string | undefined {
  const [whole, fraction] = (plainDecimal(value, digits)?.split('.') ?? []) as [string?, string?];
  if (whole === undefined) return undefined;
  const grouped = whole.length > (signs[2] ? 4 : 3) ? whole.replace(/\B(?=(\d{3})+$)/g, signs[1]!) : whole;
  const text = fraction ? grouped + signs[0] + fraction : grouped;
  return signs[0] == '\u066b' ? text.replace(/\d/g, (digit) => String.fromCharCode(0x660 + +digit)) : text;
}

/** The rules of a canonical locale tag, or undefined when Intl must write its numbers. */
export function localeRules(locale: string): NumberRules | undefined {
  const signs = Object.keys(SIGNS).find((each) => SIGNS[each]!.split(' ').includes(locale));
  const plural = PLURALS[locale.split('-')[0]!] as NumberRules['plural'] | undefined;
  return signs && plural ? { number: (value, digits) => withSigns(value, digits, signs), plural } : undefined;
}
