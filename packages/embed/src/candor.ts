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
 * - adopts the rules of candor.css as a constructable stylesheet, reserving space for widgets
 *   (no inline style attributes, so it works under `style-src 'self'`); pages that link
 *   candor.css have them from the first paint;
 * - discovers mount points (candor-* tags and data-candor="<widget>" hosts) now and later through
 *   one MutationObserver, and loads each widget's chunk eagerly, when idle, or when it is about to
 *   become visible (the default); removed mount points are let go;
 * - when a widget is due, asks for all the chunks it needs at once (modulepreload links), so it
 *   arrives in one round trip instead of one per level of imports;
 * - on a page whose widgets are all rating badges reading their attributes or the store's ratings
 *   index, loads the listing badge (listing-badge.ts: one chunk, no Lit, no config validator)
 *   instead, which fetches no config when every badge has its figures in its attributes.
 */

// The same rules ship as candor.css for a render-blocking <link>; adopted here when it is missing.
import RESERVE_CSS from './candor.css?text';
// The attribute names each widget documents: the only data-* names a host's are copied from.
import { WIDGET_ATTRIBUTES } from '../../elements/src/widget-attributes.js';

/** Replaced by the build with @candor/embed's version. */
declare const __CANDOR_VERSION__: string;
/**
 * Replaced by the build (after minifying) with the chunks each widget needs before it can run:
 * the widget's chunk and its static imports, transitively, as space-separated names (the file
 * `candor-<name>.js` beside this loader); under "" those of the runtime.
 */
declare const __CANDOR_CHUNKS__: Record<string, string>;

type Json = Record<string, unknown>;
type Strategy = 'eager' | 'idle' | 'visible';
/** What takes the store config: the runtime (product pages) and the listing badge, each once loaded. */
type Runtime = Pick<typeof import('./runtime.js'), 'setDevMode' | 'forgetPageJsonLd'> & {
  setStoreConfig(config: Json, source: string): unknown;
};

/** The public API on window.Candor: exactly these three members. */
export interface CandorApi {
  readonly version: string;
  /** Merges a store config (the shape of candor.json, or a part of it) over the current one. */
  configure(config: Json): void;
  /** Scans again for mount points (optionally inside a shadow root, which is then watched too) and forgets the page's cached JSON-LD. */
  refresh(root?: ParentNode): void;
}

const VERSION = __CANDOR_VERSION__;
const CHUNKS = __CANDOR_CHUNKS__;

/** Every widget and the chunk that defines its tag; nothing else is ever imported for a widget. */
const WIDGETS: Record<string, () => Promise<unknown>> = {
  'honesty-panel': () => import('@candor/elements/honesty-panel.js'),
  'review-summary': () => import('@candor/elements/review-summary.js'),
  'rating-badge': () => import('@candor/elements/rating-badge.js'),
};

const PREFIX = '[candor] ';
const NAMES = Object.keys(WIDGETS);
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
const warn = (message: string): void => {
  if (dev) console.warn(PREFIX + message);
};
/** One console error, always shown: something the store must fix, or a widget that could not load. */
const logError = (message: string): void => console.error(PREFIX + message);

