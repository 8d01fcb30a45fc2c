/**
 * <candor-rating-badge> for pages whose only Candor widgets are rating badges (listing pages,
 * product cards), without Lit: the loader imports this chunk instead of the Lit badge, the config
 * validator and the shared element code when every badge reads its figures from its attributes or
 * from the store's ratings index. It renders the same shadow DOM as the Lit badge (parts, classes,
 * strings in all five languages, the sentence screen readers read, stars that never round up) and
 * adopts the same CSS, so themes, `::part` rules and `--candor-*` properties apply unchanged.
 *
 * - Figures in attributes (`rating`, `count`, `checked-rating`, `checked-count`, `scale`) need no
 *   config and no data request: the loader does not fetch the config for them.
 * - With `product-id`, every badge reads the one ratings index (`reviews.ratings`): one request.
 * - Every badge that changed renders in one batched update (one microtask for the whole page), not
 *   one task per badge; the index's arrival and a language's strings arriving are one update too.
 *   Once a batch has taken BATCH_MS, the badges left (in page order) wait for the next task, so a
 *   long listing never blocks the page for long; until its turn, a badge holds the space the
 *   loader's candor.css reserved for it, so nothing moves when it renders.
 * - The ratings index is read before the badges are defined, so each renders once, with its
 *   figures, not first a loading state and then the figures (twice the DOM, style and layout).
 *
 * The loader hands it the layered store config through `setStoreConfig`, as it does the runtime;
 * only the fields the badge uses are read, each checked, with one console error naming what is
 * wrong (the full validator is on product pages and in `candor check`).
 */
import { floorRating } from '@candor/core';
import { readIndex, type IndexFigures } from '../../elements/src/ratings-index.js';
import { badgeEnglish, badgeLocaleLoaders } from '../../elements/src/rating-badge.strings.js';
import { lazyCatalogue } from '../../elements/src/shared/lazy-messages.js';
import { BADGE_CSS } from '../../elements/src/rating-badge.styles.js';
import { onStarScale, ratingText, STAR, STAR_CSS, starCount, starFill } from '../../elements/src/stars-shape.js';
import { emitCandorEvent, productIdDetail } from '../../elements/src/shared/events.js';
import { fillMessage, messageLookup, type MessageOverrides, type MessageParams } from '../../elements/src/shared/i18n.js';
import { canonicalLocale, catalogueLocaleOf, directionOf, resolveLocale } from '../../elements/src/shared/locale.js';
import { BASE_CSS } from '../../elements/src/shared/theme-css.js';
import { englishRules, type NumberRules } from './badge-numbers.js';
import type { Problem } from './listing-badge-problems.js';

type Json = Record<string, unknown>;

export interface Figures extends IndexFigures {
  small: boolean;
}

