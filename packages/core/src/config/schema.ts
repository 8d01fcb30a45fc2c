/**
 * The store config (`candor.json`): one description that gives the TypeScript types, the runtime
 * validator and the published JSON Schema. A store that is happy with the defaults writes
 * `{ "version": 1 }` and a few lines about itself; everything else has a default here.
 */
import { CHECK_MODES, type CheckMode } from '../reviews/check-ids.js';
import {
  array,
  boolean,
  defaulted,
  number,
  object,
  oneOf,
  optional,
  record,
  string,
  type Infer,
  type InferInput,
} from './shape.js';

export const CONFIG_VERSIONS = [1] as const;

// ---------------------------------------------------------------------------------------------
// Vocabulary shared by several sections

/** A link shoppers follow: https only (mixed content and downgrade), or a path on the store's own site. */
const link = (description: string) =>
  string({
    pattern: /^(https:\/\/[^\s]+|\/(?!\/)[^\s]*)$/,
    expected: 'an https:// URL or a path starting with /',
    maxLength: 2048,
    description,
  });

/** A data URL with the product id to fill in. */
const urlTemplate = (description: string) =>
  string({
    pattern: /^(https:\/\/|\/(?!\/))[^\s]*\{productId\}[^\s]*$/,
    expected: 'an https:// URL or a path starting with /, containing {productId}',
    maxLength: 2048,
    description,
  });

const locale = (description: string) =>
  string({ pattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, expected: 'a language tag such as "en" or "de-CH"', description });

const currency = (description: string) =>
  string({ pattern: /^[A-Z]{3}$/, expected: 'a three-letter ISO 4217 currency code such as "EUR"', description });

const text = (maxLength: number, description: string) => string({ minLength: 1, maxLength, description });

export const PRODUCT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:\/-]{0,127}$/;
const PRODUCT_ID_EXPECTED = 'a product id of letters, digits and . _ : / - (at most 128)';

export const USE_UNITS = ['use', 'wear', 'wash', 'day', 'night', 'charge', 'cycle', 'meal', 'ride', 'session', 'read'] as const;
export const ALTERNATIVE_KINDS = ['refurbished', 'second-hand', 'rental', 'repair', 'care', 'trade-in'] as const;
export const DISCLOSURE_KINDS = ['sponsored', 'affiliate', 'gifted', 'own-brand', 'partner', 'other'] as const;
export const VERIFICATION_METHODS = ['order-match', 'invitation-after-delivery', 'none'] as const;
export const MODERATION_METHODS = ['none', 'automated', 'human', 'automated-and-human'] as const;
export const REVIEW_ORDERINGS = ['newest', 'most-helpful', 'highest-rating', 'lowest-rating', 'balanced'] as const;
export const INCENTIVE_KINDS = ['free-product', 'discount', 'sweepstakes', 'loyalty-points', 'payment', 'other'] as const;
export const REVIEW_FORMATS = ['candor', 'schema-org', 'google-feed', 'csv'] as const;
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export const HONESTY_SECTIONS = ['costPerUse', 'coolingOff', 'returns', 'notFor', 'alternatives', 'disclosure'] as const;

/** Expected use of a product over its life; a category sets defaults, a product overrides them. */
const lifeFacts = {
  lifespanYears: optional(number({ min: 0.05, max: 100, description: 'How many years the product lasts in normal use.' })),
  usesPerYear: optional(number({ min: 0.1, max: 100000, description: 'How often a typical owner uses it in a year.' })),
  expectedUses: optional(
    number({ min: 1, max: 10000000, integer: true, description: 'Total uses over its life; wins over lifespanYears × usesPerYear.' }),
  ),
  useUnit: optional(oneOf(USE_UNITS, { description: 'What one use is called: "per wear", "per wash", ...' })),
};

// ---------------------------------------------------------------------------------------------
// Sections

const storeSection = object(
  {
    name: optional(text(120, "The store's name, used in the review disclosure.")),
    locale: optional(locale('Default locale of the widgets when an element sets none; else <html lang>.')),
    currency: optional(currency('Default currency of prices.')),
    reviewPolicyUrl: optional(link('Page that explains how reviews are collected and shown.')),
    fakeReviewPolicyUrl: optional(link('Page with the policy on fake reviews (UK DMCC Act).')),
  },
  { description: 'Facts about the store itself.' },
);

