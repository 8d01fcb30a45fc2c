/**
 * Opinion-target pairing within one sentence, without a parser. The sentence is cut into clauses
 * at commas, semicolons, colons, brackets and contrast words ("but", "however", "although",
 * "except", "until", "other than that"), so "great camera, but the viewfinder is tiny" gives the
 * camera and the viewfinder their own polarity. In a clause, noun phrases are runs of noun-like
 * words (at most three, the last is the head); each opinion word (a lexicon valence, turned by a
 * negator up to three words before it, raised or lowered by an intensifier, or a context word such
 * as "short" whose valence depends on the noun right after it or on the head it describes: "high
 * price tag", "the fan is loud") goes to the nearest phrase ("ADJ X", "the X is ADJ"). A phrase
 * with no opinion of its own takes the clause's when all of the clause's opinions agree ("the
 * screen and the keyboard are great"); a clause with opinions and no phrase ("very bright and
 * clear") gives them to the last phrase of the clause before. Questions give no polarity; a
 * conditional clause ("if it had a better remote") turns praise into a mild complaint and
 * complaints into nothing.
 */

import {
  addPhrase,
  MIXED,
  SHARED,
  CONDITION,
  CONJUNCTION,
  CONTRAST,
  COPULA,
  DISJUNCTION,
  NEGATOR,
  NOUN,
  SELF,
  THAN,
  UNTARGETED,
  WISH,
  WOULD,
  type SentenceScratch,
} from './scratch.js';

/** The phrase of [first, last) nearest to word j; ties go to the phrase after it ("great screen"). */
function nearestPhrase(s: SentenceScratch, first: number, last: number, j: number): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let p = first; p < last; p++) {
    const start = s.phraseStart[p]!;
    const end = s.phraseEnd[p]!;
    const distance = j < start ? start - j - 0.5 : j >= end ? j - end + 1 : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = p;
    }
  }
  return best;
}

/**
 * The phrase an opinion at word j of the clause [a, last phrase) is about: after a copula (past
 * negators and intensifiers: "the edges are very sharp", "the fan is not quiet") the subject, the
 * last phrase before the copula; otherwise the nearest phrase.
 */
function targetPhrase(s: SentenceScratch, first: number, last: number, a: number, j: number): number {
  let k = j - 1;
  while (k >= a && (s.kind[k] === NEGATOR || s.booster[k] !== 0)) k--;
  if (k >= a && s.kind[k] === COPULA) {
    let subject = -1;
    for (let p = first; p < last; p++) if (s.phraseEnd[p]! <= k) subject = p;
    if (subject >= 0) return subject;
  }
  return nearestPhrase(s, first, last, j);
}

/** The valence given to a negated verb with no opinion word ("won't turn on"). */
const NEGATED_VERB = -1;

function opinionWithin(s: SentenceScratch, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.valence[k] === s.valence[k] || s.context[k] !== undefined) return true;
  return false;
}

