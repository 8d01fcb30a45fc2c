/**
 * The dev-mode check of a store's message overrides: one warning per key that no Candor widget
 * knows (a typo such as "summary.titel" would otherwise change nothing, silently). It only ever
 * warns, and only in dev mode, so <candor-*> elements import this module only when dev mode is on
 * and the config has overrides: production pages never download it.
 */
import { knownMessageKeys, knownMessageNamespaces, type MessageOverrides } from './i18n.js';
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

/**
 * One dev-mode warning per unknown override key. Keys of a namespace whose widget is not loaded
 * on this page are not judged (that widget will judge them); unknown namespaces always are.
 */
export function checkMessageOverrides(overrides: MessageOverrides | undefined): string[] {
  const unknown: string[] = [];
  for (const [locale, messages] of Object.entries(overrides ?? {})) {
    for (const key of Object.keys(messages)) {
      const namespace = key.split('.')[0]!;
      const judged = knownMessageNamespaces.has(namespace) || !(MESSAGE_NAMESPACES as readonly string[]).includes(namespace);
      if (!judged || isKnownMessageKey(key)) continue;
      unknown.push(`${locale}:${key}`);
      devWarn(
        `unknown-message:${locale}:${key}`,
        `config messages.${locale}["${key}"] is not a message key Candor knows, so it changes nothing. ` +
          `Keys look like "honesty.title"; the full list is in each widget's *.messages.ts and the README.`,
      );
    }
  }
  return unknown;
}