/** The badge's part of the widgets' I18n: strings, plurals and numbers, as createI18n gives them. */
interface BadgeI18n {
  locale: string;
  t(key: string, params?: MessageParams): string;
  plural(key: string, count: number, params?: MessageParams): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** What the badge reads from the store config, with the defaults of the full validator. */
interface Settings {
  locale?: string;
  ratings?: string;
  /** reviews.source.summaryUrl: a product the index does not list reads its precomputed summary here. */
  summaryUrl?: string;
  ratingScale: number;
  smallSample: number;
  timeoutMs: number;
  messages: MessageOverrides;
  theme?: CSSStyleSheet;
}

const TAG = 'candor-rating-badge';
/** The other languages' number and plural rules, once loaded with their strings. */
let otherRules: ((locale: string) => NumberRules | undefined) | undefined;
const withRules = (language: keyof typeof badgeLocaleLoaders) => () =>
  Promise.all([
    badgeLocaleLoaders[language](),
    import('./badge-numbers.locales.js').then(
      (module) => (otherRules = module.localeRules),
      // Without them, Intl writes the numbers.
      () => undefined,
    ),
  ]).then(([strings]) => strings);
/** The badge's strings: English here, the other languages' chunks (the Lit badge's) loaded when first needed. */
const badgeLocales = lazyCatalogue(
  { en: badgeEnglish, de: {}, fr: {}, es: {}, ar: {} },
  { de: withRules('de'), fr: withRules('fr'), es: withRules('es'), ar: withRules('ar') },
);
const SVG = 'http://www.w3.org/2000/svg';
/** The attributes whose change renders the badge again; the first five are its figures. */
const FIGURES = ['rating', 'count', 'checked-rating', 'checked-count', 'scale'];
const OBSERVED = [...FIGURES, 'product-id', 'locale'];
/** Sources only the full badge reads: a badge that has one says so instead of showing nothing silently. */
const FULL_ONLY = ['src', 'summary-src', 'format'];
const NO_MESSAGES: MessageOverrides = {};

let settings: Settings = { ratingScale: 5, smallSample: 10, timeoutMs: 5000, messages: NO_MESSAGES };
const badges = new Set<ListingBadge>();
const sheet = new CSSStyleSheet();
sheet.replaceSync(BASE_CSS + STAR_CSS + BADGE_CSS);
/**
 * candor.css's reservation for a badge not yet defined, held from its definition until its first
 * render (a later task for most badges of a long listing). Important, as a page's rule on the
 * host (candor.css's `min-block-size: var(--candor-reserve)`) would otherwise win over `:host`.
 */
const reserve = new CSSStyleSheet();
reserve.replaceSync(
  ':host{min-block-size:var(--candor-reserve,1.3125rem)!important;min-inline-size:var(--candor-reserve-inline,7.875rem)!important}',
);

// --- one batched update for the page ----------------------------------------------------------
const dirty = new Set<ListingBadge>();
let queued = false;
/** Marks badges for the next update; the whole set renders in one microtask. */
function schedule(...which: ListingBadge[]): void {
  which.forEach((badge) => dirty.add(badge));
  if (!queued) queueMicrotask(flush);
  queued = true;
}
/**
 * Rendering time (of the page's clock, so of a throttled CPU's too) after which the badges left
 * wait for a later task: a batch then stays well within a 50 ms task on a phone; 48 badges in view
 * rendered in one task took 120 to 240 ms of CPU at 4x (issue 18).
 */
const BATCH_MS = 12;
function flush(): void {
  queued = false;
  // The store's theme is on its way: the badges render once, in its colours, when it is here.
  if (themeLoading) return;
  const started = performance.now();
  for (const badge of [...dirty]) {
    if (performance.now() - started > BATCH_MS) break;
    dirty.delete(badge);
    badge.update();
  }
  if (dirty.size && !queued) {
    queued = true;
    setTimeout(flush);
  }
}
const scheduleAll = (): void => schedule(...badges);

// --- the store config ---------------------------------------------------------------------------
const isObject = (value: unknown): value is Json => !!value && typeof value == 'object' && !Array.isArray(value);

/**
 * Problems are noted as codes; their sentences are in a chunk of their own, loaded only when there
 * is one to report (a page whose config and badges are right never downloads them). Should that
 * chunk fail to load, the codes are logged as they are, so nothing goes unsaid.
 */
function report(log: (module: typeof import('./listing-badge-problems.js')) => void, problems: Problem[]): void {
  import('./listing-badge-problems.js').then(log, () => console.error(`[candor] ${JSON.stringify(problems)}`));
}

/** The store config's theme, while its CSS (a chunk of its own, for stores that set one) loads: badges wait for it. */
let themeLoading: Promise<void> | undefined;

/**
 * Takes the layered store config (the loader's data-config file, inline JSON, data-locale,
 * configure() calls). Fields the badge does not use are not looked at here.
 */
export function setStoreConfig(config: unknown, source: string): void {
  const problems: Problem[] = [];
  const section = (name: string): Json => {
    const value = isObject(config) ? config[name] : undefined;
    if (value !== undefined && !isObject(value)) problems.push(['object', name, value]);
    return isObject(value) ? value : {};
  };
  const store = section('store');
  const reviews = section('reviews');
  const whole = (path: string, value: unknown, min: number, max: number, fallback: number): number => {
    if (value === undefined) return fallback;
    if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return value as number;
    problems.push(['whole', path, min, max, value, fallback]);
    return fallback;
  };
  const locale = store['locale'];
  if (locale !== undefined && !canonicalLocale(locale as string)) problems.push(['storeLocale', locale]);
  const ratings = reviews['ratings'];
  if (ratings !== undefined && typeof ratings != 'string') problems.push(['ratings', ratings]);
  const messages = section('messages');
  let messagesRight = true;
  for (const [language, strings] of Object.entries(messages)) {
    if (!isObject(strings) || Object.values(strings).some((text) => typeof text != 'string')) {
      problems.push(['messages', language]);
      messagesRight = false;
    }
  }
  const theme = section('theme');
  const loading = (themeLoading = Object.keys(theme).length
    ? import('../../elements/src/shared/config-theme-css.js').then(
        ({ themeCss }) => {
          const text = themeCss(theme);
          // A later config (a configure() call) replaced this one while it loaded: that one's theme counts.
          if (themeLoading !== loading || !text) return;
          (settings.theme = new CSSStyleSheet()).replaceSync(text);
        },
        // The theme is the store's look, not its figures: without its chunk the badges show the default colours.
        () => undefined,
      )
    : undefined);
  // `loading` handles its own rejection above, so this chain has none left to handle.
  void loading?.finally(() => {
    if (themeLoading !== loading) return;
    themeLoading = undefined;
    scheduleAll();
  });
  settings = {
    ...(canonicalLocale(locale as string) ? { locale: locale as string } : {}),
    ...(typeof ratings == 'string' ? { ratings } : {}),
    ...(isObject(reviews['source']) && typeof reviews['source']['summaryUrl'] == 'string'
      ? { summaryUrl: reviews['source']['summaryUrl'] }
      : {}),
    ratingScale: whole('reviews.ratingScale', reviews['ratingScale'], 3, 10, 5),
    smallSample: whole('reviews.smallSample', reviews['smallSample'], 1, 1000, 10),
    timeoutMs: whole(
      'reviews.source.timeoutMs',
      isObject(reviews['source']) ? reviews['source']['timeoutMs'] : undefined,
      500,
      30000,
      5000,
    ),
    messages: messagesRight ? (messages as MessageOverrides) : NO_MESSAGES,
  };
  if (problems.length) report((module) => module.reportConfig(source, problems), problems);
  i18ns.clear();
  scheduleAll();
}

/** The listing badge reads no page JSON-LD; the loader's refresh() calls this on every runtime. */
export function forgetPageJsonLd(): void {}

/** The listing badge has no dev-mode warnings (its problems are console errors, always logged). */
function setDevMode(): void {}

// --- the ratings index: one request for every badge -----------------------------------------------
interface IndexRead {
  /** Settles (never rejects) when the read is over, whatever its outcome. */
  done?: Promise<void>;
  data?: unknown;
  error?: Problem;
  /** The index could not be reached (network, timeout, HTTP error): the badge says "not available". */
  offline?: boolean;
}
const indexes = new Map<string, IndexRead>();

/**
 * The JSON at `url` (the index, or a product's summary), read once for the page; when it arrives
 * every badge updates together. Only
 * an http(s) URL is fetched, a redirect to another origin is refused, and so is a body over 5 MB
 * (the full badge's limits).
 */
function readJson(url: string): IndexRead {
  let read = indexes.get(url);
  if (!read) {
    const entry: IndexRead = (read = {});
    indexes.set(url, entry);
    const target = new URL(url, document.baseURI);
    const fail = (error: Problem, offline?: boolean) => {
      entry.error = error;
      entry.offline = offline;
    };
    // Every failure is caught and recorded on the entry (its problem is what the badges then say),
    // so the chain has no rejection left to handle.
    entry.done = (
      /^https?:$/.test(target.protocol)
        ? fetch(target, {
            credentials: 'same-origin',
            headers: { accept: 'application/json' },
            signal: AbortSignal.timeout(settings.timeoutMs),
          })
            .then(async (response) => {
              if (!response.ok) return fail(['http', url, response.status], true);
              if (response.redirected && new URL(response.url).origin != target.origin)
                return fail(['redirect', url, new URL(response.url).origin]);
              const text = await response.text();
              if (text.length > 5e6) return fail(['large', url]);
              try {
                entry.data = JSON.parse(text);
              } catch {
                fail(['json', url]);
              }
            })
            // After the body handler, so a body cut short (the timeout, the network) is caught too.
            .catch((error: Error) => fail(error.name == 'TimeoutError' ? ['timeout', url, settings.timeoutMs] : ['unreachable', url], true))
        : Promise.resolve(fail(['notHttp', url]))
    ).then(scheduleAll);
  }
  return read;
}

/** Strings and numbers for `requested` with the store's overrides, built once per locale, language load and config. */
const i18ns = new Map<string, BadgeI18n>();
function i18nFor(requested: string): BadgeI18n {
  const catalogue = badgeLocales.catalogue;
  const key = requested + Object.keys(catalogue[catalogueLocaleOf(requested)]).length;
  let i18n = i18ns.get(key);
  if (!i18n) {
    const { locale, lookup } = messageLookup(requested, catalogue, settings.messages);
    // Intl only for a locale or a value these rules do not cover: its first formatter is a long task.
    const rules = englishRules(locale) ?? otherRules?.(locale);
    let plurals: Intl.PluralRules | undefined;
    const formats: Record<string, Intl.NumberFormat> = {};
    const number = (value: number, options: Intl.NumberFormatOptions = {}): string =>
      rules?.number(value, options.maximumFractionDigits ?? 0) ??
      (formats[JSON.stringify(options)] ??= new Intl.NumberFormat(locale, options)).format(value);
    // The badge's counts are whole and not negative (attributeFigures, readIndex, fromSummary check them).
    const category = (count: number): string => rules?.plural(count) ?? (plurals ??= new Intl.PluralRules(locale)).select(count);
    i18ns.set(
      key,
      (i18n = {
        locale,
        number,
        t: (name, params) => fillMessage(lookup(name) ?? name, params),
        plural: (name, count, params) =>
          fillMessage(lookup(`${name}.${category(count)}`) ?? lookup(`${name}.other`) ?? name, { count: number(count), ...params }),
      }),
    );
  }
  return i18n;
}

/**
 * The reader of a product's precomputed summary, a chunk of its own: only a product the ratings
 * index does not list needs it. Loaded with the first summary read; every badge updates when it is
 * in. Null when it failed to load: the badges reading a summary then say "not available".
 */
let summaryReader: Promise<void> | undefined;
let readSummary: typeof import('./listing-badge-summary.js').summaryFigures | null | undefined;

// --- the element ----------------------------------------------------------------------------------
// Every browser that runs the loader has IntersectionObserver (the loader uses it).
const visible = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    visible.unobserve(entry.target);
    (entry.target as ListingBadge).shownNow();
  }
});

