/**
 * Candor's script-tag loader: the only file a page loads up front. It is hand-written, has no
 * dependencies and stays under 3 KB brotli (a budget test fails the run otherwise). Everything
 * else (Lit, the config validator, each widget) is a lazy chunk that loads only when its widget
 * is on the page:
 *
 *   <script type="module" src=".../candor@1.0.0/candor.js" data-config="/candor.json"></script>
 *
 * What it does, in order:
 * - finds its own script tag (module scripts have no document.currentScript) and reads the
 *   loader options from its data-* attributes: config, locale, load, dev, vitals;
 * - if another copy already runs on the page, it stays inert (one registration, one dev warning);
 * - sets window.Candor = { version, configure, refresh } and nothing else global, taking over the
 *   calls queued in a `{ q: [] }` stub;
 * - in a task of its own after that (see the end of start), adopts the rules of candor.css as a
 *   constructable stylesheet, reserving space for widgets
 *   (no inline style attributes, so it works under `style-src 'self'`); pages that link
 *   candor.css have them from the first paint;
 * - discovers mount points (candor-* tags and data-candor="<widget>" hosts) now and later through
 *   one MutationObserver, and loads each widget's chunk eagerly, when idle, or when it is about to
 *   become visible (the default); removed mount points are let go;
 * - when a widget is due, loads the way to the Lit widgets (widget-path.ts), which asks for all
 *   the chunks the widget needs at once (modulepreload links), so they arrive in one round trip
 *   instead of one per level of imports;
 * - on a page whose widgets are all rating badges reading their attributes or the store's ratings
 *   index, loads the listing badge (listing-badge.ts: one chunk, no Lit, no config validator)
 *   instead, which fetches no config when every badge has its figures in its attributes.
 */

// The same rules ship as candor.css for a render-blocking <link>; adopted here when it is missing.
import RESERVE_CSS from './candor.css?text';

import type { Warning } from './dev-warnings.js';
import type { LoaderError } from './loader-errors.js';
import type { Runtime } from './widget-path.js';

/** Replaced by the build with @candor/embed's version. */
declare const __CANDOR_VERSION__: string;

type Json = Record<string, unknown>;
type Strategy = 'eager' | 'idle' | 'visible';

/** The public API on window.Candor: exactly these three members. */
export interface CandorApi {
  readonly version: string;
  /** Merges a store config (the shape of candor.json, or a part of it) over the current one. */
  configure(config: Json): void;
  /** Scans again for mount points (optionally inside a shadow root, which is then watched too) and forgets the page's cached JSON-LD. */
  refresh(root?: ParentNode): void;
}

const VERSION = __CANDOR_VERSION__;

const PREFIX = '[candor] ';
/** The widgets; host-mount.ts holds the attributes each documents (widget-attributes.ts). */
const NAMES = ['honesty-panel', 'review-summary', 'rating-badge'];
const SELECTOR = NAMES.map((name) => `candor-${name}`).join() + ',[data-candor]';
const STRATEGIES: readonly string[] = ['eager', 'idle', 'visible'];

/**
 * On the page, any widget but a rating badge that reads its attributes or the ratings index (one
 * with a source of its own, or with neither figures nor a product id, which reads the page's
 * JSON-LD): one that needs the full widgets. Without one, the page is a listing page and gets the
 * listing badge.
 */
const NOT_LISTING =
  'candor-honesty-panel,candor-review-summary,candor-rating-badge:is([src],[summary-src],:has(script),:not([rating],[count],[product-id])),[data-candor]:not([data-candor=rating-badge]),[data-candor]:is([data-src],[data-summary-src],:not([data-rating],[data-count],[data-product-id]))';

const isObject = (value: unknown): value is Json => !!value && typeof value == 'object' && !Array.isArray(value);

/** Deep merge of plain objects; arrays and scalars from `over` replace. */
function merge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const key of Object.keys(over)) {
    if (key == '__proto__') continue;
    out[key] = isObject(base[key]) && isObject(over[key]) ? merge(base[key] as Json, over[key] as Json) : over[key];
  }
  return out;
}

const win = window as unknown as { Candor?: Partial<CandorApi> & { q?: unknown[] } };
const existing = win.Candor;
const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((tag) => tag.src == import.meta.url);
const options = script?.dataset ?? {};
const dev = options.dev != null && options.dev != 'false';
/**
 * A dev-mode warning, by code: its sentence comes from a chunk loaded for it (dev-warnings.ts), so
 * pages without data-dev never download the sentences; should that chunk not load, the code is
 * logged with its details.
 */
