/**
 * The config cases shared by the validator tests and the JSON Schema tests: every invalid case
 * must be refused by both, every valid one accepted by both, so they cannot drift apart.
 * `issues` lists the exact "path: message" lines Candor's validator must report.
 * Each case is written out in full, alike by design: it reads as a config and the lines it must give.
 */
export interface ConfigCase {
  name: string;
  config: unknown;
  /** Exact issues ("$.path: message"); empty for a valid config. */
  issues: string[];
  /** The few rules JSON Schema cannot state (cross references, version wording) set this false. */
  schemaRejects?: boolean;
}

const v1 = (rest: Record<string, unknown>) => ({ version: 1, ...rest });

export const validCases: ConfigCase[] = [
  { name: 'the smallest config', config: { version: 1 }, issues: [] },
  { name: 'a $schema key for editors', config: { $schema: './candor.schema.json', version: 1 }, issues: [] },
  {
    name: 'store facts with https and relative links',
    config: v1({
      store: {
        name: 'Fern & Field',
        locale: 'en-GB',
        currency: 'GBP',
        reviewPolicyUrl: 'https://shop.example/reviews',
        fakeReviewPolicyUrl: '/policies/fake',
      },
    }),
    issues: [],
  },
  {
    name: 'every check switched off',
    config: v1({
      reviews: {
        checks: Object.fromEntries(
          ['unverified', 'incentivized', 'duplicate', 'burst', 'insider', 'checkout-survey'].map((id) => [id, { mode: 'off' }]),
        ),
      },
    }),
    issues: [],
  },
  {
    name: 'check thresholds at their bounds',
    config: v1({ reviews: { checks: { duplicate: { similarity: 0.5, minWords: 200 }, burst: { quantile: 0.999999 } } } }),
    issues: [],
  },
  {
    name: 'review source with a template',
    config: v1({
      reviews: { source: { url: 'https://cdn.shop.example/reviews/{productId}.xml', format: 'google-feed', timeoutMs: 3000 } },
    }),
    issues: [],
  },
  {
    name: 'a product that uses a category',
    config: v1({
      honesty: { categories: { apparel: { lifespanYears: 3, usesPerYear: 40, useUnit: 'wear' } } },
      products: { 'sku-1': { category: 'apparel', price: 89 } },
    }),
    issues: [],
  },
  {
    name: 'a product id with dots, colons and slashes',
    config: v1({ products: { 'gid://shop/Product/42.v2:blue': { price: 0 } } }),
    issues: [],
  },
  {
    name: 'return reasons that add up to 1',
    config: v1({
      products: {
        a: {
          returns: {
            rate: 0.22,
            reasons: [
              { label: 'runs small', share: 0.6 },
              { label: 'colour', share: 0.4 },
            ],
          },
        },
      },
    }),
    issues: [],
  },
  {
    name: 'messages for a regional locale',
    config: v1({ messages: { 'de-CH': { 'honesty.title': 'Brauchen Sie das wirklich?' } } }),
    issues: [],
  },
  {
    name: 'a dark theme with tokens',
    config: v1({ theme: { colorScheme: 'dark', accent: '#2f6f4f', radius: '0.5rem', fontFamily: 'Inter, "Helvetica Neue", sans-serif' } }),
    issues: [],
  },
  {
    name: 'a partner alternative with its own currency',
    config: v1({
      products: {
        a: {
          alternatives: [{ kind: 'rental', label: 'Rent it', url: 'https://rent.example/a', price: 9.5, currency: 'EUR', partner: true }],
        },
      },
    }),
    issues: [],
  },
];

