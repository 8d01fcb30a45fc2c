/**
 * Which complaint themes from reviews match a product's return reasons, by word groups in the
 * languages Candor ships. A module of its own: the honesty panel loads it (with its word lists)
 * only with its returns section, where the matches are shown.
 */
import type { ReturnReason } from './returns.js';
import type { HonestyTheme } from './review-facts.js';

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
