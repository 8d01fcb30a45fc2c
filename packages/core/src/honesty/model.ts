/**
 * Everything the honesty panel shows, computed without a DOM: which sections have real data,
 * and the numbers in them. The element only formats and renders this model.
 */
import { coolingOffRequested } from '../config/declared-policy.js';
import type { CandorConfig, HonestySection, ProductConfig } from '../config/schema.js';
import { HONESTY_SECTIONS, PRODUCT_ID_PATTERN } from '../config/vocabulary.js';
import type { ResolvedProductFacts } from '../config/product-facts.js';
import { costPerUse, type CostPerUse } from './cost-per-use.js';
import { costPerUseRange, lifespanRange, type CostPerUseRange } from './lifespan.js';
import { matchReturnThemes } from './return-themes.js';
import { returnsNote, type ReturnReason, type ReturnsNote } from './returns.js';
import type { HonestyReviewFacts, HonestyTheme } from './review-facts.js';

type UseUnit = NonNullable<ProductConfig['useUnit']>;
export type HonestyAlternative = NonNullable<ProductConfig['alternatives']>[number];
export type HonestyDisclosure = NonNullable<ProductConfig['disclosures']>[number];

/** A mined theme must be mentioned by at least this many reviews to be listed as "not for you". */
export const MIN_MINED_MENTIONS = 2;
export const MAX_MINED_THEMES = 5;

export interface HonestyModel {
  productId?: string;
  name?: string;
  useUnit: UseUnit;
  costPerUse?: { value: CostPerUse; owners?: CostPerUseRange };
  coolingOff?: { productId: string; hours: number };
  returns?: { note: ReturnsNote; themes: HonestyTheme[]; totalTrusted: number };
  notFor?: { merchant: string[]; mined: HonestyTheme[]; totalTrusted: number };
  alternatives?: { items: HonestyAlternative[]; currency?: string };
  disclosure?: { items: HonestyDisclosure[]; partnerAlternatives: boolean };
  /** Sections that are switched on and have data, in display order. */
  sections: HonestySection[];
}

export interface HonestyModelInput {
  facts: ResolvedProductFacts;
  config: CandorConfig;
  reviewFacts?: HonestyReviewFacts | undefined;
  /** Limits the sections further (the element's `sections` attribute); the config can only switch off. */
  only?: readonly HonestySection[] | undefined;
}

/** Which complaint themes match the return reasons, most mentioned first (matchReturnThemes). */
export type ReturnThemeMatcher = (reasons: readonly ReturnReason[], cons: readonly HonestyTheme[]) => HonestyTheme[];

export function buildHonestyModel(input: HonestyModelInput): HonestyModel {
  return buildHonestyModelWith(input, matchReturnThemes);
}

/**
 * buildHonestyModel with the matching of review complaints to return reasons passed in: the
 * honesty panel passes matchReturnThemes once it has loaded it with its returns section, where
 * the matches are shown (and, until then, a matcher that finds none).
 */
export function buildHonestyModelWith(
  { facts, config, reviewFacts, only }: HonestyModelInput,
  matchThemes: ReturnThemeMatcher,
): HonestyModel {
  const on = (section: HonestySection) => config.honesty.sections[section] !== false && (!only || only.includes(section));
  const model: HonestyModel = { useUnit: facts.useUnit ?? 'use', sections: [] };
  if (facts.productId !== undefined) model.productId = facts.productId;
  if (facts.name !== undefined) model.name = facts.name;

  if (on('costPerUse')) {
    const result = costPerUse(facts, config.store.currency);
    if (result.ok) {
      const range = lifespanRange(reviewFacts?.longTermLifespanYears);
      const owners = range ? costPerUseRange(facts, range, config.store.currency) : undefined;
      model.costPerUse = { value: result.value, ...(owners ? { owners } : {}) };
    }
  }
  // Cooling off needs only an id, but a panel for an id nobody knows anything about (a typo) would be noise.
  const known = Object.values(facts.sources).some((source) => source !== 'store');
  if (on('coolingOff') && known && facts.productId !== undefined && PRODUCT_ID_PATTERN.test(facts.productId)) {
    model.coolingOff = { productId: facts.productId, hours: config.honesty.coolingOffHours };
  }
  if (on('returns')) {
    const note = returnsNote(facts.returns, config.honesty.frequentReturnRate);
    if (note) {
      const themes = reviewFacts ? matchThemes(facts.returns?.reasons ?? [], reviewFacts.cons) : [];
      model.returns = { note, themes, totalTrusted: reviewFacts?.totalTrusted ?? 0 };
    }
  }
  if (on('notFor')) {
    const merchant = (facts.notFor ?? []).filter((item) => item.trim() !== '');
    const mined = [...(reviewFacts?.cons ?? [])]
      .filter((theme) => theme.mentions >= MIN_MINED_MENTIONS)
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, MAX_MINED_THEMES);
    if (merchant.length || mined.length) model.notFor = { merchant, mined, totalTrusted: reviewFacts?.totalTrusted ?? 0 };
  }
  if (on('alternatives') && facts.alternatives?.length) {
    const currency = facts.currency ?? config.store.currency;
    model.alternatives = { items: [...facts.alternatives], ...(currency ? { currency } : {}) };
  }
  if (on('disclosure')) {
    const partnerAlternatives = model.alternatives?.items.some((item) => item.partner) ?? false;
    const items = [...(facts.disclosures ?? [])];
    if (items.length || partnerAlternatives) model.disclosure = { items, partnerAlternatives };
  }
  model.sections = HONESTY_SECTIONS.filter((section) => model[section] !== undefined);
  // A panel that knows nothing but "save it for later" (and perhaps not even the price) says nothing,
  // unless the store asked for the cooling-off option in so many words.
  if (model.sections.length === 1 && model.coolingOff && !coolingOffRequested(config)) {
    delete model.coolingOff;
    model.sections = [];
  }
  return model;
}