const check = (fallback: CheckMode) =>
  object({
    mode: defaulted(oneOf(CHECK_MODES, { description: 'exclude: leave out of the adjusted rating; flag: count only; off: do not run.' }), fallback),
  });

const checksSection = object(
  {
    unverified: defaulted(check('exclude'), {}),
    incentivized: defaulted(
      object({
        mode: defaulted(oneOf(CHECK_MODES), 'exclude'),
        detectInText: defaulted(boolean({ description: 'Also look for admitted incentives in the review text.' }), true),
      }),
      {},
    ),
    duplicate: defaulted(
      object({
        mode: defaulted(oneOf(CHECK_MODES), 'exclude'),
        similarity: defaulted(number({ min: 0.5, max: 1, description: 'Jaccard similarity of word shingles at which two reviews count as copies.' }), 0.8),
        minWords: defaulted(number({ min: 3, max: 200, integer: true, description: 'Shorter reviews are never called copies.' }), 8),
      }),
      {},
    ),
    burst: defaulted(
      object({
        mode: defaulted(oneOf(CHECK_MODES), 'exclude'),
        quantile: defaulted(number({ min: 0.9, max: 0.999999, description: 'Poisson quantile above which a day counts as a burst.' }), 0.999),
      }),
      {},
    ),
    insider: defaulted(check('exclude'), {}),
    'checkout-survey': defaulted(check('exclude'), {}),
  },
  { description: 'Which review checks run and how they treat a review that fails.' },
);

const reviewsSection = object(
  {
    source: optional(
      object({
        url: urlTemplate('Where the reviews of one product are, e.g. "/reviews/{productId}.json".'),
        format: defaulted(oneOf(REVIEW_FORMATS, { description: 'Format of the file at url.' }), 'candor'),
        summaryUrl: optional(urlTemplate('A precomputed summary of one product, so the browser needs no engine.')),
        timeoutMs: defaulted(number({ min: 500, max: 30000, integer: true, description: 'Give up on a fetch after this long.' }), 5000),
      }),
    ),
    verification: defaulted(
      object({
        method: defaulted(
          oneOf(VERIFICATION_METHODS, { description: 'How the store checks that a reviewer bought the product. "none" is stated plainly to shoppers.' }),
          'none',
        ),
        description: optional(text(500, 'Your own words on the check, shown in the disclosure.')),
      }),
      {},
    ),
    moderation: defaulted(
      object({
        method: defaulted(oneOf(MODERATION_METHODS), 'none'),
        description: optional(text(500, 'Your own words on moderation, shown in the disclosure.')),
      }),
      {},
    ),
    ordering: defaulted(oneOf(REVIEW_ORDERINGS, { description: 'How reviews are ordered (the ranking criteria).' }), 'newest'),
    incentives: defaulted(
      object({
        offered: defaulted(boolean({ description: 'Does the store ever give anything for a review?' }), false),
        kinds: optional(array(oneOf(INCENTIVE_KINDS), { minItems: 1, maxItems: INCENTIVE_KINDS.length })),
        description: optional(text(500, 'Your own words on incentives, shown in the disclosure.')),
      }),
      {},
    ),
    checks: defaulted(checksSection, {}),
    ratingScale: defaulted(number({ min: 3, max: 10, integer: true, description: 'Ratings run from 1 to this number.' }), 5),
    longTermDays: defaulted(
      number({ min: 30, max: 3650, integer: true, description: 'Days from delivery (or order) after which a review counts as long-term.' }),
      90,
    ),
    smallSample: defaulted(
      number({ min: 1, max: 1000, integer: true, description: 'Below this many trusted reviews the summary says the sample is small.' }),
      10,
    ),
  },
  { description: 'Where reviews come from, how the store collects them, and which checks run.' },
);

const categorySection = object({ ...lifeFacts });

