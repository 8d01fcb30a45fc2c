/**
 * Catalogues whose other languages load on demand. A widget's English strings ship with its code;
 * each other locale is a separate module fetched through a dynamic import the first time an
 * element needs it, so a page downloads only the language it speaks (in the script-tag bundle
 * each locale becomes its own small chunk). Until the locale has arrived the widget shows its
 * loading state; if it cannot arrive, English is used and the widget still works.
 *
 * Usage in a widget (additive to CandorElement; `static catalogue` stays the single source):
 *   const locales = lazyCatalogue(base, { de: () => import('./x.messages.de.js'), ... });
 *   // in prepare(): if (!locales.ready(this.i18n.locale, () => { X.catalogue = locales.catalogue; this.requestUpdate(); })) show loading
 */
import type { Catalogue, Messages } from './i18n.js';
import { catalogueLocaleOf, type SupportedLocale } from './locale.js';

export type OtherLocale = Exclude<SupportedLocale, 'en'>;
export type LocaleLoaders = Record<OtherLocale, () => Promise<{ messages: Partial<Record<string, string>> }>>;

export interface LazyCatalogue {
  /** The catalogue with every locale loaded so far; a new object after each load. */
  readonly catalogue: Catalogue;
  /**
   * True when `locale`'s strings are in `catalogue`. Otherwise starts loading them (once per page)
   * and calls `onReady` when they are there (or when loading failed and English stands in).
   */
  ready(locale: string, onReady: () => void): boolean;
}

export function lazyCatalogue(base: Catalogue, loaders: LocaleLoaders): LazyCatalogue {
  let catalogue = base;
  const settled = new Set<SupportedLocale>(['en']);
  const waiting = new Map<OtherLocale, (() => void)[]>();
  return {
    get catalogue() {
      return catalogue;
    },
    ready(locale, onReady) {
      const language = catalogueLocaleOf(locale);
      if (settled.has(language)) return true;
      const other = language as OtherLocale;
      let callbacks = waiting.get(other);
      if (!callbacks) {
        waiting.set(other, (callbacks = []));
        const finish = (messages: Partial<Record<string, string>> | undefined) => {
          if (messages) catalogue = { ...catalogue, [other]: { ...catalogue[other], ...(messages as Messages) } };
          settled.add(other);
          waiting.delete(other);
          for (const callback of callbacks!) callback();
        };
        loaders[other]().then(
          (module) => finish(module.messages),
          () => finish(undefined),
        );
      }
      callbacks.push(onReady);
      return false;
    },
  };
}

/** Loads `locale`'s strings now (server rendering, hydration): resolves once `catalogue` has them, or English stands in. */
export const loadLocale = (lazy: LazyCatalogue, locale: string): Promise<void> =>
  new Promise((resolve) => lazy.ready(locale, resolve) && resolve());
