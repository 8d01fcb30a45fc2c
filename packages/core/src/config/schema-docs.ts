/**
 * Documentation of the config keys, shown by editors through candor.schema.json. It lives apart
 * from the shapes so that the script-tag bundle, which validates but never shows docs, does not
 * carry it (about a fifth of the validator's bytes). A test checks that every path here exists in
 * the schema, so a renamed key cannot leave its doc behind.
 *
 * Paths: keys joined by dots; `*` stands for any key of a map (a product id, a category name),
 * `[]` for the items of a list.
 */
import { HONESTY_SECTIONS } from './vocabulary.js';
import { REVIEW_CHECK_IDS } from '../reviews/check-ids.js';

const lifeFacts = (at: string): Record<string, string> => ({
  [`${at}.lifespanYears`]: 'How many years the product lasts in normal use.',
  [`${at}.usesPerYear`]: 'How often a typical owner uses it in a year.',
  [`${at}.expectedUses`]: 'Total uses over its life; wins over lifespanYears × usesPerYear.',
  [`${at}.useUnit`]: 'What one use is called: "per wear", "per wash", ...',
});

export const CONFIG_DOCS: Record<string, string> = {
  '': 'Candor store config (candor.json).',
  version: 'Config format version. Always 1 for now.',

  store: 'Facts about the store itself.',
  'store.name': "The store's name, used in the review disclosure.",
  'store.locale': 'Default locale of the widgets when an element sets none; else <html lang>.',
  'store.currency': 'Default currency of prices.',
  'store.reviewPolicyUrl': 'Page that explains how reviews are collected and shown.',
  'store.fakeReviewPolicyUrl': 'Page with the policy on fake reviews (UK DMCC Act).',

  reviews: 'Where reviews come from, how the store collects them, and which checks run.',
  'reviews.source.url': 'Where the reviews of one product are, e.g. "/reviews/{productId}.json".',
  'reviews.source.format': 'Format of the file at url.',
  'reviews.source.summaryUrl': 'A precomputed summary of one product, so the browser needs no engine.',
  'reviews.source.timeoutMs': 'Give up on a fetch after this long.',
  'reviews.ratings':
    'The ratings index `candor summarize` writes (ratings.json): every rating badge on a page reads its figures from this one file.',
  'reviews.verification.method': 'How the store checks that a reviewer bought the product. "none" is stated plainly to shoppers.',
  'reviews.verification.counts':
    'Which levels count as verified: order-matched (you matched an order), platform (the review app or feed says verified buyer), none.',
  'reviews.verification.description': 'Your own words on the check, shown in the disclosure.',
  'reviews.moderation.description': 'Your own words on moderation, shown in the disclosure.',
  'reviews.ordering': 'How reviews are ordered (the ranking criteria).',
  'reviews.incentives.offered': 'Does the store ever give anything for a review?',
  'reviews.incentives.description': 'Your own words on incentives, shown in the disclosure.',
  'reviews.checks': 'Which review checks run and how they treat a review that fails.',
  ...Object.fromEntries(
    REVIEW_CHECK_IDS.map((id) => [
      `reviews.checks.${id}.mode`,
      'exclude: leave out of the adjusted rating; flag: count only; off: do not run.',
    ]),
  ),
  'reviews.checks.incentivized.detectInText': 'Also look for admitted incentives in the review text.',
  'reviews.checks.duplicate.similarity': 'Jaccard similarity of word shingles at which two reviews count as copies.',
  'reviews.checks.duplicate.minWords': 'Shorter reviews are never called copies.',
  'reviews.checks.burst.quantile': 'Poisson quantile above which a day counts as a burst.',
  'reviews.checks.new-account.expectedShare':
    'Share of one-review accounts a product normally has; more than this, rating differently beyond chance, is reported.',
  'reviews.ratingScale': 'Ratings run from 1 to this number.',
  'reviews.longTermDays': 'Days from delivery (or order) after which a review counts as long-term.',
  'reviews.smallSample': 'Below this many trusted reviews the summary says the sample is small.',
  'reviews.maxSourceBytes':
    'Largest response (in bytes) a widget reads from one data URL; a larger one is refused with a console error naming this key. Send a precomputed summary for big review sets.',

  honesty: 'The "Do you really need this?" panel.',
  'honesty.sections': 'Switch single panel sections off.',
  ...Object.fromEntries(HONESTY_SECTIONS.map((name) => [`honesty.sections.${name}`, `Show the ${name} section when it has data.`])),
  'honesty.frequentReturnRate': 'A return rate at or above this share is called "frequently returned".',
  'honesty.coolingOffHours': 'How long "still want it?" keeps a product.',
  'honesty.categories': 'Default lifespans and uses per category.',
  ...lifeFacts('honesty.categories.*'),

  products: 'Facts per product, keyed by product id.',
  'products.*.name': 'Product name.',
  'products.*.category': 'A category from honesty.categories; its defaults apply.',
  'products.*.price': 'Price in currency units (89.00), not cents.',
  'products.*.currency': 'Currency of price; else the store currency.',
  ...lifeFacts('products.*'),
  'products.*.returns.rate': 'Share of sold items returned, 0.22 for 22%.',
  'products.*.returns.reasons': 'Top reasons for returns, as shoppers would say them: "runs small".',
  'products.*.notFor': 'Who should not buy this.',
  'products.*.alternatives': 'Refurbished, second-hand, rental, repair or care options.',
  'products.*.alternatives[].label': 'What the shopper sees: "Certified refurbished".',
  'products.*.alternatives[].url': 'Where the alternative is.',
  'products.*.alternatives[].currency': 'Currency of price; else the product or store currency.',
  'products.*.alternatives[].partner': 'A paid partner: the link gets rel="nofollow sponsored".',
  'products.*.disclosures': 'Sponsorship, affiliate links or other material connections, stated plainly.',

  theme: 'A few design tokens; everything else is a --candor-* custom property.',
  'theme.colorScheme': 'auto follows prefers-color-scheme.',
  messages: 'Text overrides per locale: { "de": { "honesty.title": "..." } }.',
};
