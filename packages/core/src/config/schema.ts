/**
 * The store config (`candor.json`): one description that gives the TypeScript types, the runtime
 * validator and the published JSON Schema. A store that is happy with the defaults writes
 * `{ "version": 1 }` and a few lines about itself; everything else has a default here.
 * The editor documentation of each key is in schema-docs.ts, kept out of the script-tag bundle.
 */
import { CHECK_MODES, VERIFICATION_LEVELS, type CheckMode } from '../reviews/check-ids.js';
import { safeLink } from '../security/links.js';
import { array, boolean, defaulted, number, object, oneOf, optional, record, string, type Infer, type InferInput } from './shape.js';
import { HONESTY_SECTIONS, PRODUCT_ID_PATTERN, USE_UNITS } from './vocabulary.js';

export const CONFIG_VERSIONS = [1] as const;

// ---------------------------------------------------------------------------------------------
// Vocabulary shared by several sections

/** A link shoppers follow: https only (mixed content and downgrade), or a path on the store's own site. */
const link = () =>
  string({
    pattern: /^(https:\/\/[^\s\\]+|\/(?![/\\])[^\s\\]*)$/,
    meaning: 'link',
    maxLength: 2048,
    accept: (value) => safeLink(value) !== undefined,
  });

/** A data URL with the product id to fill in. */
const urlTemplate = () =>
  string({
    pattern: /^(https:\/\/|\/(?![/\\]))[^\s\\]*\{productId\}[^\s\\]*$/,
    meaning: 'urlTemplate',
    maxLength: 2048,
    accept: (value) => safeLink(value.replace(/\{productId\}/g, 'x')) !== undefined,
  });

const locale = () => string({ pattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, meaning: 'locale' });

const currency = () => string({ pattern: /^[A-Z]{3}$/, meaning: 'currency' });

const text = (maxLength: number) => string({ minLength: 1, maxLength });

export const ALTERNATIVE_KINDS = ['refurbished', 'second-hand', 'rental', 'repair', 'care', 'trade-in'] as const;
export const DISCLOSURE_KINDS = ['sponsored', 'affiliate', 'gifted', 'own-brand', 'partner', 'other'] as const;
export const VERIFICATION_METHODS = ['order-match', 'invitation-after-delivery', 'none'] as const;
export const MODERATION_METHODS = ['none', 'automated', 'human', 'automated-and-human'] as const;
export const REVIEW_ORDERINGS = ['newest', 'most-helpful', 'highest-rating', 'lowest-rating', 'balanced'] as const;
export const INCENTIVE_KINDS = ['free-product', 'discount', 'sweepstakes', 'loyalty-points', 'payment', 'other'] as const;
export const REVIEW_FORMATS = ['candor', 'schema-org', 'google-feed', 'csv'] as const;
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;

/** Expected use of a product over its life; a category sets defaults, a product overrides them. */
const lifeFacts = {
  lifespanYears: optional(number({ min: 0.05, max: 100 })),
  usesPerYear: optional(number({ min: 0.1, max: 100000 })),
  expectedUses: optional(number({ min: 1, max: 10000000, integer: true })),
  useUnit: optional(oneOf(USE_UNITS)),
};

// ---------------------------------------------------------------------------------------------
// Sections

const storeSection = object({
  name: optional(text(120)),
  locale: optional(locale()),
  currency: optional(currency()),
  reviewPolicyUrl: optional(link()),
  fakeReviewPolicyUrl: optional(link()),
});

const check = (fallback: CheckMode) =>
  object({
    mode: defaulted(oneOf(CHECK_MODES), fallback),
  });

const checksSection = object({
  unverified: defaulted(check('exclude'), {}),
  incentivized: defaulted(
    object({
      mode: defaulted(oneOf(CHECK_MODES), 'exclude'),
      detectInText: defaulted(boolean(), true),
    }),
    {},
  ),
  duplicate: defaulted(
    object({
      mode: defaulted(oneOf(CHECK_MODES), 'exclude'),
      similarity: defaulted(number({ min: 0.5, max: 1 }), 0.8),
      minWords: defaulted(number({ min: 3, max: 200, integer: true }), 8),
    }),
    {},
  ),
  burst: defaulted(
    object({
      mode: defaulted(oneOf(CHECK_MODES), 'exclude'),
      quantile: defaulted(number({ min: 0.9, max: 0.999999 }), 0.999),
    }),
    {},
  ),
  insider: defaulted(check('exclude'), {}),
  'checkout-survey': defaulted(check('exclude'), {}),
  syndicated: defaulted(check('exclude'), {}),
  'new-account': defaulted(
    object({
      mode: defaulted(oneOf(CHECK_MODES), 'flag'),
      expectedShare: defaulted(number({ min: 0.01, max: 0.99 }), 0.2),
    }),
    {},
  ),
});

