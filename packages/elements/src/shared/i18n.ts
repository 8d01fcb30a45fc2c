/**
 * Messages and Intl formatting for Candor elements.
 *
 * Each widget ships a catalogue (`defineCatalogue`) with every visible string in en, de, fr, es
 * and ar. Keys are namespaced ("honesty.title"); a plural message is one key per plural category
 * ("honesty.mentions.one", "honesty.mentions.other", and for Arabic also zero/two/few/many), picked
 * with Intl.PluralRules. `{name}` placeholders are filled with already formatted values.
 *
 * A store overrides any string per locale in its config (`messages: { "de": { "honesty.title": "..." } }`);
 * an override for a key no widget knows gets one dev-mode warning (message-checks.ts, loaded only
 * in dev mode). Messages are plain text: the
 * elements render them through Lit text bindings, never as HTML.
 */
import { catalogueLocaleOf, directionOf, languageOf, SUPPORTED_LOCALES, type SupportedLocale, type TextDirection } from './locale.js';

export type Messages = Readonly<Record<string, string>>;
export type Catalogue = { readonly en: Messages } & { readonly [L in Exclude<SupportedLocale, 'en'>]: Messages };
/** The store config's `messages` section: locale -> key -> text. */
export type MessageOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;
export type MessageParams = Readonly<Record<string, string | number>>;

const knownKeys = new Set<string>();
const knownNamespaces = new Set<string>();
/** Every key and namespace of the catalogues defined so far, for the dev-mode override check. */
export const knownMessageKeys: ReadonlySet<string> = knownKeys;
export const knownMessageNamespaces: ReadonlySet<string> = knownNamespaces;

/**
 * Declares a widget's messages. English is the reference: its keys are the known keys; the other
 * locales must cover the same keys (a test checks this for every catalogue).
 */
export function defineCatalogue<const K extends string>(
  en: Record<K, string>,
  others: Record<Exclude<SupportedLocale, 'en'>, Partial<Record<string, string>>>,
): Catalogue {
  const catalogue = { en, ...others } as Catalogue;
  registerCatalogue(catalogue);
  return catalogue;
}

/** Makes a catalogue's keys known to the override check. Idempotent. */
export function registerCatalogue(catalogue: Catalogue): void {
  for (const key of Object.keys(catalogue.en)) {
    knownKeys.add(key);
    knownNamespaces.add(key.split('.')[0]!);
  }
}

/**
 * Adds the English strings that a part of a widget loaded on demand carries (lazyPart in
 * lazy-messages.ts), so a page downloads them only with that part: into the catalogue's English in
 * place (every catalogue a LazyCatalogue makes as its locales load shares it), where every I18n
 * made from it finds them, and known to the override check.
 */
export function addEnglish(catalogue: Catalogue, en: Messages): void {
  Object.assign(catalogue.en, en);
  registerCatalogue(catalogue);
}

/** Merges catalogues (common strings + one widget's strings). */
export function mergeCatalogues(...catalogues: Catalogue[]): Catalogue {
  const merged: Record<string, Record<string, string>> = {};
  for (const locale of SUPPORTED_LOCALES) merged[locale] = Object.assign({}, ...catalogues.map((catalogue) => catalogue[locale]));
  return merged as unknown as Catalogue;
}

/** A kebab-case name as the camelCase part of a message key ("second-hand" -> "secondHand"). */
export const camel = (kebab: string): string => kebab.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

export interface I18n {
  /** The BCP 47 tag used for Intl and for the content's `lang`. */
  readonly locale: string;
  readonly dir: TextDirection;
  /** A message with its placeholders filled; the key itself when no catalogue has it. */
  t(key: string, params?: MessageParams): string;
  /** A plural message: `key.<category>` chosen by Intl.PluralRules for `count` (also available as {count}). */
  plural(key: string, count: number, params?: MessageParams): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A currency amount; `digits` forces the shown fraction digits (cost per use keeps its rounding). */
  currency(amount: number, currency: string, digits?: number): string;
  /** A share from 0 to 1 as a percentage, with the digits given (default whole percent). */
  percent(share: number, digits?: number): string;
  /** "3 hours ago" / "in 45 hours" for a signed number of milliseconds; `round` picks which way to round. */
  relativeTime(ms: number, round?: 'down' | 'up'): string;
  /** A length of time as "48 hours" or "3 years". */
  duration(value: number, unit: 'hour' | 'day' | 'year'): string;
  /** "a, b and c". */
  list(items: readonly string[]): string;
  /** A date (Date, epoch ms or ISO string) with Intl.DateTimeFormat; '' for an invalid date. Default: medium date style. */
  date(value: Date | number | string, options?: Intl.DateTimeFormatOptions): string;
}

/** Picks the formatting locale: the requested one when Candor or the store's overrides speak it, else English. */
export function effectiveLocale(locale: string, overrides?: MessageOverrides): string {
  if ((SUPPORTED_LOCALES as readonly string[]).includes(languageOf(locale))) return locale;
  if (overrides && (overrides[locale] || overrides[languageOf(locale)])) return locale;
  return 'en';
}

