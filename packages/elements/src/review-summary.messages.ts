/**
 * Every string the review summary shows: English here, de, fr, es and ar in
 * review-summary.messages.<locale>.ts, loaded on demand. A store overrides any of them
 * per locale in its config: `"messages": { "en": { "summary.title": "What buyers say" } }`.
 * Plural messages have one key per plural category of each language (Arabic uses all six).
 * Keys for check ids, moderation methods and orderings are the config values in camelCase.
 */
import { commonMessages } from './shared/common.messages.js';
import { defineCatalogue, mergeCatalogues } from './shared/i18n.js';
import { lazyCatalogue } from './shared/lazy-messages.js';

const en = {
  'summary.title': 'What reviewers say',
  'summary.generated.one': 'Generated automatically from {count} review. This summary is not a customer review.',
  'summary.generated.other': 'Generated automatically from {count} reviews. This summary is not a customer review.',
  'summary.loading': 'Loading the review summary…',
  'summary.empty': 'No reviews yet. When customers review this product, their ratings will appear here.',
  'summary.error': 'The review summary is not available right now.',
  'summary.all': 'All reviews',
  'summary.checked': 'Reviews that passed the checks',
  'summary.ratingFrom.one': '{rating} out of {scale} from {count} review',
  'summary.ratingFrom.other': '{rating} out of {scale} from {count} reviews',
  'summary.smallSample.one': 'Only {count} review passed the checks: too few to rate this product reliably.',
  'summary.smallSample.other': 'Only {count} reviews passed the checks: too few to rate this product reliably.',
  'summary.interval': 'With this many reviews the true figure could lie anywhere from {low} to {high}.',
  'summary.noRating': 'No rating',
  'summary.work.title.one': 'Show our work: {count} review left out',
  'summary.work.title.other': 'Show our work: {count} reviews left out',
  'summary.work.intro': 'Each check can take reviews out of the checked rating. Every check treats 1-star and 5-star reviews alike. Switch a check off to see the rating without it.',
  'summary.work.fixed': 'This summary does not carry the ratings needed to recompute, so the checks cannot be switched off here.',
  'summary.work.recomputed': 'You switched off: {checks}. Pros, cons and long-term figures still use every check.',
  'summary.check.unverified': 'No matching purchase',
  'summary.check.incentivized': 'Reviewer was given something',
  'summary.check.duplicate': 'Copies another review',
  'summary.check.burst': 'Unusually busy day',
  'summary.check.insider': 'Employee or brand relation',
  'summary.check.checkoutSurvey': 'Rated at checkout, before use',
  'summary.why.unverified': 'no purchase of the product could be matched to the reviewer',
  'summary.why.incentivized': 'the reviewer was given something for the review',
  'summary.why.duplicate': 'the text copies another review',
  'summary.why.burst': 'posted on an unusually busy day whose ratings differ from the rest beyond chance',
  'summary.why.insider': 'written by an employee or someone with a brand relation',
  'summary.why.checkoutSurvey': 'rated at checkout, before the product was used',
  'summary.check.failed.one': '{count} review failed',
  'summary.check.failed.other': '{count} reviews failed',
  'summary.mode.exclude': 'left out of the checked rating',
  'summary.mode.flag': 'shown, but kept in the checked rating',
  'summary.mode.off': 'this store does not run this check',
  'summary.check.apply': 'Apply this check',
  'summary.histogram.caption': 'Ratings by number of stars',
  'summary.histogram.stars.one': '{count} star',
  'summary.histogram.stars.other': '{count} stars',
  'summary.histogram.cell': '{count} ({percent})',
  'summary.pros': 'What reviewers like',
  'summary.cons': 'What reviewers dislike',
  'summary.themes.none': 'No topic came up often enough to report.',
  'summary.theme.mentions.one': '{count} of {total} reviews',
  'summary.theme.mentions.other': '{count} of {total} reviews',
  'summary.theme.read': 'Read these reviews',
  'summary.longTerm.title': 'What long-term owners say',
  'summary.longTerm.text.one': '{count} review was written after at least {days} days of use. It rates the product {rating} out of {scale}.',
  'summary.longTerm.text.other': '{count} reviews were written after at least {days} days of use. They average {rating} out of {scale}.',
  'summary.longTerm.none': 'No reviews from long-term owners yet.',
  'summary.helpful.critical': 'Most helpful critical review',
  'summary.helpful.positive': 'Most helpful positive review',
  'summary.helpful.votes.one': '{count} person found this helpful',
  'summary.helpful.votes.other': '{count} people found this helpful',
  'summary.helpful.none': 'None yet.',
  'summary.helpful.read': 'Read the whole review',
  'summary.stars': '{rating} out of {scale} stars',
  'summary.how.title': 'How reviews work here',
  'summary.how.verify.orderMatch': 'We match every review against our orders. A review counts as verified only when the reviewer bought this product.',
  'summary.how.verify.invitationAfterDelivery': 'We invite reviews only from customers whose order of this product was delivered.',
  'summary.how.verify.none': 'We do not check whether reviewers bought or used the product.',
  'summary.how.verifiedShare': '{percent} of reviews come from verified buyers.',
  'summary.how.incentives.yes': 'We offer {kinds} for some reviews. Those reviews are labelled and counted apart.',
  'summary.how.incentives.no': 'We do not offer anything in return for reviews.',
  'summary.how.incentivizedShare': '{percent} of reviews say the reviewer was given something.',
  'summary.how.importedShare': '{percent} of reviews were imported or syndicated from other sites.',
  'summary.how.moderation.none': 'We publish every review without moderation.',
  'summary.how.moderation.automated': 'Reviews are moderated automatically before they are published.',
  'summary.how.moderation.human': 'People on our team moderate reviews before they are published.',
  'summary.how.moderation.automatedAndHuman': 'Reviews are moderated automatically and by people on our team.',
  'summary.how.ordering.newest': 'Reviews are listed newest first.',
  'summary.how.ordering.mostHelpful': 'Reviews are listed by how many shoppers found them helpful.',
  'summary.how.ordering.highestRating': 'Reviews are listed highest rating first.',
  'summary.how.ordering.lowestRating': 'Reviews are listed lowest rating first.',
  'summary.how.ordering.balanced': 'Reviews are listed so that critical and positive ones alternate.',
  'summary.how.leftOut': 'The checked rating leaves out:',
  'summary.how.leftOutItem': '{check}: {count}, because {why}',
  'summary.how.leftOutNone': 'The checked rating leaves out no reviews.',
  'summary.how.checkout.one': '{count} rating given at checkout, before use, is kept apart from the product rating.',
  'summary.how.checkout.other': '{count} ratings given at checkout, before use, are kept apart from the product rating.',
  'summary.how.generated': 'The pros, cons and figures above are generated by software from the reviews; none of them is a review.',
  'summary.how.policy': 'Our review policy',
  'summary.how.fakePolicy': 'How we deal with fake reviews',
  'summary.incentive.freeProduct': 'a free product',
  'summary.incentive.discount': 'a discount',
  'summary.incentive.sweepstakes': 'an entry to a prize draw',
  'summary.incentive.loyaltyPoints': 'loyalty points',
  'summary.incentive.payment': 'payment',
  'summary.incentive.other': 'a reward',
  'summary.expand': 'Show the full summary',
  'summary.collapse': 'Show less',
};

/** A locale module's strings: any key of the English catalogue, plus the plural categories other languages need. */
export type SummaryLocaleMessages = Partial<Record<keyof typeof en | `${string}.${'zero' | 'two' | 'few' | 'many'}`, string>>;

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