/** Phrases and their scores for the words of one clause [a, b). Returns the opinion sum no phrase took. */
function clause(s: SentenceScratch, a: number, b: number): number {
  const first = s.phraseCount;
  for (let j = a; j < b; j++) {
    if (s.kind[j] !== NOUN) continue;
    let end = j + 1;
    while (end < b && s.kind[end] === NOUN) end++;
    addPhrase(s, Math.max(j, end - s.maxPhrase), end);
    j = end - 1;
  }
  // "flimsy", "overpriced" name their category only when the clause names nothing else ("the lens cap is flimsy" is about the cap).
  if (s.phraseCount === first) for (let j = a; j < b; j++) if (s.kind[j] === SELF) addPhrase(s, j, j + 1);
  let last = s.phraseCount;
  // "better than the old one": opinions before "than" are about what comes before it; what
  // follows it is the thing compared against, and gets the opposite, halved.
  let than = -1;
  for (let j = a; j < b && than < 0; j++) if (s.kind[j] === THAN) than = j;
  let compared = last;
  if (than >= 0) {
    compared = first;
    while (compared < last && s.phraseStart[compared]! < than) compared++;
    last = compared;
  }
  const conditional = s.kind[a] === CONDITION || (b - a > 1 && s.kind[a + 1] === CONDITION);
  s.conditional = conditional;
  let wish = false;
  for (let j = a; j < b; j++) if (s.kind[j] === WISH) wish = true;
  let orphan = 0;
  let untargeted = false;
  let total = 0;
  let min = 0;
  let max = 0;
  let opinions = 0;
  let negatorAt = -10;
  /** Whether a negation reaches past an "or" ("never lags or freezes"): it reaches to the clause's end. */
  let negatedDisjunction = false;
  for (let j = a; j < b; j++) {
    if (s.kind[j] === UNTARGETED) untargeted = true;
    if (s.kind[j] === NEGATOR) negatorAt = j;
    else if (s.kind[j] === DISJUNCTION && j - negatorAt <= 4) negatedDisjunction = true;
    const rule = s.context[j];
    let v = s.valence[j]!;
    if (rule !== undefined) {
      const p = targetPhrase(s, first, last, a, j);
      const head = p >= 0 ? s.lemma[s.phraseEnd[p]! - 1] : undefined;
      // Before a noun ("cold weather", "heavy wind") only a listed head turns it; said of something ("the fan is loud") it keeps its usual sense.
      const attributive = j + 1 < b && s.kind[j + 1] === NOUN;
      // Before a listed noun, that noun is what it describes ("high price tag", "low quality card").
      const next = j + 1 < b ? s.lemma[j + 1] : undefined;
      v =
        (next !== undefined ? rule.heads[next] : undefined) ??
        (head !== undefined ? rule.heads[head] : undefined) ??
        (attributive ? 0 : rule.fallback);
    }
    if (s.kind[j] === NEGATOR && !(v === v) && !opinionWithin(s, j + 1, Math.min(b, j + 4))) {
      // "would not load", "doesn't charge", "no number pad": a negated verb or a missing part with no opinion word is a complaint.
      v = NEGATED_VERB;
      if (conditional) continue;
    } else if (!(v === v) || v === 0) continue;
    else {
      const boost = (j - 1 >= a ? s.booster[j - 1]! : 0) + (j - 2 >= a ? 0.95 * s.booster[j - 2]! : 0);
      if (boost !== 0) v += Math.sign(v) * boost;
      if (j - negatorAt <= 3 || negatedDisjunction) v *= -0.74;
      if (conditional || wish) v = v > 0 ? -0.5 * v : 0;
    }
    if (v === 0) continue;
    opinions++;
    total += v;
    if (v < min) min = v;
    if (v > max) max = v;
    const p = targetPhrase(s, first, last, a, j);
    if (p < 0) orphan += v;
    else s.phraseScore[p] += v;
  }
  if (than >= 0) {
    let before = 0;
    for (let p = first; p < compared; p++) before += s.phraseScore[p]!;
    if (before === 0) before = total;
    for (let p = compared; p < s.phraseCount; p++) s.phraseScore[p] = -0.5 * before;
  }
  // A wish without an opinion word names what is missing ("I wish the keys were backlit").
  if (wish && opinions === 0) {
    opinions = 1;
    total = min = NEGATED_VERB;
  }
  // All opinions of the clause agree: phrases without one of their own share them.
  if (opinions > 0 && (min === 0 || max === 0)) for (let p = first; p < last; p++) if (s.phraseScore[p] === 0) s.phraseScore[p] = total;
  s.total += total;
  if (min < 0) s.criticised = true;
  if (max > 0) s.praised = true;
  return untargeted ? 0 : orphan;
}

