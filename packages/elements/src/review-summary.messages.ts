/**
 * Every string the review summary shows: English here (the content below the ratings table has its
 * own, in review-summary.more.messages.ts, loaded with that content), de, fr, es and ar in
 * review-summary.messages.<locale>.ts, loaded on demand. A store overrides any of them
 * per locale in its config: `"messages": { "en": { "summary.title": "What buyers say" } }`.
 * Plural messages have one key per plural category of each language (Arabic uses all six).
 * Keys for check ids, moderation methods and orderings are the config values in camelCase.
 */
import { commonMessages } from './shared/common.messages.js';
import { defineCatalogue, mergeCatalogues } from './shared/i18n.js';
import { lazyCatalogue } from './shared/lazy-messages.js';
import type { SummaryMoreMessageKey } from './review-summary.more.messages.js';

const en = {
  'summary.title': 'What reviewers say',
  'summary.generated.one': 'Generated automatically from {count} review. This summary is not a customer review.',
  'summary.generated.other': 'Generated automatically from {count} reviews. This summary is not a customer review.',
  'summary.loading': 'Loading the review summary…',
  'summary.empty': 'No reviews yet. When customers review this product, their ratings will appear here.',
  'summary.error': 'The review summary is not available right now.',
  'summary.all': 'All reviews',
  'summary.checked': 'Reviews that passed the checks',
  'summary.stated.reviews.one': '{rating} out of {scale} from {count} review, as stated by the store',
  'summary.stated.reviews.other': '{rating} out of {scale} from {count} reviews, as stated by the store',
  'summary.stated.ratings.one': '{rating} out of {scale} from {count} rating, as stated by the store',
  'summary.stated.ratings.other': '{rating} out of {scale} from {count} ratings, as stated by the store',
  'summary.checkedOnPage': 'Reviews on this page that passed the checks',
  'summary.onPageAll': 'Reviews on this page',
  'summary.onPage.one': '{shown} of {count} review is on this page; {passed} passed the checks.',
  'summary.onPage.other': '{shown} of {count} reviews are on this page; {passed} passed the checks.',
  'summary.noText': 'No review text was available to check.',
  'summary.ratingFrom.one': '{rating} out of {scale} from {count} review',
  'summary.ratingFrom.other': '{rating} out of {scale} from {count} reviews',
  'summary.smallSample.one': 'Only {count} review passed the checks: too few to rate this product reliably.',
  'summary.smallSample.other': 'Only {count} reviews passed the checks: too few to rate this product reliably.',
  'summary.interval': 'With this many reviews the true figure could lie anywhere from {low} to {high}.',
  'summary.noRating': 'No rating',
  'summary.work.title.one': 'Show our work: {count} review left out',
  'summary.work.title.other': 'Show our work: {count} reviews left out',
  'summary.work.intro':
    'Each check can take reviews out of the checked rating. Every check treats 1-star and 5-star reviews alike. Switch a check off to see the rating without it.',
  'summary.work.fixed': 'This summary does not carry the ratings needed to recompute, so the checks cannot be switched off here.',
  'summary.work.recomputed': 'You switched off: {checks}. Pros, cons and long-term figures still use every check.',
  'summary.check.unverified': 'No matching purchase',
  'summary.check.incentivized': 'Reviewer was given something',
  'summary.check.duplicate': 'Copies another review',
  'summary.check.burst': 'Unusually busy day',
  'summary.check.insider': 'Employee or brand relation',
  'summary.check.checkoutSurvey': 'Rated at checkout, before use',
  'summary.check.syndicated': 'Shared from elsewhere',
  'summary.check.newAccount': 'One-review account',
  'summary.why.unverified': 'no purchase of the product could be matched to the reviewer',
  'summary.why.incentivized': 'the reviewer was given something for the review',
  'summary.why.duplicate': 'the text copies another review',
  'summary.why.burst': 'posted on an unusually busy day whose ratings differ from the rest beyond chance',
  'summary.why.insider': 'written by an employee or someone with a brand relation',
  'summary.why.checkoutSurvey': 'rated at checkout, before the product was used',
  'summary.why.syndicated': 'shared from another shop, the brand or a related product',
  'summary.why.newAccount': 'one-review accounts are over-represented and rate differently beyond chance',
  'summary.check.failed.one': '{count} review failed',
  'summary.check.failed.other': '{count} reviews failed',
  'summary.mode.exclude': 'left out of the checked rating',
  'summary.mode.flag': 'shown, but kept in the checked rating',
  'summary.mode.off': 'this store does not run this check',
  'summary.mode.notApplicable': 'not checked: this store does not verify purchases',
  'summary.mode.keptBurst': 'kept in the checked rating: their ratings do not differ from the rest beyond chance',
  'summary.mode.partly': '{count} of them left out of the checked rating',
  'summary.mode.apart': 'kept apart from the product rating',
  'summary.check.averages': 'Their average: {flagged}. The other reviews: {others}.',
  'summary.check.apply': 'Apply this check',
  'summary.histogram.caption': 'Ratings by number of stars',
  'summary.histogram.stars.one': '{count} star',
  'summary.histogram.stars.other': '{count} stars',
  'summary.histogram.cell': '{count} ({percent})',
  'summary.expand': 'Show the full summary',
  'summary.collapse': 'Show less',
  'summary.moreFailed': 'The rest of the summary could not be loaded. Check your connection and press the button again.',
};

/** A locale module's strings: any key of the English catalogue, plus the plural categories other languages need. */
/** Category and "Other ..." theme labels have no English entry: English shows the engine's own label. */
export type SummaryLocaleMessages = Partial<
  Record<
    | keyof typeof en
    | SummaryMoreMessageKey
    | `${string}.${'zero' | 'two' | 'few' | 'many'}`
    | `summary.theme.${'aspect' | 'other'}.${string}`,
    string
  >
>;

/** The English strings (the reference every locale module is tested against). */
export const summaryOwnMessages = { en };
/** English and the common strings; other locales arrive through `summaryLocales`. */
export const summaryMessages = mergeCatalogues(commonMessages, defineCatalogue(en, { de: {}, fr: {}, es: {}, ar: {} }));
/** The other locales, each a separate module loaded when an element first needs it. */
export const summaryLocales = lazyCatalogue(summaryMessages, {
  de: () => import('./review-summary.messages.de.js'),
  fr: () => import('./review-summary.messages.fr.js'),
  es: () => import('./review-summary.messages.es.js'),
  ar: () => import('./review-summary.messages.ar.js'),
});
