/**
 * The loader's way to the Lit widgets: a chunk of its own, loaded with the first widget that needs
 * the full elements (a product page's), so a page whose only widgets are rating badges (a listing
 * page, which loads the Lit-free listing badge) never downloads it. It asks for all the chunks a
 * widget needs at once, loads the runtime (Lit, the config validator) and hands it the store config.
 */

/**
 * Replaced by the build (after minifying) with the chunks each widget needs before it can run:
 * the widget's chunk and its static imports, transitively, as space-separated names (the file
 * `candor-<name>.js` beside this chunk); under "" those of the runtime; under "<widget>.near"
 * those of the widget's near part (see loadWidget) besides the widget's; under "config" those of
 * the config validator (see prepare).
 */
declare const __CANDOR_CHUNKS__: Record<string, string>;

type Json = Record<string, unknown>;
/** What takes the store config once loaded: the runtime here, the listing badge in the loader. */
export type Runtime = Pick<typeof import('./runtime.js'), 'setDevMode' | 'forgetPageJsonLd'> & {
  setStoreConfig(config: Json, source: string): unknown;
};
type LitRuntime = Runtime & Pick<typeof import('./runtime.js'), 'configApplied' | 'prepareFirstRenders'>;

/** What the loader lends this chunk. */
export interface WidgetPathHooks {
  /** The loader's own script tag, whose nonce, credentials and referrer policy the preloads copy. */
  script: HTMLScriptElement | undefined;
  /** Fetches the data-config file once (later calls share it) and applies it. */
  fetchConfig(): Promise<void>;
  /** Hands the store config (now and whenever it changes) and dev mode to a loaded runtime. */
  adopt(module: Runtime): void;
  /** The config layers given so far besides the data-config file: inline JSON, data-locale, configure() calls. */
  layers(): Json;
}

/** Also read by load-failure.ts, which checks these chunks when a widget could not load. */
export const CHUNKS = __CANDOR_CHUNKS__;

/** Every widget and the chunk that defines its tag; nothing else is ever imported for a widget. */
const WIDGETS: Record<string, () => Promise<unknown>> = {
  'honesty-panel': () => import('@candor/elements/honesty-panel.js'),
  'review-summary': () => import('@candor/elements/review-summary.js'),
  'rating-badge': () => import('@candor/elements/rating-badge.js'),
};

/**
 * True when a <candor-`name`> on the page starts less than a screen below the viewport, as the
 * panel's own observer counts it (one above it, on a page opened scrolled down, counts too).
 */
const near = (name: string): boolean =>
  [...document.querySelectorAll(`candor-${name}`)].some((element) => element.getBoundingClientRect().top < 2 * innerHeight);

/**
 * The widget with a near part: a part loaded on demand that it needs as soon as it is within a
 * screen of the viewport (the panel's sections below its first two; chunks "<widget>.near").
 */
const NEAR = 'honesty-panel';
/** Resolves once the near part, if asked for, has run (or failed): every widget is defined after it. */
let nearPart: Promise<unknown> | undefined;

/** A chunk's URL: every chunk lies beside this one under a flat name, as a Shopify theme's assets/ requires. */
export const chunkUrl = (name: string): string => new URL(`candor-${name}.js`, import.meta.url).href;

const preloaded = new Set<string>();
/**
 * Asks for every chunk `key` needs at once, as <link rel="modulepreload"> (fetched and parsed,
 * not run): without it the browser finds a chunk's imports only after the chunk arrives, one
 * round trip per level (runtime, widget, Lit, ...), and the widget chunk itself waits for the
 * config. A browser without modulepreload ignores the links and imports as before.
 */
function preload(key: string, script: HTMLScriptElement | undefined): void {
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
    // One link a task: appending one starts its request, 5 to 10 ms of a 4x-throttled phone's
    // CPU, and a widget's links appended together made one task of 50 to 100 ms.
    setTimeout(() => (document.head ?? document.documentElement).append(link));
  }
}

let ready: Promise<void> | undefined;
/**
 * The runtime, loaded once for the page, with the config applied and the first renders prepared.
 * A page that hands Candor a config (a data-config file, inline JSON, data-locale or configure()
 * calls) also needs the validator's chunk: asked for with the runtime's, so it costs no round trip.
 */
function prepare({ script, fetchConfig, adopt, layers }: WidgetPathHooks): Promise<void> {
  if (!ready) {
    preload('', script);
    if (script?.dataset.config != null || Object.keys(layers()).length > 1) preload('config', script);
    const config = fetchConfig();
    ready = import('./runtime.js').then((module: LitRuntime) => {
      adopt(module);
      // The widgets' first renders take turns, and they wait for their Intl formatters as for the config: built off the main thread
      // where a Worker can start (see intl-warmup.ts), while the widget chunks are on their way.
      // Not under a nonce-based CSP: a Worker has no nonce, and the refusal would be reported.
      return Promise.all([config.then(module.configApplied), module.prepareFirstRenders(!script?.nonce)]).then(() => undefined);
    });
  }
  return ready;
}

/**
 * Loads the Lit widget `name` with everything it needs; rejects when a chunk of the widget's cannot
 * load. First, whichever widget is asked for, when the widget with a near part is in view: its
 * chunks and the part's, the part run before that widget is defined and before any other is, so
 * its first render has it and no widget below it paints before it has its size (arriving later,
 * the part grew it and moved the widgets below). A part that does not load is left to the widget,
 * which asks for it again when it comes near.
 */
export function loadWidget(name: string, hooks: WidgetPathHooks): Promise<unknown> {
  preload(name, hooks.script);
  const ready = prepare(hooks);
  if (!nearPart && near(NEAR)) {
    const part = `${NEAR}.near`;
    preload(NEAR, hooks.script);
    preload(part, hooks.script);
    // Its chunk (first in the list) imports the widget's: one module graph, run at once. By URL,
    // which the bundler leaves alone: an import it could follow would split the widget's chunk.
    nearPart = ready.then(() => import(chunkUrl(CHUNKS[part]!.split(' ')[0]!))).catch(() => undefined);
  }
  return ready.then(() => nearPart).then(WIDGETS[name]);
}