const warn = (code: Warning, ...details: string[]): void => {
  if (dev)
    import('./dev-warnings.js').then(
      (module) => console.warn(PREFIX + module.warningText(code, details)),
      () => console.warn(PREFIX + [code, ...details].join(' ')),
    );
};
/** One console error, always shown: something the store must fix, or a widget that could not load. */
const logError = (message: string): void => console.error(PREFIX + message);
/**
 * One console error, by code: its sentence comes from a chunk loaded for it (loader-errors.ts),
 * so pages where nothing goes wrong never download the sentences; should that chunk not load, the
 * code is logged with its details. Settles (never rejects) once the error is logged.
 */
const report = (code: LoaderError, ...details: unknown[]): Promise<undefined> =>
  import('./loader-errors.js').then(
    (module) => void logError(module.errorText(code, details)),
    () => void logError([code, ...details].join(' ')),
  );

/**
 * The store config file as a JSON object, or undefined after one console error saying why (logged
 * before it settles): no answer within 10 s, an HTTP error, a redirect to another origin, or a
 * body that is not an object.
 */
function readConfig(url: string): Promise<Json | undefined> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 10_000);
  return fetch(url, { signal: abort.signal })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const from = new URL(response.url).origin;
      if (response.redirected && from != new URL(url, location.href).origin) throw new Error(`redirected to ${from}`);
      return response.json();
    })
    .then(
      (json: unknown) => (isObject(json) ? json : report('configNotObject', url, json)),
      (error: unknown) => report('config', url, abort.signal.aborted ? 'no answer within 10 s' : error),
    )
    .finally(() => clearTimeout(timer));
}

if (existing?.version) {
  // Another copy (same or another version) already runs this page: its registrations stand, and
  // this copy loads nothing, so there is one Lit, one registration and no error. Its store config
  // is not lost: it goes to the copy that runs, as a configure() call.
  // Said here, not through warn(): this copy downloads nothing.
  if (dev)
    console.warn(
      PREFIX +
        `Candor ${VERSION} (${import.meta.url}) is loaded a second time; Candor ${existing.version} already runs this page, so this copy loads nothing${options.config ? ` and hands it its data-config` : ''}. Load the script once.`,
    );
  // readConfig never rejects (a failure is one console error and undefined), and configure() answers
  // bad input with a warning, so this chain has no rejection to handle.
  if (options.config) void readConfig(options.config).then((json) => json && existing.configure?.(json));
} else {
  start(Array.isArray(existing?.q) ? existing.q : []);
}

