/**
 * Every string the rating badge shows: English here, de, fr, es and ar in rating-badge.messages.<locale>.ts,
 * loaded on demand. A store overrides any of them per
 * locale in its config (`"messages": { "en": { "badge.empty": "Not rated yet" } }`).
 * `badge.label` is the sentence screen readers read; the stars are hidden from them.
 */
import { commonMessages } from './shared/common.messages.js';
import { defineCatalogue, mergeCatalogues } from './shared/i18n.js';
import { lazyCatalogue } from './shared/lazy-messages.js';

const en = {
  'badge.label.one': 'Rated {rating} out of {scale} from {count} review',
  'badge.label.other': 'Rated {rating} out of {scale} from {count} reviews',
  'badge.checked.one': '{rating} out of {scale} from the {count} review that passed the store’s checks',
  'badge.checked.other': '{rating} out of {scale} from the {count} reviews that passed the store’s checks',
  'badge.checkedShort': '{rating} checked',
  'badge.stated': 'as stated by the store',
  'badge.smallSample': 'too few reviews to rely on',
  'badge.empty': 'No reviews yet',
  'badge.loading': 'Loading the rating…',
  'badge.error': 'Rating not available',
};

/** A locale module's strings: any key of the English catalogue, plus the plural categories other languages need. */
export type BadgeLocaleMessages = Partial<Record<keyof typeof en | `${string}.${'zero' | 'two' | 'few' | 'many'}`, string>>;

/** The English strings (the reference every locale module is tested against). */
export const badgeOwnMessages = { en };
/** English and the common strings; other locales arrive through `badgeLocales`. */
export const badgeMessages = mergeCatalogues(commonMessages, defineCatalogue(en, { de: {}, fr: {}, es: {}, ar: {} }));
/** The other locales, each a separate module loaded when an element first needs it. */
export const badgeLocales = lazyCatalogue(badgeMessages, {
  de: () => import('./rating-badge.messages.de.js'),
  fr: () => import('./rating-badge.messages.fr.js'),
  es: () => import('./rating-badge.messages.es.js'),
  ar: () => import('./rating-badge.messages.ar.js'),
});
