import { describe, expect, it } from 'vitest';
import { honestyLowerMessages } from '../src/honesty-panel.lower.messages.js';
import { honestyLocales, honestyOwnMessages } from '../src/honesty-panel.messages.js';
import { messages as ar } from '../src/honesty-panel.messages.ar.js';
import { messages as de } from '../src/honesty-panel.messages.de.js';
import { messages as es } from '../src/honesty-panel.messages.es.js';
import { messages as fr } from '../src/honesty-panel.messages.fr.js';
import { PLURAL_CATEGORIES } from '../src/shared/message-checks.js';
import { SUPPORTED_LOCALES } from '../src/shared/locale.js';
import { ALTERNATIVE_KINDS, DISCLOSURE_KINDS, USE_UNITS } from '@candor/core';

/** Every English string of the panel: its own and those of its sections loaded on demand. */
const english: Record<string, string> = { ...honestyOwnMessages.en, ...honestyLowerMessages.en };
const honestyMessages: Record<string, Partial<Record<string, string>>> = { en: english, de, fr, es, ar };
const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());
const pluralBases = Object.keys(english)
  .filter((key) => key.endsWith('.other') && `${key.slice(0, -'.other'.length)}.one` in english)
  .map((key) => key.slice(0, -'.other'.length));
const singleKeys = Object.keys(english).filter((key) => !pluralBases.some((base) => key.startsWith(`${base}.`)));

describe('honesty panel catalogue', () => {
  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s translates every message', (locale) => {
    const messages = honestyMessages[locale];
    const missing = singleKeys.filter((key) => typeof messages[key] !== 'string' || messages[key] === '');
    expect(missing).toEqual([]);
  });
  it.each(SUPPORTED_LOCALES)('%s has every plural category its language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const base of pluralBases) {
      for (const category of categories)
        expect(honestyMessages[locale][`${base}.${category}`], `${locale} ${base}.${category}`).toBeTypeOf('string');
    }
    expect(categories.every((category) => (PLURAL_CATEGORIES as readonly string[]).includes(category))).toBe(true);
  });
  it.each(SUPPORTED_LOCALES)('%s keeps every placeholder of the English text', (locale) => {
    const placeholders = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);
    for (const key of singleKeys) {
      expect(placeholders(honestyMessages[locale][key]!), `${locale} ${key}`).toEqual(placeholders(english[key]!));
    }
  });
  it('has a label for every use unit, alternative kind and disclosure kind in the config schema', () => {
    for (const unit of USE_UNITS) expect(english).toHaveProperty([`honesty.perUnit.${unit}`]);
    for (const kind of ALTERNATIVE_KINDS) expect(english).toHaveProperty([`honesty.alternative.${camel(kind)}`]);
    for (const kind of DISCLOSURE_KINDS) {
      const key = kind === 'other' ? 'material' : camel(kind);
      expect(english).toHaveProperty([`honesty.disclosureKind.${key}`]);
      expect(english).toHaveProperty([`honesty.disclosure.${key}`]);
    }
  });
  it('ships the English of the returns, not-for and disclosure sections with their code, not with the panel', async () => {
    expect(honestyLocales.catalogue.en['honesty.returns.title']).toBeUndefined();
    await import('../src/honesty-panel.lower.js');
    expect(honestyLocales.catalogue.en['honesty.returns.title']).toBe('Returns');
    expect(honestyLocales.catalogue.en['honesty.title']).toBe('Do you really need this?');
  });
});
