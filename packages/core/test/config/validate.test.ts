import { describe, expect, it } from 'vitest';
import {
  assertConfig,
  CandorConfigError,
  coolingOffRequested,
  declaredPolicyOf,
  declaresAnyPolicy,
  defaultConfig,
  formatIssues,
  parseConfig,
  validateConfig,
} from '../../src/index.js';
import { invalidCases, validCases } from './cases.js';

const lines = (config: unknown) => {
  const result = validateConfig(config);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
};

describe('validateConfig', () => {
  it.each(validCases)('accepts $name', ({ config }) => {
    expect(lines(config)).toEqual([]);
  });

  it.each(invalidCases)('refuses $name with the exact messages', ({ config, issues }) => {
    expect(lines(config)).toEqual(issues);
  });

  it('has at least 40 table cases', () => {
    expect(validCases.length + invalidCases.length).toBeGreaterThanOrEqual(40);
  });

  it('gives each issue its parts: path, expected, found and the suggestion', () => {
    const result = validateConfig({ version: 1, honesty: { coolingOfHours: 24, frequentReturnRate: 'high' } });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ path: '$.honesty.coolingOfHours', found: '"coolingOfHours"', suggestion: 'coolingOffHours' }),
      expect.objectContaining({ path: '$.honesty.frequentReturnRate', expected: 'a number from 0 to 1', found: '"high"' }),
    ]);
  });

  it('fills every default a store did not write', () => {
    const config = defaultConfig();
    expect(config.reviews.checks).toEqual({
      unverified: { mode: 'exclude' },
      incentivized: { mode: 'exclude', detectInText: true },
      duplicate: { mode: 'exclude', similarity: 0.8, minWords: 8 },
      burst: { mode: 'exclude', quantile: 0.999 },
      insider: { mode: 'exclude' },
      'checkout-survey': { mode: 'exclude' },
      syndicated: { mode: 'exclude' },
      'new-account': { mode: 'flag', expectedShare: 0.2 },
    });
    expect(config.reviews.verification).toEqual({ method: 'none', counts: ['order-matched', 'platform'] });
    expect(config.honesty).toMatchObject({ frequentReturnRate: 0.15, coolingOffHours: 48, categories: {} });
    expect(config.theme).toEqual({ colorScheme: 'auto' });
    expect(config.store).toEqual({});
  });

  it('keeps what the store wrote and defaults only the rest', () => {
    const config = assertConfig({ version: 1, reviews: { checks: { burst: { mode: 'flag' } } } });
    expect(config.reviews.checks.burst).toEqual({ mode: 'flag', quantile: 0.999 });
    expect(config.reviews.checks.duplicate.mode).toBe('exclude');
  });

  it('does not share default objects between configs', () => {
    const first = defaultConfig();
    first.honesty.categories['x'] = {};
    expect(defaultConfig().honesty.categories).toEqual({});
  });

  it('truncates long found values so a message stays one readable line', () => {
    const [line] = lines({ version: 1, store: { locale: 'x'.repeat(300) } });
    expect(line).toBe(`$.store.locale: expected a language tag such as "en" or "de-CH", found "${'x'.repeat(40)}"…`);
  });
});

describe('parseConfig', () => {
  it('names the line and column of a JSON syntax error', () => {
    const result = parseConfig('{\n  "version": 1,\n  "store": { "name": "A", }\n}');
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.message).toMatch(/^invalid JSON at line 3, column 27: /);
  });

  it('validates what it parsed', () => {
    expect(parseConfig('{"version": 1}').ok).toBe(true);
    expect(parseConfig('{"version": 3}').issues[0]?.message).toBe('unsupported config version 3; this build of Candor reads version 1');
  });
});

