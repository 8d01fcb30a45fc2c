/**
 * Hydration of widgets rendered on the server (`candor render`, or Lit SSR in a framework).
 *
 * Import this module before anything else that loads Lit (it installs Lit's hydration support,
 * which must be there when LitElement is first evaluated), then call `hydrateCandor`:
 *
 *   import { hydrateCandor } from '@candor/elements/hydrate.js';
 *   await hydrateCandor({ config: storeConfigJson });
 *
 * The server marks each widget `defer-hydration`, so none renders on the client before this has
 * applied the same store config and loaded the widgets' locales; each then takes over the
 * server's DOM as it is (no re-render, no layout shift) and becomes interactive.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './honesty-panel.define.js';
import './rating-badge.define.js';
import './review-summary.define.js';
import { preloadLocale } from './preload.js';
import { setStoreConfig } from './shared/store-config.js';

export const HYDRATED_TAGS = ['candor-rating-badge', 'candor-review-summary', 'candor-honesty-panel'] as const;

export interface HydrateOptions {
  /** The store config the server rendered with (parsed candor.json); applied before any widget hydrates. */
  config?: unknown;
  /** Where to look for server-rendered widgets (default: the document). */
  root?: ParentNode;
}

/** Hydrates every server-rendered Candor widget under `root`; resolves when all have rendered. */
export async function hydrateCandor(options: HydrateOptions = {}): Promise<void> {
  if (options.config !== undefined) setStoreConfig(options.config);
  const root = options.root ?? document;
  const waiting = [...root.querySelectorAll<HTMLElement>(HYDRATED_TAGS.map((tag) => `${tag}[defer-hydration]`).join(', '))];
  const locales = new Set(waiting.map((element) => element.getAttribute('locale') ?? document.documentElement.lang ?? 'en'));
  await Promise.all([...locales].map((locale) => preloadLocale(locale || 'en')));
  for (const element of waiting) {
    // The badge and the summary read their inline summary themselves; the panel is handed it here
    // (the script-tag bundle's panel does not carry that reader).
    if (element.localName === 'candor-honesty-panel') {
      givePanelItsSummary(element as HTMLElement & { summary?: unknown });
      // Its first render repeats the server's cooling-off state; the shopper's storage is read after it.
      (element as HTMLElement & { storageUnread?: boolean }).storageUnread = true;
    }
    element.removeAttribute('defer-hydration');
  }
  // An element whose tag is not defined yet has no updateComplete: there is nothing to wait for.
  await Promise.all(
    waiting.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()),
  );
}

/** The summary `candor render` wrote into a panel as inline JSON, set as its property. */
function givePanelItsSummary(panel: HTMLElement & { summary?: unknown }): void {
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
