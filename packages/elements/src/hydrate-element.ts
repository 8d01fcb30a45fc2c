/**
 * One server-rendered widget (`candor render`, or Lit SSR in a framework) made ready and handed to
 * Lit's hydration: its `defer-hydration` is removed only once its first client render can repeat
 * the server's exactly. Used by `hydrateCandor` (npm) and by the script-tag loader, which hydrates
 * each widget when it is scrolled near or first used. Its tag must be defined, with Lit's
 * hydration support installed, before this is called.
 */
import type { LazyCatalogue, LazyPart } from './shared/lazy-messages.js';

/** The language a server-rendered widget was written in (`candor render` always writes `locale`). */
export const renderedLocale = (element: Element): string =>
  element.getAttribute('locale') || element.ownerDocument.documentElement.lang || 'en';

/**
 * Loads the widget's strings in its language and the parts of it that load on demand (the server
 * rendered them: the first client render must too, see shared/lazy-messages.ts), readies it, and lets
 * Lit take over the server's DOM.
 */
export async function hydrateElement(element: HTMLElement): Promise<void> {
  const widget = customElements.get(element.localName) as { locales?: LazyCatalogue; lazyParts?: readonly LazyPart<unknown>[] } | undefined;
  // As loadLocale does, without importing it: the script-tag bundle's hydration chunk then shares
  // nothing with the widgets' chunks but Lit, and ordinary pages keep their files as they are.
  const locales = widget?.locales;
  await Promise.all([
    locales && new Promise<void>((resolve) => locales.ready(renderedLocale(element), resolve) && resolve()),
    // A part that does not load leaves its place empty where the server's HTML had it; Lit then
    // renders the widget afresh (see late-hydrate-support.ts) rather than keep a dead copy.
    ...(widget?.lazyParts ?? []).map((part) => part.load().catch(() => undefined)),
  ]);
  readyToHydrate(element);
  element.removeAttribute('defer-hydration');
}

/**
 * What a widget needs besides its strings: the panel is handed the summary `candor render` wrote
 * into it as inline JSON (the badge and the summary read theirs themselves; the script-tag
 * bundle's panel does not carry that reader), and its first render repeats the server's
 * cooling-off state, the shopper's storage being read after it.
 */
export function readyToHydrate(element: HTMLElement): void {
  if (element.localName !== 'candor-honesty-panel') return;
  const panel = element as HTMLElement & { summary?: unknown; storageUnread?: boolean };
  panel.storageUnread = true;
  const script = panel.querySelector(':scope > script[type="application/json"]');
  if (!script || panel.summary !== undefined) return;
  try {
    panel.summary = JSON.parse(script.textContent ?? '');
  } catch {
    console.error(
      `[candor] <candor-honesty-panel product-id="${panel.getAttribute('product-id') ?? ''}">: its inline <script type="application/json"> is not valid JSON; it is ignored.`,
    );
  }
}