export const invalidCases: ConfigCase[] = [
  // The file as a whole, and its version
  { name: 'not an object', config: [], issues: ['$: expected an object, found an empty list'] },
  { name: 'a string instead of an object', config: 'version 1', issues: ['$: expected an object, found "version 1"'] },
  { name: 'no version', config: {}, issues: ['$.version: missing required key "version": expected 1'] },
  {
    name: 'a future version',
    config: { version: 2 },
    issues: ['$.version: unsupported config version 2; this build of Candor reads version 1'],
    schemaRejects: true,
  },
  { name: 'version as a string', config: { version: '1' }, issues: ['$.version: expected version 1, found "1"'] },
  { name: 'version zero', config: { version: 0 }, issues: ['$.version: expected version 1, found 0'] },

  // Unknown and misspelt keys
  { name: 'a misspelt section', config: v1({ reveiws: {} }), issues: ['$.reveiws: unknown key "reveiws"; did you mean "reviews"?'] },
  {
    name: 'a misspelt nested key',
    config: v1({ honesty: { coolingOfHours: 24 } }),
    issues: ['$.honesty.coolingOfHours: unknown key "coolingOfHours"; did you mean "coolingOffHours"?'],
  },
  {
    name: 'a check with a typo',
    config: v1({ reviews: { checks: { duplicat: { mode: 'off' } } } }),
    issues: ['$.reviews.checks.duplicat: unknown key "duplicat"; did you mean "duplicate"?'],
  },
  { name: 'a key in the wrong case', config: v1({ Store: {} }), issues: ['$.Store: unknown key "Store"; did you mean "store"?'] },
  {
    name: 'an unknown key with nothing near it',
    config: v1({ analytics: true }),
    issues: [
      '$.analytics: unknown key "analytics"; expected one of the keys "version", "store", "reviews", "honesty", "products", "theme", "messages"',
    ],
  },
  {
    name: 'a misspelt value',
    config: v1({ reviews: { checks: { burst: { mode: 'exlude' } } } }),
    issues: ['$.reviews.checks.burst.mode: expected one of "exclude", "flag", "off", found "exlude"; did you mean "exclude"?'],
  },

  // Wrong types
  {
    name: 'hours as a string',
    config: v1({ honesty: { coolingOffHours: '48' } }),
    issues: ['$.honesty.coolingOffHours: expected a whole number from 1 to 720, found "48"'],
  },
  {
    name: 'a boolean as a string',
    config: v1({ honesty: { sections: { returns: 'false' } } }),
    issues: ['$.honesty.sections.returns: expected true or false, found "false"'],
  },
  { name: 'a list where an object belongs', config: v1({ products: [] }), issues: ['$.products: expected an object, found an empty list'] },
  {
    name: 'an object where a list belongs',
    config: v1({ products: { a: { notFor: { text: 'x' } } } }),
    issues: ['$.products.a.notFor: expected a list of 0 to 10 items, found an object'],
  },
  { name: 'null for a section', config: v1({ theme: null }), issues: ['$.theme: expected an object, found null'] },
  {
    name: 'a number for a name',
    config: v1({ store: { name: 42 } }),
    issues: ['$.store.name: expected a string of 1 to 120 characters, found 42'],
  },
  {
    name: 'price with a currency symbol',
    config: v1({ products: { a: { price: '£89' } } }),
    issues: ['$.products.a.price: expected a number from 0 to 1000000000, found "£89"'],
  },

  // Out of range
  {
    name: 'cooling off too long',
    config: v1({ honesty: { coolingOffHours: 1000 } }),
    issues: ['$.honesty.coolingOffHours: expected a whole number from 1 to 720, found 1000'],
  },
  {
    name: 'fractional hours',
    config: v1({ honesty: { coolingOffHours: 1.5 } }),
    issues: ['$.honesty.coolingOffHours: expected a whole number from 1 to 720, found 1.5'],
  },
  {
    name: 'a return rate as a percentage',
    config: v1({ products: { a: { returns: { rate: 22 } } } }),
    issues: ['$.products.a.returns.rate: expected a number from 0 to 1, found 22'],
  },
  {
    name: 'a negative price',
    config: v1({ products: { a: { price: -1 } } }),
    issues: ['$.products.a.price: expected a number from 0 to 1000000000, found -1'],
  },
  {
    name: 'similarity below the floor',
    config: v1({ reviews: { checks: { duplicate: { similarity: 0.2 } } } }),
    issues: ['$.reviews.checks.duplicate.similarity: expected a number from 0.5 to 1, found 0.2'],
  },
  {
    name: 'a burst quantile of 1',
    config: v1({ reviews: { checks: { burst: { quantile: 1 } } } }),
    issues: ['$.reviews.checks.burst.quantile: expected a number from 0.9 to 0.999999, found 1'],
  },
  {
    name: 'too many not-for lines',
    config: v1({ products: { a: { notFor: Array.from({ length: 11 }, (_, i) => `reason ${i}`) } } }),
    issues: ['$.products.a.notFor: expected a list of 0 to 10 items, found a list of 11 items'],
  },
  {
    name: 'an empty not-for line',
    config: v1({ products: { a: { notFor: [''] } } }),
    issues: ['$.products.a.notFor[0]: expected a string of 1 to 200 characters, found ""'],
  },
  {
    name: 'a rating scale of 100',
    config: v1({ reviews: { ratingScale: 100 } }),
    issues: ['$.reviews.ratingScale: expected a whole number from 3 to 10, found 100'],
  },

  // URLs and formats
  {
    name: 'an http policy link',
    config: v1({ store: { reviewPolicyUrl: 'http://shop.example/reviews' } }),
    issues: ['$.store.reviewPolicyUrl: expected an https:// URL or a path starting with /, found "http://shop.example/reviews"'],
  },
  {
    name: 'a protocol-relative link',
    config: v1({ store: { fakeReviewPolicyUrl: '//evil.example/x' } }),
    issues: ['$.store.fakeReviewPolicyUrl: expected an https:// URL or a path starting with /, found "//evil.example/x"'],
  },
  {
    name: 'a javascript: alternative link',
    config: v1({ products: { a: { alternatives: [{ kind: 'repair', label: 'Fix', url: 'javascript:alert(1)' }] } } }),
    issues: ['$.products.a.alternatives[0].url: expected an https:// URL or a path starting with /, found "javascript:alert(1)"'],
  },
  {
    name: 'a review URL without {productId}',
    config: v1({ reviews: { source: { url: '/reviews.json' } } }),
    issues: ['$.reviews.source.url: expected an https:// URL or a path starting with /, containing {productId}, found "/reviews.json"'],
  },
  {
    name: 'a lower-case currency',
    config: v1({ store: { currency: 'eur' } }),
    issues: ['$.store.currency: expected a three-letter ISO 4217 currency code such as "EUR", found "eur"'],
  },
  {
    name: 'a locale with an underscore',
    config: v1({ store: { locale: 'en_GB' } }),
    issues: ['$.store.locale: expected a language tag such as "en" or "de-CH", found "en_GB"'],
  },
  {
    name: 'a colour that is CSS injection',
    config: v1({ theme: { accent: 'red; background:url(x)' } }),
    issues: ['$.theme.accent: expected a hex colour such as "#2f6f4f", found "red; background:url(x)"'],
  },
  {
    name: 'a product id with a space',
    config: v1({ products: { 'sku 1': {} } }),
    issues: ['$.products["sku 1"]: expected a key that is a product id of letters, digits and . _ : / - (at most 128), found "sku 1"'],
  },
  {
    name: 'a message key with spaces',
    config: v1({ messages: { en: { 'honesty title': 'x' } } }),
    issues: ['$.messages.en["honesty title"]: expected a key that is a message key such as "summary.title", found "honesty title"'],
  },

  // Required keys inside optional sections
  {
    name: 'a review source without url',
    config: v1({ reviews: { source: { format: 'csv' } } }),
    issues: [
      '$.reviews.source.url: missing required key "url": expected an https:// URL or a path starting with /, containing {productId}',
    ],
  },
  {
    name: 'returns without a rate',
    config: v1({ products: { a: { returns: { reasons: [] } } } }),
    issues: ['$.products.a.returns.rate: missing required key "rate": expected a number from 0 to 1'],
  },
  {
    name: 'an alternative missing kind and label',
    config: v1({ products: { a: { alternatives: [{ url: '/x' }] } } }),
    issues: [
      '$.products.a.alternatives[0].kind: missing required key "kind": expected one of "refurbished", "second-hand", "rental", "repair", "care", "trade-in"',
      '$.products.a.alternatives[0].label: missing required key "label": expected a string of 1 to 120 characters',
    ],
  },

  // Cross references (beyond what JSON Schema can say)
  {
    name: 'a product in an unknown category',
    config: v1({ honesty: { categories: { apparel: {} } }, products: { a: { category: 'aparel' } } }),
    issues: ['$.products.a.category: unknown category "aparel"; did you mean "apparel"?'],
    schemaRejects: false,
  },
  {
    name: 'return shares above 1',
    config: v1({
      products: {
        a: {
          returns: {
            rate: 0.3,
            reasons: [
              { label: 'small', share: 0.7 },
              { label: 'big', share: 0.5 },
            ],
          },
        },
      },
    }),
    issues: ['$.products.a.returns.reasons: expected shares that add up to at most 1, found shares that add up to 1.2'],
    schemaRejects: false,
  },

  // Every problem at once
  {
    name: 'several problems in several sections',
    config: v1({
      store: { currency: 'euro' },
      honesty: { coolingOffHours: 0, sections: { returnz: false } },
      theme: { colorScheme: 'blue' },
    }),
    issues: [
      '$.store.currency: expected a three-letter ISO 4217 currency code such as "EUR", found "euro"',
      '$.honesty.sections.returnz: unknown key "returnz"; did you mean "returns"?',
      '$.honesty.coolingOffHours: expected a whole number from 1 to 720, found 0',
      '$.theme.colorScheme: expected one of "auto", "light", "dark", found "blue"',
    ],
  },
];
