/**
 * What a widget loads on demand: catalogues whose other languages load on demand, and (lazyPart,
 * below) parts of a widget's code. A widget's English strings ship with its code;
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

/**
 * A part of a widget whose code loads when the shopper is about to need it (the summary's content
 * behind "Show the full summary", the panel's sections below the fold), not with the widget: a
 * dynamic import, which the script-tag bundle makes a chunk of its own. Until it has arrived the
 * widget renders nothing in its place (a section never says anything before its code and data).
 *
 * One per part and page. `load()` starts the import once (again after a failure, so a later press
 * can retry) and tells every waiting caller; `loaded` is the module once it is there. A server
 * render and the hydration of one load every part first (preloadLocale, hydrateElement), so they
 * render what the server rendered. Here, beside the catalogues, in a module both widgets and the
 * runtime share: a module of its own was a chunk of its own in the script-tag bundle.
 */
export interface LazyPart<T> {
  /** The module once it has loaded; undefined before, and after a failed load. */
  readonly loaded: T | undefined;
  /** True while the import runs. */
  readonly loading: boolean;
  /** Starts the import if it is not there or on the way; resolves with the module, rejects when it did not load. */
  load(): Promise<T>;
  /** Called by the part's module when it runs: imported by someone else (the script-tag loader), it is here from then on. */
  provide(module: T): void;
}

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    get loading() {
      return pending !== undefined && loaded === undefined;
    },
    provide(module) {
      loaded = module;
    },
    load() {
      if (loaded !== undefined) return Promise.resolve(loaded);
      return (pending ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      ));
    },
  };
}
