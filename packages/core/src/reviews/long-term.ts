/**
 * Reviews written after real use. A retailer knows when an order was delivered, so dates decide
 * first: a review written (or updated) at least `longTermDays` (90) after delivery, or after the
 * order when no delivery date is known, is long-term. Without dates, clear words in the text count:
 * "after 6 months", "two years later", "update:", "still works" (and their German, French and
 * Spanish peers). A stated duration shorter than longTermDays ("after 2 weeks") does not count.
 */
import { DAY_MS, type PreparedReview } from './prepare.js';
import { execGuarded, guarded, WordTable, type GuardedPattern } from './text/scan.js';

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  ein: 1,
  einem: 1,
  einer: 1,
  einen: 1,
  un: 1,
  une: 1,
  uno: 1,
  una: 1,
  two: 2,
  zwei: 2,
  deux: 2,
  dos: 2,
  three: 3,
  drei: 3,
  trois: 3,
  tres: 3,
  four: 4,
  vier: 4,
  quatre: 4,
  cuatro: 4,
  five: 5,
  fünf: 5,
  cinq: 5,
  cinco: 5,
  six: 6,
  sechs: 6,
  seis: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  eighteen: 18,
  several: 3,
  many: 3,
  mehreren: 3,
  einigen: 3,
  plusieurs: 3,
  varios: 3,
  varias: 3,
  few: 2,
  'a few': 2,
  quelques: 2,
  unos: 2,
  unas: 2,
};

export const UNIT_DAYS: Record<string, number> = {
  week: 7,
  weeks: 7,
  woche: 7,
  wochen: 7,
  semaine: 7,
  semaines: 7,
  semana: 7,
  semanas: 7,
  month: 30,
  months: 30,
  monat: 30,
  monate: 30,
  monaten: 30,
  mois: 30,
  mes: 30,
  meses: 30,
  year: 365,
  years: 365,
  jahr: 365,
  jahre: 365,
  jahren: 365,
  an: 365,
  ans: 365,
  année: 365,
  années: 365,
  año: 365,
  años: 365,
};

const L = String.raw`(?<![\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}\p{N}])`;
const AMOUNT = String.raw`(\d+(?:[.,]\d+)?|a few|[\p{L}]+)`;
const UNIT = String.raw`(weeks?|months?|years?|wochen|woche|monaten|monate|monat|jahren|jahre|jahr|semaines?|mois|ans?|années?|semanas?|meses|mes|años?)`;

/** A duration after a preposition of elapsed time ("after 6 months", "nach einem Jahr", "después de 2 años"). */
const DURATION = guarded(
  `${L}(?:after|for|over|owned (?:it |this |them )?for|using (?:it |this |them )?for|had (?:it|this|them) for|nach|seit|après|depuis|pendant|después de|tras|durante) (?:about |almost |nearly |over |more than |fast |etwa |über |plus de |environ |casi |más de )?${AMOUNT} ${UNIT}${R}`,
  L,
);
/** "6 months later", "two years in", "3 months of daily use". */
const LATER = new RegExp(
  `${L}${AMOUNT} ${UNIT} (?:later|in|on|of (?:daily |regular )?(?:use|wear|using)|später|plus tard|después|más tarde)${R}`,
  'gu',
);
/** LATER starts with a word of any letters, so its look-behind stays in the pattern. */
const LATER_GUARDED: GuardedPattern = { pattern: LATER, guard: null };
/** Clear cues with no number. */
const CUES = new RegExp(
  `(?:^|\\n)\\s*(?:update|updated|edit|nachtrag|mise à jour|actualización)\\s*[:\\-–]|${L}(?:still works|still working|still going strong|still holding up|still looks (?:new|great|good)|long[- ]term (?:review|update|use)|updated review|funktioniert (?:immer noch|noch immer)|fonctionne toujours|sigue funcionando)${R}`,
  'u',
);
/**
 * Necessary conditions of DURATION (a preposition) and LATER (a unit, then a tail). That of both,
 * a unit right after an amount whose duration may reach the days, comes from the caller's word scan.
 */
const PREPOSITION = /(?:after|for|over|owned|using|had|nach|seit|après|depuis|pendant|después de|tras|durante) /;
const UNIT_THEN_TAIL = new RegExp(` ${UNIT} (?:later|in|on|of|später|plus|después|más)`, 'u');
/** Substrings without which CUES cannot match (one plain regex: no look-behind, cheap to run). */
const CUE_WORDS =
  /update|edit|nachtrag|mise à jour|actualización|still |long-term|long term|funktioniert |fonctionne toujours|sigue funcionando/;
/**
 * Words without which CUES cannot match, looked up in the word scan before any pattern runs (the
 * scan also knows when DURATION and LATER cannot: no unit after an amount, see UNIT_DAYS). "long-term"
 * and "long term" are found through "term", a far rarer word than "long" ("on long walks").
 */
export const LONG_TERM_CUE_TRIGGERS = new WordTable(
  'update updated edit still term nachtrag funktioniert jour fonctionne actualización sigue'
    .split(' ')
    .map((word) => [word, true] as const),
);

function amountOf(word: string): number | undefined {
  const n = Number(word.replace(',', '.'));
  if (Number.isFinite(n)) return n;
  return NUMBER_WORDS[word];
}

/**
 * The long-term cue in lower-cased text whose stated duration (if any) reaches `days`, or null.
 * `duration`: whether the text has a unit right after an amount that may reach `days`; `cue`:
 * whether it has a word of LONG_TERM_CUE_TRIGGERS (the caller's word scan knows both).
 */
export function findLongTermText(lower: string, days: number, duration: boolean, cue: boolean): string | null {
  // The patterns above are costly (a look-behind tried at every position), so cheap necessary
  // conditions go first: no unit after an amount, no duration; no preposition, no DURATION;
  // no "unit later|in|on|of...", no LATER; none of the cue words, no CUES. Same result, less work.
  if (duration) {
    for (const pattern of PREPOSITION.test(lower) ? [DURATION, LATER_GUARDED] : [LATER_GUARDED]) {
      if (pattern === LATER_GUARDED && !UNIT_THEN_TAIL.test(lower)) continue;
      pattern.pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = execGuarded(pattern, lower)) !== null) {
        // An amount or unit not known (undefined) makes the product NaN, which reaches no `days`.
        if (amountOf(match[1]!)! * UNIT_DAYS[match[2]!]! >= days) return match[0];
      }
    }
  }
  if (!cue || !CUE_WORDS.test(lower)) return null;
  const cueMatch = CUES.exec(lower);
  return cueMatch ? cueMatch[0].trim() : null;
}

/** "by dates" evidence, or null. */
export function longTermByDates(review: PreparedReview, days: number): string | null {
  const from = review.delivered ?? review.ordered;
  if (from === undefined || Number.isNaN(review.created)) return null;
  const written = Math.max(review.created, review.updated ?? review.created);
  const elapsed = Math.floor((written - from) / DAY_MS);
  if (elapsed < days) return null;
  const what = review.updated !== undefined && review.updated > review.created ? 'updated' : 'written';
  return `${what} ${elapsed} days after ${review.delivered !== undefined ? 'delivery' : 'the order'}`;
}
