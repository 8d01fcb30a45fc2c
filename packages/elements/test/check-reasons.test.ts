/**
 * Each review check's reason exists twice: in English in its core module (the engine's notes and
 * disclosure facts) and in every locale under its `summary.why.*` key (what the summary shows).
 * The widget bundles cannot import the check modules without the engine's code, so this test keeps
 * the two equal: every check of the registry has its reason, under the key the widget reads, in
 * every supported locale, and the English one is the engine's sentence.
 */
import { CHECK_REASONS, REVIEW_CHECK_IDS } from '@candor/core';
import { describe, expect, it } from 'vitest';
import { reasonKey } from '../../core/src/reviews/checks/check.js';
import { CHECKS_BY_ID, REVIEW_CHECKS } from '../../core/src/reviews/checks/registry.js';
import { summaryLocales } from '../src/review-summary.messages.js';
import { camel } from '../src/shared/i18n.js';
import { SUPPORTED_LOCALES } from '../src/shared/locale.js';

await Promise.all(SUPPORTED_LOCALES.map((locale) => new Promise<void>((resolve) => summaryLocales.ready(locale, resolve) && resolve())));
const catalogue = summaryLocales.catalogue;

describe('check reasons', () => {
  it('the registry runs every check id once', () => {
    expect(REVIEW_CHECKS.map((check) => check.id).sort()).toEqual([...REVIEW_CHECK_IDS].sort());
    for (const id of REVIEW_CHECK_IDS) expect(CHECKS_BY_ID[id].id).toBe(id);
  });

  it.each(REVIEW_CHECKS.map((check) => [check.id, check] as const))('%s: its reason key is the one the summary reads', (id, check) => {
    expect(reasonKey(check.id)).toBe(`summary.why.${camel(id)}`);
  });

  describe.each(SUPPORTED_LOCALES)('%s', (locale) => {
    it.each(REVIEW_CHECKS.map((check) => [check.id, check] as const))('has the reason of %s', (id, check) => {
      const key = reasonKey(check.id);
      const text = catalogue[locale]?.[key];
      expect(text, `${locale} ${key}`).toBeTypeOf('string');
      expect(text!.trim(), `${locale} ${key}`).not.toBe('');
      if (locale === 'en') {
        expect(text, `en ${key}`).toBe(check.reason);
        expect(CHECK_REASONS[id]).toBe(check.reason);
      } else expect(text, `${locale} ${key} is still English`).not.toBe(check.reason);
    });
  });
});