let nextSerial = 1;

/** An element in the SVG namespace, or in HTML with `html`. */
function node(tag: string, attributes: Record<string, string | number>, children: (Node | string)[] = [], html = false): Element {
  const element = html ? document.createElement(tag) : document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, `${value}`);
  element.append(...children);
  return element;
}
const span = (attributes: Record<string, string>, ...children: string[]): Element => node('span', attributes, children, true);

/** A row of stars per scale, built once: each badge clones it (cheaper than building its 20-odd nodes again). */
const starRows = new Map<number, Element>();
/** The row of stars: the same SVG the Lit badge draws, aria-hidden. */
function stars(value: number, scale: number): Element {
  scale = starCount(scale);
  let row = starRows.get(scale);
  if (!row) {
    const shapes = () => Array.from({ length: scale }, (_, i) => node('path', { transform: `translate(${i * 24} 0)`, d: STAR }));
    row = node('svg', { part: 'stars', class: 'stars', viewBox: `0 0 ${scale * 24} 24`, 'aria-hidden': 'true', focusable: 'false' }, [
      node('g', { class: 'star-empty' }, shapes()),
      node('svg', { height: 24 }, [node('g', { class: 'star-full' }, shapes())]),
    ]);
    starRows.set(scale, row);
  }
  const copy = row.cloneNode(true) as Element;
  (copy.lastChild as Element).setAttribute('width', `${starFill(value, scale)}`);
  return copy;
}

