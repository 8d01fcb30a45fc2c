/**
 * Return-rate facts: whether a product counts as "frequently returned", the percentage shown
 * (rounded UP, because a lower return rate would flatter the product), the top reasons, and
 * which complaint themes from reviews match those reasons.
 */
import type { HonestyTheme } from './review-facts.js';

export interface ReturnReason {
  label: string;
  share?: number | undefined;
}

export interface ReturnFacts {
  rate: number;
  reasons?: readonly ReturnReason[] | undefined;
}

export interface ReturnsNote {
  rate: number;
  /** Whole percent, rounded up: 0.221 is 23%, 0.22 is 22%. */
  percent: number;
  frequent: boolean;
  threshold: number;
  /** At most `maxReasons`, largest share first; reasons without a share keep the store's order after those with one. */
  topReasons: ReturnReason[];
}

/** Rounds a share up to whole percent, after removing float noise (0.22 × 100 = 22.000000000000004). */
export function percentUp(share: number): number {
  const percent = Math.round(share * 100 * 1e6) / 1e6;
  return Math.min(100, Math.max(0, Math.ceil(percent)));
}

/** "Frequently returned" from the rate and the store's threshold: at or above it. */
export function isFrequentlyReturned(rate: number, threshold: number): boolean {
  if (!Number.isFinite(rate) || !Number.isFinite(threshold)) return false;
  // Compare in parts per million so 0.15 from a config equals 0.15 computed as 3 / 20.
  return Math.round(rate * 1e6) >= Math.round(threshold * 1e6);
}

export function returnsNote(returns: ReturnFacts | undefined, threshold: number, maxReasons = 3): ReturnsNote | undefined {
  if (!returns || typeof returns.rate !== 'number' || !Number.isFinite(returns.rate) || returns.rate < 0 || returns.rate > 1)
    return undefined;
  const reasons = (returns.reasons ?? []).filter((reason) => typeof reason.label === 'string' && reason.label.trim() !== '');
  const withShare = reasons.filter((reason) => typeof reason.share === 'number').sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
  const withoutShare = reasons.filter((reason) => typeof reason.share !== 'number');
  return {
    rate: returns.rate,
    percent: percentUp(returns.rate),
    frequent: isFrequentlyReturned(returns.rate, threshold),
    threshold,
    topReasons: [...withShare, ...withoutShare].slice(0, Math.max(0, maxReasons)),
  };
}

/**
 * Groups of words that name the same kind of return reason, in the languages Candor ships.
 * A theme matches a reason when both fall in one group, or when they share a content word.
 */
export const RETURN_REASON_GROUPS = {
  sizing: [
    'size',
    'sizing',
    'small',
    'large',
    'big',
    'tight',
    'loose',
    'fit',
    'fits',
    'fitting',
    'narrow',
    'wide',
    'groesse',
    'größe',
    'klein',
    'gross',
    'groß',
    'passform',
    'taille',
    'petit',
    'grand',
    'talla',
    'pequeño',
    'grande',
    'مقاس',
    'صغير',
    'كبير',
  ],
  quality: [
    'quality',
    'apart',
    'broke',
    'broken',
    'break',
    'breaks',
    'tear',
    'torn',
    'ripped',
    'cheap',
    'flimsy',
    'defect',
    'defective',
    'faulty',
    'stopped',
    'durability',
    'qualität',
    'kaputt',
    'qualité',
    'cassé',
    'calidad',
    'roto',
    'جودة',
    'مكسور',
  ],
  colour: ['color', 'colour', 'shade', 'farbe', 'couleur', 'لون'],
  comfort: [
    'comfort',
    'comfortable',
    'uncomfortable',
    'itchy',
    'scratchy',
    'hurts',
    'painful',
    'bequem',
    'unbequem',
    'confort',
    'cómodo',
    'incómodo',
    'مريح',
  ],
  description: [
    'described',
    'description',
    'expected',
    'picture',
    'photo',
    'looks',
    'different',
    'beschreibung',
    'photo',
    'descripción',
    'الوصف',
  ],
  performance: ['battery', 'noisy', 'noise', 'loud', 'weak', 'works', 'working', 'akku', 'batterie', 'batería', 'بطارية'],
} as const;
export type ReturnReasonGroup = keyof typeof RETURN_REASON_GROUPS;

const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'it',
  'is',
  'too',
  'to',
  'not',
  'as',
  'than',
  'very',
  'runs',
  'run',
  'was',
  'for',
  'in',
  'on',
  'with',
  'der',
  'die',
  'das',
  'und',
  'zu',
  'le',
  'la',
  'les',
  'et',
  'trop',
  'el',
  'los',
  'las',
  'y',
  'muy',
  'demasiado',
]);

const wordsOf = (text: string): string[] =>
  text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));

export function reasonGroupsOf(text: string): Set<ReturnReasonGroup> {
  const words = wordsOf(text);
  const groups = new Set<ReturnReasonGroup>();
  for (const [group, vocabulary] of Object.entries(RETURN_REASON_GROUPS) as [ReturnReasonGroup, readonly string[]][]) {
    if (words.some((word) => vocabulary.includes(word))) groups.add(group);
  }
  return groups;
}

/** True when a complaint theme and a return reason talk about the same thing. */
export function themeMatchesReason(theme: string, reason: string): boolean {
  const themeGroups = reasonGroupsOf(theme);
  for (const group of reasonGroupsOf(reason)) if (themeGroups.has(group)) return true;
  const reasonWords = new Set(wordsOf(reason).filter((word) => word.length > 3));
  return wordsOf(theme).some((word) => reasonWords.has(word));
}

/**
 * Complaint themes that match the return reasons, most mentioned first. Without reasons, the
 * themes that fall in any known return-reason group (sizing, quality, ...) stand in for them.
 */
export function matchReturnThemes(reasons: readonly ReturnReason[], cons: readonly HonestyTheme[], max = 3): HonestyTheme[] {
  const labels = reasons.map((reason) => reason.label);
  const matches = cons.filter((theme) =>
    labels.length > 0 ? labels.some((label) => themeMatchesReason(theme.label, label)) : reasonGroupsOf(theme.label).size > 0,
  );
  return [...matches].sort((a, b) => b.mentions - a.mentions).slice(0, Math.max(0, max));
}
