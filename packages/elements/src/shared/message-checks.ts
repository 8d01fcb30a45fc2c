/**
 * The dev-mode check of a store's message overrides: one warning per key that no Candor widget
 * knows (a typo such as "summary.titel" would otherwise change nothing, silently). It only ever
 * warns, and only in dev mode, so <candor-*> elements import this module only when dev mode is on
 * and the config has overrides: production pages never download it.
 */
import { knownMessageKeys, knownMessageNamespaces, type MessageOverrides } from './i18n.js';
import type { LazyPart } from './lazy-messages.js';
import { devWarn } from './log.js';

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Namespaces of every Candor widget, so an override in an unknown namespace is caught too. */
export const MESSAGE_NAMESPACES = ['common', 'honesty', 'summary', 'badge'] as const;

/**
 * The label keys of the review engine's category themes and "Other ..." lines, read as
 * `summary.theme.<key>` and `honesty.theme.<key>`. No English catalogue lists them (English shows
 * the engine's own label), so they are known here; a test holds this list to the engine's categories.
 */
export const THEME_LABEL_KEYS = [
  'aspect.fit',
  'aspect.quality',
  'aspect.comfort',
  'aspect.battery',
  'aspect.value',
  'aspect.shipping',
  'aspect.packaging',
  'aspect.ease',
  'aspect.look',
  'aspect.sound',
  'aspect.service',
  'other.complaints',
  'other.praise',
] as const;

/** True when `key` is a message some widget knows, or another plural category of a plural one (English has .one and .other). */
export function isKnownMessageKey(key: string): boolean {
  if (knownMessageKeys.has(key)) return true;
  const theme = /^(?:summary|honesty)\.theme\.(.+)$/.exec(key);
  if (theme && (THEME_LABEL_KEYS as readonly string[]).includes(theme[1]!)) return true;
  const dot = key.lastIndexOf('.');
  const category = key.slice(dot + 1);
  return (
    dot > 0 &&
    (PLURAL_CATEGORIES as readonly string[]).includes(category) &&
    knownMessageKeys.has(`${key.slice(0, dot)}.other`) &&
    knownMessageKeys.has(`${key.slice(0, dot)}.one`)
  );
}

/** The keys of `overrides` that no widget on this page knows, each with its locale. */
function unknownKeys(overrides: MessageOverrides | undefined): [locale: string, key: string][] {
  const unknown: [string, string][] = [];
  for (const [locale, messages] of Object.entries(overrides ?? {})) {
    for (const key of Object.keys(messages)) {
      const namespace = key.split('.')[0]!;
      const judged = knownMessageNamespaces.has(namespace) || !(MESSAGE_NAMESPACES as readonly string[]).includes(namespace);
      if (judged && !isKnownMessageKey(key)) unknown.push([locale, key]);
    }
  }
  return unknown;
}

/**
 * The parts of the Candor widgets defined on this page that load on demand (their `lazyParts`):
 * each carries the English strings it shows, so its keys are known only once it has loaded.
 */
function loadOnDemandParts(): Promise<unknown> {
  if (typeof customElements === 'undefined') return Promise.resolve();
  const parts = ['candor-honesty-panel', 'candor-review-summary'].flatMap(
    (tag) => (customElements.get(tag) as { lazyParts?: readonly LazyPart<unknown>[] } | undefined)?.lazyParts ?? [],
  );
  return Promise.all(parts.map((part) => part.load().catch(() => undefined)));
}

/**
 * One dev-mode warning per unknown override key, resolving with them (`locale:key`). Keys of a
 * namespace whose widget is not loaded on this page are not judged (that widget will judge them);
 * unknown namespaces always are. A key not known yet may belong to a part of a widget that loads on
 * demand: those parts load first (in dev mode only, and only then), and the keys are judged again.
 */
export async function checkMessageOverrides(overrides: MessageOverrides | undefined): Promise<string[]> {
  if (unknownKeys(overrides).length > 0) await loadOnDemandParts();
  return unknownKeys(overrides).map(([locale, key]) => {
    devWarn(
      `unknown-message:${locale}:${key}`,
      `config messages.${locale}["${key}"] is not a message key Candor knows, so it changes nothing. ` +
        `Keys look like "honesty.title"; the full list is in each widget's *.messages.ts and the README.`,
    );
    return `${locale}:${key}`;
  });
}
