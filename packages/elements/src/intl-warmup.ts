/**
 * The first Intl formatter of each kind a renderer process builds is costly: V8 lists ICU's
 * locales for it, once per process (on a 2-core machine about 25 ms of CPU for the first
 * NumberFormat, 3-14 ms for RelativeTimeFormat; four times that on a phone-like 4x-throttled CPU).
 * That list is shared by every thread of the process, so a Worker can pay for it: the
 * engine-worker chunk builds these formatters as it starts, then says `{ ready: true }` and is
 * closed. The widgets' renders then find them built, and the page's main thread never ran it.
 * Where no Worker can start (the bundle on another origin than the page, a CSP or Trusted Types
 * refusing it), they are built on the main thread, each in a task of its own, while the config
 * and the widget chunks are on their way: built inside a widget's first render, they made that
 * render one long task.
 */
import { candorPolicy } from './shared/trusted-types.js';

/** What the widgets' first renders build (rating and count formats, "2 months ago", lists of checks). */
export const INTL_KINDS = ['NumberFormat', 'RelativeTimeFormat', 'ListFormat'] as const;

/** Builds one formatter of each kind here; a browser without one (Safari before 14.1 has no ListFormat) is not an error. */
export function buildIntlFormatters(kinds: readonly string[] = INTL_KINDS): void {
  for (const kind of kinds) {
    try {
      new (Intl as unknown as Record<string, new () => unknown>)[kind]!();
    } catch {
      // Unsupported here: nothing to build, and nothing to tell the shopper's console.
    }
  }
}

/** At most this long the widgets wait for the Worker: past it, a first render builds what it needs itself. */
const WAIT_MS = 3000;
let warming: Promise<void> | undefined;

/**
 * Once per page: the formatters built in a Worker where one starts, else on the main thread, one
 * task per kind (also when `inWorker` is false: the loader says so under a nonce-based CSP, whose
 * `script-src` would refuse the Worker with a violation report). Resolves when they are built (or after WAIT_MS): the loader holds the widgets'
 * first render until then, as it holds it for the config. A render that came first would wait
 * for the Worker inside V8 anyway (the list is built once, and the other threads wait for it), or
 * build it itself on a CPU four times slower than the Worker's on a phone-like profile.
 */
export function warmIntl(inWorker = true): Promise<void> {
  return (warming ??= new Promise<void>((done) => {
    const timer = setTimeout(done, WAIT_MS);
    const finish = (): void => {
      clearTimeout(timer);
      done();
    };
    const onMainThread = (): void =>
      INTL_KINDS.forEach((kind, index) =>
        setTimeout(() => {
          buildIntlFormatters([kind]);
          if (index == INTL_KINDS.length - 1) finish();
        }),
      );
    try {
      const url = new URL('./engine-worker.js', import.meta.url).href;
      if (!inWorker || new URL(url).origin !== location.origin || typeof Worker === 'undefined') return onMainThread();
      const policy = candorPolicy();
      const worker = new Worker((policy ? policy.createScriptURL(url) : url) as string, { type: 'module', name: 'candor-intl' });
      worker.onmessage = () => {
        worker.terminate();
        finish();
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        onMainThread();
      };
    } catch {
      onMainThread();
    }
  }));
}