class ListingBadge extends HTMLElement {
  static observedAttributes = OBSERVED;
  readonly #root: ShadowRoot;
  readonly #serial = nextSerial++;
  #lastReport = '';
  /** The figures the last render showed, as a key, and the key last reported as shown. */
  #armed: string | undefined;
  #emitted: string | undefined;
  #figuresShown: Figures | undefined;
  /** A property only the Lit badge reads (summary, reviews, config), when one was set. */
  unread: string | undefined;

  constructor() {
    super();
    // A shadow root already there (server-rendered, or attachShadows') is reused; a new one holds the badge's space until it renders.
    const server = this.shadowRoot;
    this.#root = server ?? this.attachShadow({ mode: 'open' });
    if (!server) this.#root.adoptedStyleSheets = [reserve];
  }

  connectedCallback(): void {
    // Properties set before the element was defined (a framework's, or a script's) take effect now.
    for (const name of [...Object.keys(PROPERTIES), ...UNREAD]) {
      if (!Object.hasOwn(this, name)) continue;
      const value = (this as unknown as Json)[name];
      delete (this as unknown as Json)[name];
      (this as unknown as Json)[name] = value;
    }
    // A badge added later that reads the index: the store config names it (fetched once).
    // fetchConfig never rejects: a config that cannot be read is one console error and the defaults.
    if (this.matches(NO_FIGURES)) void loader?.fetchConfig();
    badges.add(this);
    this.#armed = undefined;
    schedule(this);
  }

