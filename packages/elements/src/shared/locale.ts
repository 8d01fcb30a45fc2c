/**
 * Which locale an element speaks, and in which direction it writes.
 * Order: the element's `locale` attribute > the store config's `store.locale` > the closest
 * `lang` attribute (crossing shadow roots) > `<html lang>` > "en". A tag that Intl cannot read
 * is skipped, so one bad value never breaks the element.
 */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Languages written right to left. */
export const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ckb', 'dv', 'ug'] as const;

export type TextDirection = 'ltr' | 'rtl';

/** The canonical form of a language tag, or undefined when it is not one. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The `lang` in effect at an element: its own or its closest ancestor's, crossing shadow boundaries. */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const lang = withLang.getAttribute('lang');
      if (lang) return lang;
      // lang="" means "unknown": keep looking further out.
      node = withLang.parentElement ?? hostOf(withLang);
      continue;
    }
    node = hostOf(node);
  }
  return undefined;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
}

export interface LocaleSources {
  attribute?: string | null | undefined;
  config?: string | null | undefined;
  element?: Element | undefined;
}

export function resolveLocale({ attribute, config, element }: LocaleSources): string {
  return (
    canonicalLocale(attribute) ??
    canonicalLocale(config) ??
    (element ? canonicalLocale(closestLang(element)) : undefined) ??
    (typeof document !== 'undefined' ? canonicalLocale(document.documentElement.getAttribute('lang')) : undefined) ??
    'en'
  );
}

export function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

export function directionOf(locale: string): TextDirection {
  return (RTL_LANGUAGES as readonly string[]).includes(languageOf(locale)) ? 'rtl' : 'ltr';
}

/** The catalogue to use for a locale: its language when Candor ships it, else English. */
export function catalogueLocaleOf(locale: string): SupportedLocale {
  const language = languageOf(locale);
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}