describe('formatIssues and CandorConfigError', () => {
  it('prints one line per problem under the file name', () => {
    const error = new CandorConfigError(validateConfig({ version: 1, theme: { accent: 'red', radius: 8 } }).issues, '/candor.json');
    expect(error.message).toBe(
      [
        '/candor.json: 2 problems',
        '  $.theme.accent: expected a hex colour such as "#2f6f4f", found "red"',
        '  $.theme.radius: expected a length such as "8px" or "0.5rem", found 8',
      ].join('\n'),
    );
    expect(formatIssues(error.issues.slice(0, 1))).toMatch(/^candor.json: 1 problem\n/);
  });

  it('is thrown by assertConfig only', () => {
    expect(() => assertConfig({ version: 9 })).toThrow(CandorConfigError);
    expect(() => validateConfig(undefined)).not.toThrow();
    expect(() => validateConfig(Object.create(null))).not.toThrow();
  });
});

describe('validateConfig with isolateProducts: one bad product entry does not turn off the rest', () => {
  const categories = { apparel: { lifespanYears: 3, usesPerYear: 40, useUnit: 'wear' } };
  const store = {
    version: 1,
    store: { name: 'Shop', currency: 'EUR' },
    honesty: { coolingOffHours: 48, categories },
    products: {
      'sku-1': { category: 'apparel', price: 89 },
      'sku-2': { category: 'aparel', price: 20 },
      'sku 3': { price: 'cheap' },
    },
  };

  it('drops the bad entries with the same messages and applies everything else', () => {
    const strict = validateConfig(store);
    expect(strict.ok).toBe(false);
    const result = validateConfig(store, { isolateProducts: true });
    expect(result.ok).toBe(true);
    // The key "sku 3" and its price are shape problems; the unknown category is found once the shapes are valid.
    expect(result.dropped?.products.sort()).toEqual(['sku 3', 'sku-2']);
    expect(result.dropped?.issues.slice(0, strict.issues.length)).toEqual(strict.issues);
    expect(result.dropped?.issues.map((issue) => `${issue.path}: ${issue.message}`)).toContain(
      '$.products["sku-2"].category: unknown category "aparel"; did you mean "apparel"?',
    );
    expect(Object.keys(result.config!.products)).toEqual(['sku-1']);
    expect(result.config!.store.name).toBe('Shop');
    expect(result.config!.honesty.coolingOffHours).toBe(48);
  });

  it('still refuses the whole config when a problem lies outside the products', () => {
    const result = validateConfig({ ...store, honesty: { ...store.honesty, coolingOffHours: 'soon' } }, { isolateProducts: true });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toContain('$.honesty.coolingOffHours');
  });

  it('matches a product by its whole key: "sku-1" is not dropped for a problem in "sku-10"', () => {
    const result = validateConfig({ ...store, products: { 'sku-1': { price: 89 }, 'sku-10': { price: -1 } } }, { isolateProducts: true });
    expect(result.dropped?.products).toEqual(['sku-10']);
    expect(Object.keys(result.config!.products)).toEqual(['sku-1']);
  });

  it('a valid config has nothing dropped, and without the option nothing changes', () => {
    expect(validateConfig({ version: 1, products: { a: { price: 1 } } }, { isolateProducts: true }).dropped).toBeUndefined();
    expect(validateConfig(store).dropped).toBeUndefined();
  });
});

describe('what a config declared survives validating it again', () => {
  const validated = (input: unknown) => {
    const result = validateConfig(input);
    if (!result.ok) throw new Error('expected a valid config');
    return result.config;
  };

  it('a validated config handed on (a server renderer gives it to the widgets) declares no policy its input did not', () => {
    const once = validated({ version: 1, store: { name: 'Minimal Goods' } });
    const twice = validated(once);
    expect(declaredPolicyOf(once)).toEqual({ verification: false, moderation: false, ordering: false, incentives: false });
    expect(declaredPolicyOf(twice)).toEqual(declaredPolicyOf(once));
    expect(declaresAnyPolicy(declaredPolicyOf(twice))).toBe(false);
    expect(coolingOffRequested(twice)).toBe(false);
  });

  it('and keeps what it did declare', () => {
    const once = validated({ version: 1, reviews: { ordering: 'newest' }, honesty: { sections: { coolingOff: true } } });
    const twice = validated(once);
    expect(declaredPolicyOf(twice)).toEqual({ verification: false, moderation: false, ordering: true, incentives: false });
    expect(coolingOffRequested(twice)).toBe(true);
  });
});