const NO_OVERRIDES: MessageOverrides = {};
const cache = new WeakMap<Catalogue, WeakMap<MessageOverrides, Map<string, I18n>>>();

/**
 * The locale that will speak (see effectiveLocale) and a lookup of a message key through the
 * store's overrides and the catalogue, English last. Shared by createI18n and the script-tag
 * listing badge, which formats only numbers and so does not build the other formatters.
 */
export function messageLookup(
  requested: string,
  catalogue: Catalogue,
  overrides?: MessageOverrides,
): { locale: string; lookup: (key: string) => string | undefined } {
  const locale = effectiveLocale(requested, overrides);
  const language = languageOf(locale);
  const layers: Messages[] = [
    overrides?.[locale],
    language !== locale ? overrides?.[language] : undefined,
    catalogue[catalogueLocaleOf(locale)],
  ]
    .concat(language === 'en' ? [] : [overrides?.['en'], catalogue.en])
    .filter((layer): layer is Messages => layer !== undefined);
  const lookup = (key: string): string | undefined => {
    for (const layer of layers) {
      const value = layer[key];
      if (typeof value === 'string') return value;
    }
    return undefined;
  };
  return { locale, lookup };
}

/** Fills `{name}` placeholders; unknown names stay as written. */
export const fillMessage = (template: string, params: MessageParams | undefined): string =>
  params ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match)) : template;

/**
 * The I18n for a locale, catalogue and overrides, shared by every element that asks for the same
 * three (Intl formatters are costly to build; a page with 40 badges builds them once).
 */
export function getI18n(requested: string, catalogue: Catalogue, overrides?: MessageOverrides): I18n {
  let byOverrides = cache.get(catalogue);
  if (!byOverrides) cache.set(catalogue, (byOverrides = new WeakMap()));
  const key = overrides ?? NO_OVERRIDES;
  let byLocale = byOverrides.get(key);
  if (!byLocale) byOverrides.set(key, (byLocale = new Map()));
  let i18n = byLocale.get(requested);
  if (!i18n) byLocale.set(requested, (i18n = createI18n(requested, catalogue, overrides)));
  return i18n;
}

export function createI18n(requested: string, catalogue: Catalogue, overrides?: MessageOverrides): I18n {
  const { locale, lookup } = messageLookup(requested, catalogue, overrides);
  const plurals = new Intl.PluralRules(locale);
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions = {}) => {
    const cacheKey = JSON.stringify(options);
    let format = numberFormats.get(cacheKey);
    if (!format) numberFormats.set(cacheKey, (format = new Intl.NumberFormat(locale, options)));
    return format;
  };
  // Built on first use: the first Intl.RelativeTimeFormat of a page costs 20-35 ms of main thread in
  // Chromium (locale data), and the badge and the summary never format a relative time.
  let relativeFormat: Intl.RelativeTimeFormat | undefined;
  const relative = () => (relativeFormat ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  let listFormat: Intl.ListFormat | null | undefined;
  const lists = () =>
    listFormat === undefined
      ? (listFormat = typeof Intl.ListFormat === 'function' ? new Intl.ListFormat(locale, { type: 'conjunction' }) : null)
      : listFormat;

  const i18n: I18n = {
    locale,
    dir: directionOf(locale),
    t: (key, params) => fillMessage(lookup(key) ?? key, params),
    plural(key, count, params) {
      const category = plurals.select(count);
      const template = lookup(`${key}.${category}`) ?? lookup(`${key}.other`) ?? key;
      return fillMessage(template, { count: i18n.number(count), ...params });
    },
    number: (value, options) => numberFormat(options).format(value),
    currency(amount, currency, digits) {
      try {
        return numberFormat({
          style: 'currency',
          currency,
          ...(digits !== undefined ? { minimumFractionDigits: digits, maximumFractionDigits: digits } : {}),
        }).format(amount);
      } catch {
        return `${numberFormat().format(amount)} ${currency}`;
      }
    },
    percent: (share, digits = 0) =>
      numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share),
    relativeTime(ms, round = 'down') {
      const direction = Math.sign(ms) || -1;
      const abs = Math.abs(ms);
      const step = (size: number) => (round === 'up' ? Math.ceil(abs / size) : Math.floor(abs / size));
      if (abs < 60_000)
        return round === 'up' ? relative().format(direction, 'minute') : (lookup('common.justNow') ?? relative().format(0, 'second'));
      if (abs < 3_600_000) return relative().format(direction * step(60_000), 'minute');
      if (abs <= 172_800_000) return relative().format(direction * step(3_600_000), 'hour');
      return relative().format(direction * step(86_400_000), 'day');
    },
    duration: (value, unit) => numberFormat({ style: 'unit', unit, unitDisplay: 'long' }).format(value),
    list: (items) => lists()?.format(items) ?? items.join(', '),
    date(value, options = { dateStyle: 'medium' }) {
      const date = value instanceof Date ? value : new Date(value);
      if (Number.isNaN(date.getTime())) return '';
      const cacheKey = JSON.stringify(options);
      let format = dateFormats.get(cacheKey);
      if (!format) dateFormats.set(cacheKey, (format = new Intl.DateTimeFormat(locale, options)));
      return format.format(date);
    },
  };
  return i18n;
}