const honestySection = object(
  {
    sections: defaulted(
      object(
        Object.fromEntries(HONESTY_SECTIONS.map((name) => [name, defaulted(boolean(), true)])) as Record<
          (typeof HONESTY_SECTIONS)[number],
          ReturnType<typeof defaulted<boolean, boolean>>
        >,
        { description: 'Switch single panel sections off.' },
      ),
      {},
    ),
    frequentReturnRate: defaulted(
      number({ min: 0, max: 1, description: 'A return rate at or above this share is called "frequently returned".' }),
      0.15,
    ),
    coolingOffHours: defaulted(number({ min: 1, max: 720, integer: true, description: 'How long "still want it?" keeps a product.' }), 48),
    categories: defaulted(
      record(categorySection, {
        keyPattern: /^[a-z][a-z0-9-]{0,63}$/,
        keyExpected: 'a lower-case category name such as "apparel"',
        description: 'Default lifespans and uses per category.',
      }),
      {},
    ),
  },
  { description: 'The "Do you really need this?" panel.' },
);

const productSection = object({
  name: optional(text(200, 'Product name.')),
  category: optional(string({ pattern: /^[a-z][a-z0-9-]{0,63}$/, expected: 'a category name from honesty.categories' })),
  price: optional(number({ min: 0, max: 1000000000, description: 'Price in currency units (89.00), not cents.' })),
  currency: optional(currency('Currency of price; else the store currency.')),
  ...lifeFacts,
  returns: optional(
    object({
      rate: number({ min: 0, max: 1, description: 'Share of sold items returned, 0.22 for 22%.' }),
      reasons: optional(
        array(object({ label: text(120, 'Reason as a shopper would say it: "runs small".'), share: optional(number({ min: 0, max: 1 })) }), {
          maxItems: 10,
        }),
      ),
    }),
  ),
  notFor: optional(array(text(200, 'Who should not buy this.'), { maxItems: 10 })),
  alternatives: optional(
    array(
      object({
        kind: oneOf(ALTERNATIVE_KINDS),
        label: text(120, 'What the shopper sees: "Certified refurbished".'),
        url: link('Where the alternative is.'),
        price: optional(number({ min: 0, max: 1000000000 })),
        currency: optional(currency('Currency of price; else the product or store currency.')),
        partner: defaulted(boolean({ description: 'A paid partner: the link gets rel="nofollow sponsored".' }), false),
      }),
      { maxItems: 8 },
    ),
  ),
  disclosures: optional(
    array(object({ kind: oneOf(DISCLOSURE_KINDS), text: optional(text(300, 'The plain statement, in your own words.')) }), { maxItems: 5 }),
  ),
});

const themeSection = object(
  {
    colorScheme: defaulted(oneOf(COLOR_SCHEMES, { description: 'auto follows prefers-color-scheme.' }), 'auto'),
    accent: optional(string({ pattern: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, expected: 'a hex colour such as "#2f6f4f"' })),
    radius: optional(string({ pattern: /^\d{1,2}(\.\d+)?(px|rem|em)$/, expected: 'a length such as "8px" or "0.5rem"' })),
    fontFamily: optional(string({ pattern: /^[\w\s,"'-]{1,120}$/, expected: 'a CSS font-family list such as "Inter, sans-serif"' })),
  },
  { description: 'A few design tokens; everything else is a --candor-* custom property.' },
);

const messagesSection = record(
  record(string({ maxLength: 500 }), {
    keyPattern: /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/,
    keyExpected: 'a message key such as "summary.title"',
  }),
  { keyPattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, keyExpected: 'a language tag such as "en" or "de-CH"', description: 'Text overrides per locale.' },
);

export const configShape = object(
  {
    version: oneOf(CONFIG_VERSIONS, { description: 'Config format version. Always 1 for now.' }),
    store: defaulted(storeSection, {}),
    reviews: defaulted(reviewsSection, {}),
    honesty: defaulted(honestySection, {}),
    products: defaulted(
      record(productSection, { keyPattern: PRODUCT_ID_PATTERN, keyExpected: PRODUCT_ID_EXPECTED, description: 'Facts per product, keyed by product id.' }),
      {},
    ),
    theme: defaulted(themeSection, {}),
    messages: defaulted(messagesSection, {}),
  },
  { ignoredKeys: ['$schema'], description: 'Candor store config (candor.json).' },
);

/** A validated config with every default filled in. */
export type CandorConfig = Infer<typeof configShape>;
/** What a store author writes: everything but `version` may be left out. */
export type CandorConfigInput = InferInput<typeof configShape>;
export type ProductConfig = CandorConfig['products'][string];
export type CategoryConfig = CandorConfig['honesty']['categories'][string];
export type ReviewsConfig = CandorConfig['reviews'];
export type HonestySection = (typeof HONESTY_SECTIONS)[number];