function start(queue: unknown[]): void {
  const configUrl = options.config;
  let strategy = (options.load ?? 'visible') as Strategy;
  if (!STRATEGIES.includes(strategy)) {
    warn('load', strategy, '', 'visible');
    strategy = 'visible';
  }

  // Config layers, lowest first: the data-config file, inline JSON, data-locale, configure() calls.
  let fileConfig: Json | undefined;
  let inline: Json = {};
  let calls: Json = {};
  const locale: Json = options.locale ? { store: { locale: options.locale } } : {};
  const runtimes: Runtime[] = [];
  let configLoaded: Promise<void> | undefined;
  let track: ((element: Element) => void) | undefined;
  const requested = new Set<string>();
  const seen = new WeakSet<Element>();

  /** Hands the merged config to the elements (validated there; an invalid one logs once and is not applied). */
  const layers = (): Json => [inline, locale, calls].reduce(merge, fileConfig ?? { version: 1 });
  const apply = (): void => {
    const layered = layers();
    if (fileConfig || Object.keys(layered).length > 1)
      runtimes.forEach((runtime) => runtime.setStoreConfig(layered, configUrl ?? 'Candor config'));
  };

  const configure = (config: unknown): void => {
    if (isObject(config)) {
      calls = merge(calls, config);
      apply();
    } else warn('configure');
  };

  // Fetched with the first widget (never on a page without one). Widgets wait for it, showing
  // their fallback in the reserved space, until it is applied or given up (at most 10 s), so they
  // render once with the right settings: a config applied after they rendered re-rendered them
  // into another size, a layout shift.
  const fetchConfig = (): Promise<void> =>
    (configLoaded ??= configUrl
      ? readConfig(configUrl).then((json) => {
          fileConfig = json;
          apply();
        })
      : Promise.resolve());

  /** Hands the config to a newly loaded runtime or listing badge. */
  const adopt = (module: Runtime): void => {
    runtimes.push(module);
    module.setDevMode(dev);
    apply();
  };

  const load = (name: string): void => {
    if (requested.has(name)) return;
    requested.add(name);
    const tag = `candor-${name}`;
    // Defined by the app's own npm copy (or another library): use that, download nothing.
    if (customElements.get(tag)) return warn('defined', tag, VERSION);
    // The way to the Lit widgets is a chunk of its own (widget-path.ts) that a page whose only
    // widgets are rating badges never downloads; so is the reason a widget could not load.
    const full = (): Promise<unknown> =>
      import('./widget-path.js').then((module) => module.loadWidget(name, { adopt, fetchConfig, layers, script }));
    (name == 'rating-badge' && !document.querySelector(NOT_LISTING)
      ? import('./listing-badge.js').then((module) => module.start({ adopt, fetchConfig, layers, full }))
      : full()
    ).catch((error: unknown) =>
      import('./load-failure.js').then(
        (module) => module.reportFailure(name, error, logError),
        // Not even that chunk loads: the browser's error is all there is to say.
        () => logError(`<candor-${name}> could not load: ${error}.`),
      ),
    );
  };

  // Every browser that can parse this file (it uses ?. and ??) has IntersectionObserver.
  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        io.unobserve(entry.target);
        load(entry.target.localName.slice(7));
      }
    },
    // Start a little before the widget scrolls in, so it is usually ready when seen.
    { rootMargin: '300px' },
  );

  const idle = (callback: () => void): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(callback, { timeout: 3000 });
    else setTimeout(callback, 300);
  };

  /**
   * A `data-candor` host (for CMSs that strip unknown tags): the real element goes inside it, by
   * host-mount.ts, a chunk loaded by the first such host.
   */
  const mount = (host: Element): void => {
    import('./host-mount.js').then(
      (module) => {
        const element = module.mount(host, host.getAttribute('data-candor') ?? '', warn);
        if (element) found(element);
      },
      (error: unknown) => report('host', host.localName, error),
    );
  };

  /** One mount point; whatever goes wrong with it is reported and never stops the others. */
  const found = (element: Element): void => {
    try {
      discover(element);
    } catch (error) {
      void report('mountPoint', element.localName, error);
    }
  };

  const discover = (element: Element): void => {
    if (seen.has(element) || !element.isConnected) return;
    seen.add(element);
    const name = element.localName.startsWith('candor-') ? element.localName.slice(7) : undefined;
    if (!name || !NAMES.includes(name)) return mount(element);
    track?.(element);
    if (requested.has(name)) return;
    let how = element.getAttribute('data-load') ?? strategy;
    if (!STRATEGIES.includes(how)) {
      warn('load', how, ` on <${element.localName}>`, strategy);
      how = strategy;
    }
    if (how == 'eager') load(name);
    else if (how == 'idle') idle(() => load(name));
    else io.observe(element);
  };

  /** Calls `callback` on `root` and each mount point inside it (elements, documents and fragments have them; text nodes do not). */
  const each = (root: Node, callback: (element: Element) => void): void => {
    if ((root as Partial<Element>).matches?.(SELECTOR)) callback(root as Element);
    if ('querySelectorAll' in root) (root as ParentNode).querySelectorAll(SELECTOR).forEach(callback);
  };

  /** A removed mount point: stop watching it; if it comes back, it is picked up again. */
  const release = (element: Element): void => {
    if (element.isConnected) return;
    io.unobserve(element);
    seen.delete(element);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.removedNodes.forEach((node) => each(node, release));
      record.addedNodes.forEach((node) => each(node, found));
    }
  });
  const watch = (root: Node): void => observer.observe(root, { childList: true, subtree: true });

  const api: CandorApi = Object.freeze({
    version: VERSION,
    configure,
    refresh(root: ParentNode = document): void {
      runtimes.forEach((runtime) => runtime.forgetPageJsonLd());
      if (root instanceof ShadowRoot) watch(root);
      each(root, found);
    },
  });
  win.Candor = api;
  queue.forEach(configure);

  const init = (): void => {
    if ('adoptedStyleSheets' in document) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(RESERVE_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    // JSON in <script type="application/json" data-candor-config> is data, never executed, so
    // strict CSP pages can configure Candor inline.
    document.querySelectorAll('script[data-candor-config]').forEach((element) => {
      try {
        // An element's textContent is a string (null only on documents and doctypes).
        const json: unknown = JSON.parse(element.textContent!);
        if (isObject(json)) inline = merge(inline, json);
      } catch (error) {
        void report('inlineConfig', error);
      }
    });
    apply();
    watch(document);
    each(document, found);
    if (options.vitals != null) {
      import('./vitals.js').then(
        (module) => {
          track = module.track;
          module.startVitals(options.vitals == 'all', SELECTOR);
        },
        (reason: unknown) => report('vitals', reason),
      );
    }
  };
  // In a task of its own: the module runs in the HTML parser's last task (the one that fires
  // DOMContentLoaded), which can also hold the page's own first style and layout, a long task
  // without Candor; the reserve sheet (a style invalidation), the inline config and the scan (an
  // observer per widget) would add to it.
  const later = (): unknown => setTimeout(init);
  if (document.readyState != 'loading') later();
  else document.addEventListener('DOMContentLoaded', later);
}
