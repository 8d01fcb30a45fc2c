/**
 * What the theme finder and its clause analysis (aspects/opinions.ts) share: the kinds of words,
 * context rules, and the scratch arrays of one sentence.
 */
// The word kinds and phrase states are plain numbered constants, alike in shape by design.
/** Word kinds the caller fills in: other words, noun-like words, negators, contrast words, "if"-like words. */
export const OTHER = 0;
export const NOUN = 1;
export const NEGATOR = 2;
export const CONTRAST = 3;
export const CONDITION = 4;
/** A category word that carries its own opinion ("flimsy", "overpriced"): a phrase and an opinion at once. */
export const SELF = 5;
/** "wish": the clause names something missing. */
export const WISH = 6;
/** "and", "or": joins list items. */
export const CONJUNCTION = 7;
/** "than": what follows is compared against. */
export const THAN = 8;
/** "would", "could": the clause is counterfactual ("it would be perfect"). */
export const WOULD = 9;
/** "is", "are", "was", "seems": an opinion right after it ("the edges are sharp") is about the subject before it. */
export const COPULA = 10;
/** "or", "nor": a negation before it reaches past it ("doesn't overheat or make loud noises"). */
export const DISJUNCTION = 11;
/** A noun-like word that is not a phrase here (sentenceAspects' targets name the phrases): the clause's opinions may be about it. */
export const UNTARGETED = 12;

/** phraseShared: the phrase took the opinion of a sentence whose opinions agree / disagree. */
export const SHARED = 1;
export const MIXED = 2;

/** A word whose valence depends on the head it describes; `fallback` for any other head. */
export interface ContextRule {
  fallback: number;
  heads: Readonly<Record<string, number>>;
}

/** Scratch arrays for one sentence (reused): the caller fills count words, analyzeSentence the phrases. */
export class SentenceScratch {
  count = 0;
  kind = new Uint8Array(256);
  /** NaN: no valence. */
  valence = new Float64Array(256);
  booster = new Float64Array(256);
  /** 1 when a clause bound (comma, semicolon, colon, bracket, dash) comes before the word. */
  breakBefore = new Uint8Array(256);
  /** For NOUN and SELF words: the lemma (context rules read the head's). */
  lemma: (string | undefined)[] = [];
  context: (ContextRule | undefined)[] = [];
  /** Longest noun run kept as one phrase (its last words). */
  maxPhrase = 3;
  /** The sum of every opinion of the sentence (analyzeSentence). */
  total = 0;
  /** Whether the clause read last was conditional. */
  conditional = false;
  /** Whether any clause of the sentence had a positive / negative opinion. */
  praised = false;
  criticised = false;
  phraseCount = 0;
  phraseStart = new Int32Array(64);
  phraseEnd = new Int32Array(64);
  phraseScore = new Float64Array(64);
  /** SHARED or MIXED for a phrase that took the sentence's opinion with no opinion word of its own beside it, else 0. */
  phraseShared = new Uint8Array(64);

  /** Room for `n` words, keeping nothing (call before filling). */
  reserve(n: number): void {
    if (n <= this.kind.length) return;
    const size = Math.max(n, this.kind.length * 2);
    this.kind = new Uint8Array(size);
    this.valence = new Float64Array(size);
    this.booster = new Float64Array(size);
    this.breakBefore = new Uint8Array(size);
  }
}

/** Appends the phrase of words [start, end) with no score yet. */
export function addPhrase(s: SentenceScratch, start: number, end: number): void {
  if (s.phraseCount === s.phraseStart.length) {
    const size = s.phraseCount * 2;
    const grow = <T extends Int32Array | Float64Array>(old: T, next: T) => (next.set(old), next);
    s.phraseStart = grow(s.phraseStart, new Int32Array(size));
    s.phraseEnd = grow(s.phraseEnd, new Int32Array(size));
    s.phraseScore = grow(s.phraseScore, new Float64Array(size));
    const shared = new Uint8Array(size);
    shared.set(s.phraseShared);
    s.phraseShared = shared;
  }
  s.phraseStart[s.phraseCount] = start;
  s.phraseEnd[s.phraseCount] = end;
  s.phraseScore[s.phraseCount] = 0;
  s.phraseCount++;
}