/** Whether the clause [a, b) is only a noun phrase of a list ("great battery, speed, display"). */
function listItem(s: SentenceScratch, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (s.kind[j] !== NOUN && s.kind[j] !== CONJUNCTION && s.kind[j] !== DISJUNCTION) return false;
  return true;
}

/** Fills s.phrase* for the s.count words of a sentence. */
export function analyzeSentence(s: SentenceScratch, question: boolean): void {
  s.phraseCount = 0;
  s.total = 0;
  s.conditional = false;
  s.praised = false;
  s.criticised = false;
  let start = 0;
  let previousLast = -1;
  let afterContrast = false;
  /** The phrases of the last conditional clause ("if the viewfinder were bigger"). */
  let conditionFrom = 0;
  let conditionTo = 0;
  for (let i = 0; i <= s.count; i++) {
    const contrast = i < s.count && s.kind[i] === CONTRAST;
    if (i < s.count && !contrast && s.breakBefore[i] !== 1) continue;
    if (i > start) {
      const before = s.phraseCount;
      const previousScore = previousLast >= 0 ? s.phraseScore[previousLast]! : 0;
      const afterCondition = s.conditional;
      const orphan = afterCondition ? 0 : clause(s, start, i);
      if (!afterCondition && s.conditional) {
        conditionFrom = before;
        conditionTo = s.phraseCount;
      }
      // "If it had a better remote, it would be perfect": what follows a condition is hypothetical
      // too, and praise it would earn ("would", "could") criticises what the condition names.
      if (afterCondition) {
        const total: number = s.total;
        clause(s, start, i);
        const hypothetical = s.total - total;
        for (let p = before; p < s.phraseCount; p++) s.phraseScore[p] = 0;
        s.conditional = true;
        let counterfactual = false;
        for (let j = start; j < i; j++) if (s.kind[j] === WOULD) counterfactual = true;
        if (counterfactual && hypothetical > 0) {
          for (let p = conditionFrom; p < conditionTo; p++) {
            if (s.phraseScore[p] !== 0) continue;
            s.phraseScore[p] = -0.5 * hypothetical;
            s.total -= 0.5 * hypothetical;
            s.criticised = true;
          }
        }
      }
      if (previousScore !== 0 && s.phraseCount === before + 1 && s.phraseScore[before] === 0 && listItem(s, start, i))
        s.phraseScore[before] = previousScore;
      if (orphan !== 0 && s.phraseCount === before && previousLast >= 0) {
        // "good but too dim": what follows the contrast weighs more (VADER's "but" rule).
        if (afterContrast) s.phraseScore[previousLast] = 0.5 * s.phraseScore[previousLast]! + 1.5 * orphan;
        else s.phraseScore[previousLast] += orphan;
      }
      if (s.phraseCount > before) previousLast = s.phraseCount - 1;
      afterContrast = false;
    }
    if (contrast) afterContrast = true;
    start = contrast ? i + 1 : i;
  }
  // Phrases that took no opinion share the sentence's: they are what the sentence is about. When
  // no phrase took one, they are its only candidates; when all its opinions agree ("the screen
  // and, for once, the keyboard: great"; "fabulous service, fantastic food and a chilled out
  // atmosphere") it is the best guess (marked SHARED); when they disagree, the sentence's balance
  // is a weak one (marked MIXED; summaries do not count it).
  let taken = false;
  for (let p = 0; p < s.phraseCount; p++) if (s.phraseScore[p] !== 0) taken = true;
  const mark = !taken ? 0 : s.praised !== s.criticised ? SHARED : MIXED;
  if (s.total !== 0)
    for (let p = 0; p < s.phraseCount; p++)
      if (s.phraseScore[p] === 0) {
        s.phraseScore[p] = s.total;
        s.phraseShared[p] = mark;
      } else s.phraseShared[p] = 0;
  else for (let p = 0; p < s.phraseCount; p++) s.phraseShared[p] = 0;
  if (question) for (let p = 0; p < s.phraseCount; p++) s.phraseScore[p] = 0;
}
