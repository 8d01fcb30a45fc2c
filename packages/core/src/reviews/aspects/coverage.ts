/**
 * Rules on which aspects are shown, as pure functions over counts so each is tested directly:
 * the product's own words are never aspects, a label sits on one side unless reviews really split
 * on it, and no complaint made by more reviews than the smallest shown pro is left out.
 */
import { lemma } from './words.js';

/** Words after which a noun is likely the product itself ("this laptop", "these shoes"). */
export const PRODUCT_DETERMINERS = [
  'this',
  'these',
  'my',
  'mein',
  'meine',
  'mon',
  'ma',
  'mi',
  'dieses',
  'diese',
  'dieser',
  'ce',
  'cet',
  'cette',
  'ces',
  'este',
  'esta',
  'estos',
  'estas',
];

/** The product's name, brand and category as lemmas (the words a theme must never be). */
export function productWordsOf(product: { name?: string; brand?: string; category?: string } | undefined): Set<string> {
  const words = new Set<string>();
  if (!product) return words;
  for (const text of [product.name, product.brand, product.category]) {
    if (typeof text !== 'string') continue;
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 2) words.add(lemma(word));
  }
  return words;
}

/**
 * Found nouns that reviews use for the product itself: called "this X" in at least two reviews
 * (and 1% of them) and in at least a fifth of the reviews that have an opinion on X; or a name,
 * written capitalised after "my" / "this" ("my Toshiba", "this Mac") in at least two reviews and
 * in at least half of those that say "this X" at all (`thisNamed`, counted where case marks names).
 */
export function productHeads(
  terms: ReadonlyArray<{ key: string; thisReviews: number; thisNamed?: number; opinionReviews: number }>,
  reviewCount: number,
): string[] {
  const least = Math.max(2, Math.ceil(reviewCount * 0.01));
  const named = (t: { thisReviews: number; thisNamed?: number }) => (t.thisNamed ?? 0) >= 2 && (t.thisNamed ?? 0) * 2 >= t.thisReviews;
  return terms.filter((t) => (t.thisReviews >= least && t.thisReviews * 5 >= t.opinionReviews) || named(t)).map((t) => t.key);
}

/** Below this share of its reviews, the smaller side of a label is noise, not a split. */
export const SPLIT_SHARE = 0.25;

/**
 * Which side a label keeps: both when the smaller side has at least SPLIT_SHARE of the reviews
 * with an opinion on it (a real split), else only the larger one ('pros' on a tie).
 */
export function keepOneSide(positive: number, negative: number): 'pros' | 'cons' | 'both' {
  const total = positive + negative;
  if (total > 0 && Math.min(positive, negative) >= SPLIT_SHARE * total) return 'both';
  return negative > positive ? 'cons' : 'pros';
}

/**
 * The count a complaint must exceed to be owed a place: the smallest theme shown on either side
 * (a shown pro, or a shown con the lists would otherwise rank below it). Nothing shown, nothing owed.
 */
export function coverageFloor(shownPros: readonly number[], shownCons: readonly number[]): number {
  return shownPros.length + shownCons.length === 0 ? Infinity : Math.min(...shownPros, ...shownCons);
}

/**
 * Complaint coverage: every candidate con (sorted by count, largest first) with more reviews than
 * the smallest shown theme (coverageFloor) must be shown; those that fit in the free places
 * (maxThemes minus shown) are to be shown, the rest named in the "Other complaints" line.
 */
export function coverComplaints<T>(
  shownPros: readonly number[],
  shownCons: readonly T[],
  candidates: readonly T[],
  count: (item: T) => number,
  maxThemes: number,
): { show: T[]; name: T[] } {
  const floor = coverageFloor(shownPros, shownCons.map(count));
  const uncovered = candidates.filter((item) => count(item) > floor && !shownCons.includes(item));
  const room = Math.max(0, maxThemes - shownCons.length);
  return { show: uncovered.slice(0, room), name: uncovered.slice(room) };
}