/**
 * The store config file as a JSON object, or undefined after one console error saying why: no
 * answer within 10 s, an HTTP error, a redirect to another origin, or a body that is not an object.
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
    .then((json: unknown) => {
      if (isObject(json)) return json;
      throw new Error(`not a JSON object: found ${json === null ? 'null' : Array.isArray(json) ? 'a list' : typeof json}`);
    })
    .catch((error: unknown) => {
      logError(
        `could not load the store config ${url} (${abort.signal.aborted ? 'no answer within 10 s' : error}); widgets use their defaults.`,
      );
      return undefined;
    })
    .finally(() => clearTimeout(timer));
}

if (existing?.version) {
  // Another copy (same or another version) already runs this page: its registrations stand, and
  // this copy loads nothing, so there is one Lit, one registration and no error. Its store config
  // is not lost: it goes to the copy that runs, as a configure() call.
  warn(
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
    warn(`data-load="${strategy}" is not one of ${STRATEGIES.join(', ')}; using "visible".`);
    strategy = 'visible';
  }

  // Config layers, lowest first: the data-config file, inline JSON, data-locale, configure() calls.
  let fileConfig: Json | undefined;
  let inline: Json = {};
  let calls: Json = {};
  const locale: Json = options.locale ? { store: { locale: options.locale } } : {};
  const runtimes: Runtime[] = [];
  let ready: Promise<void> | undefined;
  let configLoaded: Promise<void> | undefined;
  let track: ((element: Element) => void) | undefined;
  const requested = new Set<string>();
  const seen = new WeakSet<Element>();

  /** A chunk's URL: every chunk lies beside the loader under a flat name, as a Shopify theme's assets/ requires. */
  const chunkUrl = (name: string): string => new URL(`candor-${name}.js`, import.meta.url).href;

  const preloaded = new Set<string>();
  /**
   * Asks for every chunk `key` needs at once, as <link rel="modulepreload"> (fetched and parsed,
   * not run): without it the browser finds a chunk's imports only after the chunk arrives, one
   * round trip per level (loader, runtime, widget, Lit, ...), and the widget chunk itself waits
   * for the config. A browser without modulepreload ignores the links and imports as before.
   */
  const preload = (key: string): void => {
    for (const name of (CHUNKS[key] ?? '').split(' ')) {
      if (!name || preloaded.has(name)) continue;
      preloaded.add(name);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      // As the loader's own tag asks: the nonce of a nonce-based CSP (which import() inherits but
      // a new element does not), credentials and referrer policy.
      if (script) {
        link.nonce = script.nonce;
        link.crossOrigin = script.crossOrigin;
        link.referrerPolicy = script.referrerPolicy;
      }
      link.href = chunkUrl(name);
      (document.head ?? document.documentElement).append(link);
    }
  };

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
    } else warn('Candor.configure() takes an object in the shape of candor.json.');
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

  const prepare = (): Promise<void> => {
    if (!ready) {
      preload('');
      const config = fetchConfig();
      ready = import('./runtime.js').then((module) => {
        adopt(module);
        // The widgets' first renders take turns, and they wait for their Intl formatters as for the config: built off the main thread
        // where a Worker can start (see intl-warmup.ts), while the widget chunks are on their way.
        // Not under a nonce-based CSP: a Worker has no nonce, and the refusal would be reported.
        return Promise.all([config, module.prepareFirstRenders(!script?.nonce)]).then(() => undefined);
      });
    }
    return ready;
  };

  const load = (name: string): void => {
    if (requested.has(name)) return;
    requested.add(name);
    const tag = `candor-${name}`;
    // Defined by the app's own npm copy (or another library): use that, download nothing.
    if (customElements.get(tag)) return warn(`<${tag}> is already defined on this page; Candor ${VERSION} uses that definition.`);
    const full = (): Promise<unknown> => (preload(name), prepare().then(WIDGETS[name]));
    (name == 'rating-badge' && !document.querySelector(NOT_LISTING)
      ? import('./listing-badge.js').then((module) => module.start({ adopt, fetchConfig, layers, full }))
      : full()
    ).catch(failed(name));
  };

  /**
   * One console error saying why <candor-`name`> could not load: the first of its chunks (and
   * the runtime's) the server refuses, by URL and HTTP status (the
   * browser's error names only the module it imported, never the status, nor a missing import of
   * it); else the browser's error, with the Trusted Types advice only when that error is about
   * Trusted Types.
   */
  const failed =
    (name: string) =>
    (error: unknown): Promise<void> =>
      Promise.all(
        `${CHUNKS['']} ${CHUNKS[name]}`
          .split(' ')
          .filter(Boolean)
          .map((chunk) =>
            fetch(chunkUrl(chunk), { method: 'HEAD' }).then(
              (response) => (response.ok ? '' : `${response.url} answered HTTP ${response.status}`),
              () => '',
            ),
          ),
      ).then((refused) =>
        logError(
          `<candor-${name}> could not load: ${refused.find(Boolean) ?? error}${/Trusted/.test(String(error)) ? `; allow Candor's Trusted Types policy: "trusted-types candor"` : ''}.`,
        ),
      );

  const io =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              io!.unobserve(entry.target);
              load(entry.target.localName.slice(7));
            }
          },
          // Start a little before the widget scrolls in, so it is usually ready when seen.
          { rootMargin: '300px' },
        )
      : undefined;

  const idle = (callback: () => void): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(callback, { timeout: 3000 });
    else setTimeout(callback, 300);
  };

  /**
   * A `data-candor` host (for CMSs that strip unknown tags): the real element goes inside it, with
   * the host's `data-<name>` copied as `<name>` for the names the widget documents, and nothing
   * else: a `data-onfocus` or `data-style` (which sanitisers keep) never becomes a handler or a
   * style attribute. Dev mode names what was left out.
   */
  const mount = (host: Element, name: string): void => {
    if (!NAMES.includes(name)) return warn(`data-candor="${name}" is not a Candor widget; use one of: ${NAMES.join(', ')}.`);
    const tag = `candor-${name}`;
    let element = host.querySelector(`:scope>${tag}`);
    if (!element) {
      element = document.createElement(tag);
      const documented: readonly string[] = WIDGET_ATTRIBUTES[name as keyof typeof WIDGET_ATTRIBUTES];
      const ignored: string[] = [];
      for (const { name: attribute, value } of host.attributes) {
        if (!attribute.startsWith('data-') || attribute == 'data-candor') continue;
        if (attribute == 'data-load') element.setAttribute(attribute, value);
        else if (documented.includes(attribute.slice(5))) element.setAttribute(attribute.slice(5), value);
        else ignored.push(attribute);
      }
      if (ignored.length)
        warn(`data-candor="${name}": ignored ${ignored.join(', ')}; <${tag}> takes only data-${documented.join(', data-')} and data-load.`);
      // The host's fallback content stays visible inside the element until the widget renders.
      element.append(...host.childNodes);
      host.append(element);
    }
    found(element);
  };

  /** One mount point; whatever goes wrong with it is reported and never stops the others. */
  const found = (element: Element): void => {
    try {
      discover(element);
    } catch (error) {
      logError(`<${element.localName}> could not be set up (${error}); the other widgets are not affected.`);
    }
  };

  const discover = (element: Element): void => {
    if (seen.has(element) || !element.isConnected) return;
    seen.add(element);
    const name = element.localName.startsWith('candor-') ? element.localName.slice(7) : undefined;
    if (!name || !NAMES.includes(name)) return mount(element, element.getAttribute('data-candor') ?? '');
    track?.(element);
    if (requested.has(name)) return;
    let how = element.getAttribute('data-load') ?? strategy;
    if (!STRATEGIES.includes(how)) {
      warn(`data-load="${how}" on <${element.localName}> is not one of ${STRATEGIES.join(', ')}; using "${strategy}".`);
      how = strategy;
    }
    if (how == 'eager' || !io) load(name);
    else if (how == 'idle') idle(() => load(name));
    else io.observe(element);
  };

  const each = (root: Node, callback: (element: Element) => void): void => {
    if (root instanceof Element && root.matches(SELECTOR)) callback(root);
    if (root instanceof Element || root instanceof DocumentFragment || root instanceof Document)
      root.querySelectorAll(SELECTOR).forEach(callback);
  };

  /** A removed mount point: stop watching it; if it comes back, it is picked up again. */
  const release = (element: Element): void => {
    if (element.isConnected) return;
    io?.unobserve(element);
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
        const json: unknown = JSON.parse(element.textContent ?? '');
        if (isObject(json)) inline = merge(inline, json);
      } catch (error) {
        logError(`the inline <script data-candor-config> is not valid JSON (${error}).`);
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
        (reason: unknown) => logError(`data-vitals: ${reason}`),
      );
    }
  };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', init, { once: true });
  else init();
}