  disconnectedCallback(): void {
    badges.delete(this);
    visible.unobserve(this);
  }

  attributeChangedCallback(): void {
    if (this.isConnected) schedule(this);
  }

  /** A figure attribute as a number (as Lit's Number converter reads it), or undefined when absent. */
  #number(name: string): number | undefined {
    const value = this.getAttribute(name);
    return value === null ? undefined : Number(value);
  }

  /** Renders now; called by the batched update. Whatever goes wrong is logged, never thrown into the page. */
  update(): void {
    const problems: Problem[] = [];
    try {
      this.#render(problems);
    } catch (error) {
      this.#root.replaceChildren();
      problems.push(['unexpected', error instanceof Error ? error.message : String(error)]);
    }
    this.#report(problems);
  }

  #render(problems: Problem[]): void {
    const own = this.getAttribute('locale');
    if (own && !canonicalLocale(own)) problems.push(['locale', own]);
    const i18n = i18nFor(resolveLocale({ attribute: own, config: settings.locale, element: this }));
    const localeReady = badgeLocales.ready(i18n.locale, () => schedule(this));
    if (this.#root.adoptedStyleSheets[0] !== sheet || this.#root.adoptedStyleSheets[1] !== settings.theme)
      this.#root.adoptedStyleSheets = settings.theme ? [sheet, settings.theme] : [sheet];

    const scale = this.#checkedScale(problems);
    const fromAttributes = FIGURES.slice(0, 2).some((name) => this.hasAttribute(name));
    let figures: Figures | undefined;
    let failed: boolean;
    const source =
      FULL_ONLY.find((name) => this.hasAttribute(name)) ??
      (this.querySelector('script') ? 'inline JSON' : this.unread ? `the ${this.unread} property` : '');
    // Only a badge added after Candor chose the listing badge for the page can have one.
    if (source) problems.push(['notRead', source]);
    if (fromAttributes) {
      figures = this.#attributeFigures(scale, problems);
      failed = !figures;
    } else {
      const read = this.#fromIndex(problems);
      if (read === 'none') return this.#root.replaceChildren();
      figures = typeof read == 'object' ? read : undefined;
      failed = read === 'failed';
    }
    if (!localeReady) figures = undefined;
    this.#figuresShown = figures;
    const base = span({ part: 'base', lang: i18n.locale, dir: directionOf(i18n.locale) });
    base.append(...this.#body(i18n, figures, scale, failed && localeReady));
    this.#root.replaceChildren(base);
    this.#arm();
  }

  /** What goes inside `[part=base]`, as the Lit badge renders it. */
  #body(i18n: BadgeI18n, figures: Figures | undefined, scale: number, failed: boolean): Node[] {
    const { t, plural } = i18n;
    if (!figures)
      return [stars(0, scale), span({ part: 'status', class: 'muted', role: 'status' }, t(failed ? 'badge.error' : 'badge.loading'))];
    if (figures.rating === null || figures.count === 0)
      return [stars(0, figures.scale), span({ part: 'status', class: 'muted' }, t('badge.empty'))];
    const { rating, count, checked, checkedCount, scale: on, small } = figures;
    // The checked figure is shown only where it says something the plain one does not.
    const differs = checked !== null && floorRating(checked) !== floorRating(rating);
    const label = [plural('badge.label', count, { rating: ratingText(i18n, rating), scale: on })];
    if (differs) label.push(plural('badge.checked', checkedCount, { rating: ratingText(i18n, checked), scale: on }));
    if (small) label.push(t('badge.smallSample'));
    return [
      stars(...onStarScale(rating, on)),
      span({ part: 'text', 'aria-hidden': 'true' }, `${ratingText(i18n, rating)} (${i18n.number(count)})`),
      ...(differs
        ? [
            span(
              { part: 'checked', class: 'muted', 'aria-hidden': 'true' },
              `· ${t('badge.checkedShort', { rating: ratingText(i18n, checked) })}`,
            ),
          ]
        : []),
      ...(small ? [span({ class: 'muted', 'aria-hidden': 'true' }, `· ${t('badge.smallSample')}`)] : []),
      span({ class: 'visually-hidden' }, label.join('; ')),
    ];
  }

  /** `scale` when it is a whole number from 3 to 10, else the config's, with a problem reported. */
  #checkedScale(problems: Problem[]): number {
    const scale = this.#number('scale');
    if (scale === undefined) return settings.ratingScale;
    if (Number.isInteger(scale) && scale >= 3 && scale <= 10) return scale;
    problems.push(['scale', String(this.getAttribute('scale')), settings.ratingScale]);
    return settings.ratingScale;
  }

  /** The figures of the attributes, or undefined with the reasons in `problems`: the same checks as the Lit badge. */
  #attributeFigures(scale: number, problems: Problem[]): Figures | undefined {
    const [rating, count, checkedRating, checkedCount] = FIGURES.map((name) => this.#number(name));
    const bad = (name: string, value: number | undefined, max: number): Problem | undefined =>
      value !== undefined && !(Number.isFinite(value) && value >= 0 && value <= max) ? ['range', name, value, max] : undefined;
    const issues = [
      bad('rating', rating, scale),
      bad('count', count, 1e9),
      bad('checked-rating', checkedRating, scale),
      bad('checked-count', checkedCount, count ?? 1e9),
      rating !== undefined && count === undefined ? (['needsCount'] as Problem) : undefined,
    ].filter((issue): issue is Problem => issue !== undefined);
    problems.push(...issues);
    if (issues.length) return undefined;
    const total = Math.floor(count ?? 0);
    const checkedTotal = Math.floor(checkedCount ?? total);
    return {
      rating: total ? (rating ?? null) : null,
      count: total,
      checked: checkedRating ?? null,
      checkedCount: checkedTotal,
      scale,
      small: (checkedRating !== undefined ? checkedTotal : total) < settings.smallSample,
    };
  }

  /** The product's figures in the ratings index, or where the read stands. */
  #fromIndex(problems: Problem[]): Figures | 'loading' | 'failed' | 'none' {
    const productId = this.getAttribute('product-id');
    if (!productId) return 'none';
    const url = settings.ratings;
    if (!url) {
      problems.push(['noFigures']);
      return 'none';
    }
    const read = readJson(url);
    if (read.error) {
      problems.push(read.error);
      // A network failure says "not available"; a file that is not an index is the store's to fix.
      return read.offline ? 'failed' : 'none';
    }
    if (!('data' in read)) return 'loading';
    const listed = readIndex(read.data, productId);
    if (Array.isArray(listed)) {
      problems.push(['index', url, productId, ...listed]);
      return 'none';
    }
    if (listed) return { ...listed, small: (listed.checked !== null ? listed.checkedCount : listed.count) < settings.smallSample };
    return this.#fromSummary(productId, url, problems);
  }

  /** A product the index does not list: its precomputed summary at reviews.source.summaryUrl, as the Lit badge reads it. */
  #fromSummary(productId: string, index: string, problems: Problem[]): Figures | 'loading' | 'failed' | 'none' {
    if (!settings.summaryUrl) {
      problems.push(['notListed', index]);
      return 'none';
    }
    summaryReader ??= import('./listing-badge-summary.js')
      .then(
        (module) => void (readSummary = module.summaryFigures),
        () => void (readSummary = null),
      )
      .then(scheduleAll);
    const url = settings.summaryUrl.replace(/\{productId\}/g, encodeURIComponent(productId));
    const read = readJson(url);
    if (read.error) {
      problems.push(read.error);
      return read.offline ? 'failed' : 'none';
    }
    if (!('data' in read) || readSummary === undefined) return 'loading';
    if (!readSummary) return 'failed';
    const figures = readSummary(read.data, settings.smallSample);
    if (!figures) problems.push(['notSummary', url]);
    return figures ?? 'none';
  }

  /** Watches for the badge to come into view with new figures, for `candor-summary-shown`. */
  #arm(): void {
    const figures = this.#figuresShown;
    if (!figures) return;
    const key = `${figures.rating}/${figures.count}/${figures.checked}/${figures.checkedCount}`;
    if (key === this.#armed) return;
    this.#armed = key;
    visible.observe(this);
  }

  /** The badge is in view: reports its figures once per set of figures. */
  shownNow(): void {
    const figures = this.#figuresShown;
    if (!figures || this.#armed === this.#emitted) return;
    this.#emitted = this.#armed;
    emitCandorEvent(this, 'candor-summary-shown', {
      ...productIdDetail(this.getAttribute('product-id')),
      widget: 'badge',
      state: figures.count === 0 ? 'empty' : figures.small ? 'small-sample' : 'loaded',
      total: figures.count,
      trustedCount: figures.checked === null ? figures.count : figures.checkedCount,
    });
  }

  /** The badge's problems as one console error, again only when they change. */
  #report(problems: Problem[]): void {
    const key = JSON.stringify(problems);
    if (key === this.#lastReport) return;
    this.#lastReport = key;
    if (problems.length) report((module) => module.reportBadge(this, this.#serial, problems), problems);
  }
}

/** The Lit badge's properties that map to attributes: set from script, they set the attribute (and read it back). */
const PROPERTIES = Object.fromEntries(
  [...OBSERVED, ...FULL_ONLY].map((attribute) => [attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), attribute]),
);
/** The Lit badge's properties with no attribute: the listing badge does not read them, and says so. */
const UNREAD = ['summary', 'reviews', 'config'];
for (const [property, attribute] of Object.entries(PROPERTIES)) {
  Object.defineProperty(ListingBadge.prototype, property, {
    get(this: ListingBadge) {
      const value = this.getAttribute(attribute);
      return value === null ? undefined : FIGURES.includes(attribute) ? Number(value) : value;
    },
    set(this: ListingBadge, value: unknown) {
      if (value === undefined || value === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
  });
}
for (const property of UNREAD) {
  Object.defineProperty(ListingBadge.prototype, property, {
    get: () => undefined,
    set(this: ListingBadge, value: unknown) {
      this.unread = value === undefined || value === null ? undefined : property;
      if (this.isConnected) schedule(this);
    },
  });
}

// --- the loader's call ------------------------------------------------------------------------------
/** What the loader lends the listing badge: its config handling, and the way to the Lit badge. */
export interface LoaderHooks {
  /** Takes a module that receives the layered store config (now and whenever it changes). */
  adopt(module: { setStoreConfig(config: Json, source: string): unknown; setDevMode(on: boolean): void; forgetPageJsonLd(): void }): void;
  /** Fetches the data-config file once (later calls share it) and applies it. */
  fetchConfig(): Promise<void>;
  /** The config layers merged: the file, inline JSON, data-locale and configure() calls. */
  layers(): Json;
  /** Loads the Lit badge (with the runtime) instead. */
  full(): Promise<unknown>;
}

/**
 * The page's badges get their shadow roots, each holding the badge's reserved space, here, in
 * slices of BATCH_MS, each a task of its own, while the index loads; their upgrade then finds them
 * (as it finds a server-rendered one). Upgrading every badge of the page is one task: with 48
 * badges attaching theirs in it, 37 to 77 ms of CPU at 4x on a loaded machine (issue 18).
 */
async function attachShadows(): Promise<void> {
  const waiting = [...document.querySelectorAll(TAG)].reverse();
  while (waiting.length) {
    await new Promise((resume) => setTimeout(resume));
    const started = performance.now();
    while (waiting.length && performance.now() - started <= BATCH_MS) {
      const badge = waiting.pop()!;
      try {
        if (!badge.shadowRoot) badge.attachShadow({ mode: 'open' }).adoptedStyleSheets = [reserve];
      } catch {
        // A closed shadow root of the page's own: the badge's upgrade says what is wrong.
      }
    }
  }
}

/** A rating badge (or its data-candor host) without figures in attributes: it reads the ratings index. */
const NO_FIGURES = 'candor-rating-badge:not([rating],[count]),[data-candor]:not([data-rating],[data-count])';
let loader: LoaderHooks | undefined;

/**
 * Called by the loader on a page whose widgets are all rating badges with no source of their own.
 * When every badge has its figures in attributes, the badge is defined at once: no config request.
 * Otherwise the config comes first: when it names a ratings index, the listing badge reads it;
 * when it does not, each product's own source is needed, which the Lit badge reads, so the loader
 * loads that instead and this module defines nothing.
 */
export async function start(hooks: LoaderHooks): Promise<unknown> {
  loader = hooks;
  if (document.querySelector(NO_FIGURES)) {
    await hooks.fetchConfig();
    const reviews = hooks.layers()['reviews'];
    if (!(isObject(reviews) && typeof reviews['ratings'] == 'string')) return hooks.full();
  }
  hooks.adopt({ setStoreConfig, setDevMode, forgetPageJsonLd });
  // The badges render once the index is in (or given up), as they wait for the config.
  await Promise.all([settings.ratings && document.querySelector(NO_FIGURES) && readJson(settings.ratings).done, attachShadows()]);
  if (!customElements.get(TAG)) {
    // Their first slice in a task of its own: upgrading every badge of a long listing is one already.
    queued = true;
    customElements.define(TAG, ListingBadge);
    setTimeout(flush);
  }
  return undefined;
}

// The chunk's modules that the theme chunk and the locales' number rules import, exported under
// the module's own names: rollup then gives the loader's import() this module's exports as they
// are, not a namespace object built for it (25 B brotli over the two files).
export { DARK, LIGHT } from '../../elements/src/shared/tokens.js';
export { declarations } from '../../elements/src/shared/theme-css.js';
export { plainDecimal } from './badge-numbers.js';
