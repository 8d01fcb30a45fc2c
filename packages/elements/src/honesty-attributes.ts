/**
 * The honesty panel's attributes read as plain values: each function takes what the element was
 * given, returns what may be used, and pushes one sentence per problem (naming the attribute and
 * what it expects) into `problems`. Nothing here touches the DOM.
 */
import { HONESTY_SECTIONS, PRODUCT_ID_PATTERN, USE_UNITS, type HonestySection, type ProductFacts } from '@candor/core';
import { camel } from './shared/i18n.js';

/** Reads a numeric attribute; anything unparsable becomes NaN so the reader can say what was wrong. */
export const numberAttribute = {
  fromAttribute: (value: string | null): number | undefined => (value === null || value.trim() === '' ? undefined : Number(value.trim())),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

/** The panel's product-fact attributes as the element holds them (numbers, or whatever a script set). */
export interface FactAttributes {
  price?: unknown;
  currency?: unknown;
  expectedUses?: unknown;
  lifespanYears?: unknown;
  usesPerYear?: unknown;
  useUnit?: unknown;
}

const unset = (value: unknown): boolean => value === undefined || value === null || value === '';
const quoted = (value: unknown, length = 40): string => String(value).slice(0, length);
const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The product facts the attributes state. `written(name)` gives the attribute's text as written
 * (a problem quotes what the author typed, not the NaN it became).
 */
export function readFactAttributes(
  values: FactAttributes,
  problems: string[],
  written: (name: string) => string | null = () => null,
): ProductFacts {
  const facts: ProductFacts = {};
  const number = (name: string, value: unknown, ok: (n: number) => boolean, expected: string): number | undefined => {
    if (unset(value)) return undefined;
    const parsed = typeof value === 'number' ? value : Number(String(value).trim());
    if (Number.isFinite(parsed) && ok(parsed)) return parsed;
    problems.push(`${name}="${quoted(written(name) ?? value)}" is not ${expected}; it is ignored.`);
    return undefined;
  };
  const price = number('price', values.price, (n) => n >= 0 && n <= 1e9, 'a price such as 89.00 (a dot for decimals, no currency sign)');
  if (price !== undefined) facts.price = price;
  const expectedUses = number(
    'expected-uses',
    values.expectedUses,
    (n) => Number.isInteger(n) && n >= 1 && n <= 1e7,
    'a whole number of uses from 1',
  );
  if (expectedUses !== undefined) facts.expectedUses = expectedUses;
  const lifespanYears = number('lifespan-years', values.lifespanYears, (n) => n >= 0.05 && n <= 100, 'a number of years from 0.05 to 100');
  if (lifespanYears !== undefined) facts.lifespanYears = lifespanYears;
  const usesPerYear = number(
    'uses-per-year',
    values.usesPerYear,
    (n) => n >= 0.1 && n <= 100000,
    'a number of uses per year from 0.1 to 100000',
  );
  if (usesPerYear !== undefined) facts.usesPerYear = usesPerYear;
  if (!unset(values.currency)) {
    const currency = String(values.currency).trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(currency)) facts.currency = currency;
    else problems.push(`currency="${quoted(values.currency)}" is not a three-letter ISO 4217 code such as "EUR"; it is ignored.`);
  }
  if (!unset(values.useUnit)) {
    if ((USE_UNITS as readonly unknown[]).includes(values.useUnit)) facts.useUnit = values.useUnit as (typeof USE_UNITS)[number];
    else problems.push(`use-unit="${quoted(values.useUnit)}" is not one of ${USE_UNITS.join(', ')}; it is ignored.`);
  }
  return facts;
}

/** The `product-id` when it is a valid product id. */
export function readProductId(value: unknown, problems: string[]): string | undefined {
  if (unset(value)) return undefined;
  const id = String(value);
  if (PRODUCT_ID_PATTERN.test(id)) return id;
  problems.push(`product-id="${quoted(id)}" must be letters, digits and . _ : / - (at most 128); it is ignored.`);
  return undefined;
}

/** The sections named in `sections` (space- or comma-separated, kebab-case); undefined when none is named. */
export function readSections(value: unknown, problems: string[]): HonestySection[] | undefined {
  if (unset(value) || !String(value).trim()) return undefined;
  const names = String(value)
    .trim()
    .split(/[\s,]+/);
  const known = names.map(camel).filter((name): name is HonestySection => (HONESTY_SECTIONS as readonly string[]).includes(name));
  if (known.length !== names.length) {
    problems.push(`sections="${quoted(value, 80)}" has unknown names; valid: ${HONESTY_SECTIONS.map(kebab).join(' ')}.`);
  }
  return known;
}

/** The panel title's heading level: a whole number from 1 to 6, else 2 (with a problem). */
export function readHeadingLevel(value: unknown, problems: string[]): number {
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  problems.push(`heading-level="${quoted(value)}" must be a whole number from 1 to 6; using 2.`);
  return 2;
}
