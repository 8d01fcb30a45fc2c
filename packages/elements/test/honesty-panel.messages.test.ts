import { describe, expect, it } from 'vitest';
import { honestyOwnMessages } from '../src/honesty-panel.messages.js';
import { messages as ar } from '../src/honesty-panel.messages.ar.js';
import { messages as de } from '../src/honesty-panel.messages.de.js';
import { messages as es } from '../src/honesty-panel.messages.es.js';
import { messages as fr } from '../src/honesty-panel.messages.fr.js';
import { PLURAL_CATEGORIES } from '../src/shared/message-checks.js';
import { SUPPORTED_LOCALES } from '../src/shared/locale.js';
import { ALTERNATIVE_KINDS, DISCLOSURE_KINDS, USE_UNITS } from '@candor/core';

const honestyMessages: Record<string, Partial<Record<string, string>>> = { en: honestyOwnMessages.en, de, fr, es, ar };
const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());
const pluralBases = Object.keys(honestyOwnMessages.en)
  .filter((key) => key.endsWith('.other') && `${key.slice(0, -'.other'.length)}.one` in honestyOwnMessages.en)
  .map((key) => key.slice(0, -'.other'.length));
const singleKeys = Object.keys(honestyOwnMessages.en).filter((key) => !pluralBases.some((base) => key.startsWith(`${base}.`)));

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
      const english = placeholders(honestyOwnMessages.en[key as keyof typeof honestyOwnMessages.en]);
      expect(placeholders(honestyMessages[locale][key]!), `${locale} ${key}`).toEqual(english);
    }
  });
  it('has a label for every use unit, alternative kind and disclosure kind in the config schema', () => {
    for (const unit of USE_UNITS) expect(honestyOwnMessages.en).toHaveProperty([`honesty.perUnit.${unit}`]);
    for (const kind of ALTERNATIVE_KINDS) expect(honestyOwnMessages.en).toHaveProperty([`honesty.alternative.${camel(kind)}`]);
    for (const kind of DISCLOSURE_KINDS) {
      const key = kind === 'other' ? 'material' : camel(kind);
      expect(honestyOwnMessages.en).toHaveProperty([`honesty.disclosureKind.${key}`]);
      expect(honestyOwnMessages.en).toHaveProperty([`honesty.disclosure.${key}`]);
    }
  });
});
