import { REVIEW_CHECK_IDS, INCENTIVE_KINDS, MODERATION_METHODS, REVIEW_ORDERINGS, VERIFICATION_METHODS } from '@candor/core';
import { describe, expect, it } from 'vitest';
import { badgeLocales, badgeMessages, badgeOwnMessages } from '../src/rating-badge.messages.js';
import { summaryLocales, summaryMessages, summaryOwnMessages } from '../src/review-summary.messages.js';
import { summaryMoreMessages } from '../src/review-summary.more.messages.js';
import type { LazyCatalogue } from '../src/shared/lazy-messages.js';
import type { Catalogue } from '../src/shared/i18n.js';
import { isKnownMessageKey, PLURAL_CATEGORIES, THEME_LABEL_KEYS } from '../src/shared/message-checks.js';
import { messages as honestyAr } from '../src/honesty-panel.messages.ar.js';
import { messages as honestyDe } from '../src/honesty-panel.messages.de.js';
import { messages as honestyEs } from '../src/honesty-panel.messages.es.js';
import { messages as honestyFr } from '../src/honesty-panel.messages.fr.js';
import { SUPPORTED_LOCALES } from '../src/shared/locale.js';

/** Loads every locale module of a widget and returns the full catalogue. */
async function loadAll(locales: LazyCatalogue): Promise<Catalogue> {
  await Promise.all(SUPPORTED_LOCALES.map((locale) => new Promise<void>((resolve) => locales.ready(locale, resolve) && resolve())));
  return locales.catalogue;
}
const fullSummary = await loadAll(summaryLocales);
const fullBadge = await loadAll(badgeLocales);

/** Every English string of the summary: the widget's and those of its content loaded on demand. */
const summaryEnglish: Record<string, string> = { ...summaryOwnMessages.en, ...summaryMoreMessages.en };
const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());
const catalogues: [string, Record<string, string>, Catalogue][] = [
  ['review summary', summaryEnglish, { ...fullSummary, en: summaryEnglish }],
  ['rating badge', badgeOwnMessages.en, fullBadge],
];

describe.each(catalogues)('%s catalogue', (_name, en, merged) => {
  const pluralBases = Object.keys(en)
    .filter((key) => key.endsWith('.other') && `${key.slice(0, -'.other'.length)}.one` in en)
    .map((key) => key.slice(0, -'.other'.length));
  const singleKeys = Object.keys(en).filter((key) => !pluralBases.some((base) => key.startsWith(`${base}.`)));
  const placeholders = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s translates every message, keeping its placeholders', (locale) => {
    for (const key of singleKeys) {
      expect(merged[locale][key], `${locale} ${key}`).toBeTypeOf('string');
      expect(placeholders(merged[locale][key]!), `${locale} ${key}`).toEqual(placeholders(en[key]!));
    }
  });
  it.each(SUPPORTED_LOCALES)('%s has every plural category its language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    expect(categories.every((category) => (PLURAL_CATEGORIES as readonly string[]).includes(category))).toBe(true);
    for (const base of pluralBases)
      for (const category of categories)
        expect(merged[locale][`${base}.${category}`], `${locale} ${base}.${category}`).toBeTypeOf('string');
  });
  it('uses only keys the config schema accepts (no hyphens)', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/);
  });
});

describe('lazy locales', () => {
  it('ship English with the widget and nothing else until a locale is asked for', () => {
    expect(summaryMessages.en['summary.title']).toBe('What reviewers say');
    expect(summaryMessages.de['summary.title']).toBeUndefined();
    expect(badgeMessages.ar['badge.empty']).toBeUndefined();
    expect(fullSummary.de['summary.title']).toBe('Was Bewertende sagen');
  });
  it("ship the English of the summary's content below its ratings table with that content's code, not with the widget", async () => {
    expect(summaryMessages.en['summary.how.title']).toBeUndefined();
    expect(summaryMessages.en['summary.pros']).toBeUndefined();
    await import('../src/review-summary.more.js');
    expect(summaryLocales.catalogue.en['summary.how.title']).toBe('How reviews work here');
    expect(summaryMessages.en['summary.pros']).toBe('What reviewers like');
    expect(isKnownMessageKey('summary.how.title')).toBe(true);
  });
});

describe('review summary vocabulary', () => {
  it('names every check, reason, verification method, moderation method, ordering and incentive kind the config can hold', () => {
    const en = summaryEnglish;
    for (const check of REVIEW_CHECK_IDS) {
      expect(en).toHaveProperty([`summary.check.${camel(check)}`]);
      expect(en).toHaveProperty([`summary.why.${camel(check)}`]);
    }
    for (const method of VERIFICATION_METHODS) expect(en).toHaveProperty([`summary.how.verify.${camel(method)}`]);
    for (const method of MODERATION_METHODS) expect(en).toHaveProperty([`summary.how.moderation.${camel(method)}`]);
    for (const ordering of REVIEW_ORDERINGS) expect(en).toHaveProperty([`summary.how.ordering.${camel(ordering)}`]);
    for (const kind of INCENTIVE_KINDS) expect(en).toHaveProperty([`summary.incentive.${camel(kind)}`]);
  });
});

describe('theme label keys', () => {
  it('are the engine\'s categories and "Other ..." lines, each known to the override check and translated in every language', async () => {
    const { ASPECTS } = await import('../../core/src/reviews/aspects.js');
    expect([...THEME_LABEL_KEYS].sort()).toEqual(
      [...Object.keys(ASPECTS).map((key) => `aspect.${key}`), 'other.complaints', 'other.praise'].sort(),
    );
    const honesty: Record<string, Partial<Record<string, string>>> = { de: honestyDe, fr: honestyFr, es: honestyEs, ar: honestyAr };
    for (const key of THEME_LABEL_KEYS) {
      expect(isKnownMessageKey(`summary.theme.${key}`), key).toBe(true);
      expect(isKnownMessageKey(`honesty.theme.${key}`), key).toBe(true);
      for (const locale of ['de', 'fr', 'es', 'ar'] as const) {
        expect(fullSummary[locale][`summary.theme.${key}`], `${locale} summary ${key}`).toBeTypeOf('string');
        // The honesty panel lists complaints only.
        if (key !== 'other.praise') expect(honesty[locale]![`honesty.theme.${key}`], `${locale} honesty ${key}`).toBeTypeOf('string');
      }
    }
    expect(isKnownMessageKey('summary.theme.aspect.fitt')).toBe(false);
    expect(isKnownMessageKey('summary.theme.lens cap')).toBe(false);
  });
});
