/**
 * Every string the rating badge shows: English here, de, fr, es and ar in rating-badge.messages.<locale>.ts,
 * loaded on demand. A store overrides any of them per
 * locale in its config (`"messages": { "en": { "badge.empty": "Not rated yet" } }`).
 * `badge.label` is the sentence screen readers read; the stars are hidden from them.
 */
import { commonMessages } from './shared/common.messages.js';
import { defineCatalogue, mergeCatalogues } from './shared/i18n.js';
import { lazyCatalogue } from './shared/lazy-messages.js';
import { badgeEnglish, badgeLocaleLoaders } from './rating-badge.strings.js';

/** The listing badge's English strings, and the one only the Lit badge says (figures a page's markup states). */
const en = { ...badgeEnglish, 'badge.stated': 'as stated by the store' };

/** A locale module's strings: any key of the English catalogue, plus the plural categories other languages need. */
export type BadgeLocaleMessages = Partial<Record<keyof typeof en | `${string}.${'zero' | 'two' | 'few' | 'many'}`, string>>;

/** The English strings (the reference every locale module is tested against). */
export const badgeOwnMessages = { en };
/** English and the common strings; other locales arrive through `badgeLocales`. */
export const badgeMessages = mergeCatalogues(commonMessages, defineCatalogue(en, { de: {}, fr: {}, es: {}, ar: {} }));
/** The other locales, each a separate module loaded when an element first needs it. */
export const badgeLocales = lazyCatalogue(badgeMessages, badgeLocaleLoaders);
