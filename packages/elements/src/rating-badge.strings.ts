/**
 * The rating badge's English strings (but 'badge.stated', which only the Lit badge says) and the loaders of its other languages, with nothing else:
 * rating-badge.messages.ts builds the Lit badge's catalogue from them, and the script-tag listing
 * badge (no Lit) reads the same strings and chunks without the widgets' shared catalogue code.
 */
export const badgeEnglish = {
  'badge.label.one': 'Rated {rating} out of {scale} from {count} review',
  'badge.label.other': 'Rated {rating} out of {scale} from {count} reviews',
  'badge.checked.one': '{rating} out of {scale} from the {count} review that passed the store’s checks',
  'badge.checked.other': '{rating} out of {scale} from the {count} reviews that passed the store’s checks',
  'badge.checkedShort': '{rating} checked',
  'badge.smallSample': 'too few reviews to rely on',
  'badge.empty': 'No reviews yet',
  'badge.loading': 'Loading the rating…',
  'badge.error': 'Rating not available',
};

/** The other locales, each a separate module loaded when an element first needs it. */
export const badgeLocaleLoaders = {
  de: () => import('./rating-badge.messages.de.js'),
  fr: () => import('./rating-badge.messages.fr.js'),
  es: () => import('./rating-badge.messages.es.js'),
  ar: () => import('./rating-badge.messages.ar.js'),
};
