import { describe, expect, it } from 'vitest';
import { defaultConfig, validateConfig } from '../src/index.js';

describe('defaultConfig', () => {
  it('fills every section from { version: 1 }', () => {
    const config = defaultConfig();
    expect(config.reviews.checks.burst).toEqual({ mode: 'exclude', quantile: 0.999 });
    expect(config.reviews.verification.method).toBe('none');
    expect(config.honesty.coolingOffHours).toBe(48);
    expect(config.honesty.sections.returns).toBe(true);
    expect(config.products).toEqual({});
    expect(validateConfig({ version: 1, $schema: './candor.schema.json' }).ok).toBe(true);
  });
});

describe('defaultConfig, written out', () => {
  it('is exactly what the validator makes of { version: 1 }', () => {
    const validated = validateConfig({ version: 1 });
    expect(validated.ok).toBe(true);
    expect(defaultConfig()).toStrictEqual(validated.config);
  });

  it('gives a fresh copy on every call', () => {
    const first = defaultConfig();
    first.reviews.checks.burst.quantile = 0.5;
    expect(defaultConfig().reviews.checks.burst.quantile).toBe(0.999);
  });
});
