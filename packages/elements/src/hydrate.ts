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
import { readyToHydrate, renderedLocale } from './hydrate-element.js';
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
  const locales = new Set(waiting.map(renderedLocale));
  await Promise.all([...locales].map((locale) => preloadLocale(locale)));
  for (const element of waiting) {
    readyToHydrate(element);
    element.removeAttribute('defer-hydration');
  }
  // An element whose tag is not defined yet has no updateComplete: there is nothing to wait for.
  await Promise.all(
    waiting.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()),
  );
}