const reviewsSection = object({
  source: optional(
    object({
      url: urlTemplate(),
      format: defaulted(oneOf(REVIEW_FORMATS), 'candor'),
      summaryUrl: optional(urlTemplate()),
      timeoutMs: defaulted(number({ min: 500, max: 30000, integer: true }), 5000),
    }),
  ),
  ratings: optional(link()),
  verification: defaulted(
    object({
      method: defaulted(oneOf(VERIFICATION_METHODS), 'none'),
      counts: defaulted(array(oneOf(VERIFICATION_LEVELS), { minItems: 1, maxItems: VERIFICATION_LEVELS.length }), [
        'order-matched',
        'platform',
      ]),
      description: optional(text(500)),
    }),
    {},
  ),
  moderation: defaulted(
    object({
      method: defaulted(oneOf(MODERATION_METHODS), 'none'),
      description: optional(text(500)),
    }),
    {},
  ),
  ordering: defaulted(oneOf(REVIEW_ORDERINGS), 'newest'),
  incentives: defaulted(
    object({
      offered: defaulted(boolean(), false),
      kinds: optional(array(oneOf(INCENTIVE_KINDS), { minItems: 1, maxItems: INCENTIVE_KINDS.length })),
      description: optional(text(500)),
    }),
    {},
  ),
  checks: defaulted(checksSection, {}),
  ratingScale: defaulted(number({ min: 3, max: 10, integer: true }), 5),
  longTermDays: defaulted(number({ min: 30, max: 3650, integer: true }), 90),
  smallSample: defaulted(number({ min: 1, max: 1000, integer: true }), 10),
  // Largest response a widget reads from one data URL; bigger ones are refused with a message.
  maxSourceBytes: defaulted(number({ min: 10_000, max: 50_000_000, integer: true }), 5_000_000),
});

const categorySection = object({ ...lifeFacts });

const honestySection = object({
  sections: defaulted(
    object(
      Object.fromEntries(HONESTY_SECTIONS.map((name) => [name, defaulted(boolean(), true)])) as Record<
        (typeof HONESTY_SECTIONS)[number],
        ReturnType<typeof defaulted<boolean, boolean>>
      >,
    ),
    {},
  ),
  frequentReturnRate: defaulted(number({ min: 0, max: 1 }), 0.15),
  coolingOffHours: defaulted(number({ min: 1, max: 720, integer: true }), 48),
  categories: defaulted(
    record(categorySection, {
      keyPattern: /^[a-z][a-z0-9-]{0,63}$/,
      keyMeaning: 'categoryKey',
    }),
    {},
  ),
});

const productSection = object({
  name: optional(text(200)),
  category: optional(string({ pattern: /^[a-z][a-z0-9-]{0,63}$/, meaning: 'category' })),
  price: optional(number({ min: 0, max: 1000000000 })),
  currency: optional(currency()),
  ...lifeFacts,
  returns: optional(
    object({
      rate: number({ min: 0, max: 1 }),
      reasons: optional(
        array(object({ label: text(120), share: optional(number({ min: 0, max: 1 })) }), {
          maxItems: 10,
        }),
      ),
    }),
  ),
  notFor: optional(array(text(200), { maxItems: 10 })),
  alternatives: optional(
    array(
      object({
        kind: oneOf(ALTERNATIVE_KINDS),
        label: text(120),
        url: link(),
        price: optional(number({ min: 0, max: 1000000000 })),
        currency: optional(currency()),
        partner: defaulted(boolean(), false),
      }),
      { maxItems: 8 },
    ),
  ),
  disclosures: optional(array(object({ kind: oneOf(DISCLOSURE_KINDS), text: optional(text(300)) }), { maxItems: 5 })),
});

const themeSection = object({
  colorScheme: defaulted(oneOf(COLOR_SCHEMES), 'auto'),
  accent: optional(string({ pattern: /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, meaning: 'hexColour' })),
  radius: optional(string({ pattern: /^\d{1,2}(\.\d+)?(px|rem|em)$/, meaning: 'length' })),
  fontFamily: optional(string({ pattern: /^[\w\s,"'-]{1,120}$/, meaning: 'fontFamily' })),
});

const messagesSection = record(
  record(string({ maxLength: 500 }), {
    keyPattern: /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/,
    keyMeaning: 'messageKey',
  }),
  { keyPattern: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, keyMeaning: 'locale' },
);

export const configShape = object(
  {
    version: oneOf(CONFIG_VERSIONS),
    store: defaulted(storeSection, {}),
    reviews: defaulted(reviewsSection, {}),
    honesty: defaulted(honestySection, {}),
    products: defaulted(record(productSection, { keyPattern: PRODUCT_ID_PATTERN, keyMeaning: 'productId' }), {}),
    theme: defaulted(themeSection, {}),
    messages: defaulted(messagesSection, {}),
  },
  { ignoredKeys: ['$schema'] },
);

/** A validated config with every default filled in. */
export type CandorConfig = Infer<typeof configShape>;
/** What a store author writes: everything but `version` may be left out. */
export type CandorConfigInput = InferInput<typeof configShape>;
export type ProductConfig = CandorConfig['products'][string];
export type CategoryConfig = CandorConfig['honesty']['categories'][string];
export type ReviewsConfig = CandorConfig['reviews'];
export type HonestySection = (typeof HONESTY_SECTIONS)[number];
