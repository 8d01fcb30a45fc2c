/**
 * Pros and cons, each backed by a count of distinct trusted reviews.
 *
 * 1. Sentences: titles and texts are split into sentences (text/sentences.ts); a review's `pros`
 *    and `cons` fields count as positive and negative sentences as they are.
 * 2. Polarity: VADER's method on a compact lexicon (lexicon.ts): word valences summed with
 *    negation (x -0.74 within three words), intensifiers (+-0.293) and the "but" rule, normalised
 *    to a compound score; >= 0.05 is positive, <= -0.05 negative (VADER's own cut-offs).
 * 3. Aspects: words of a small category lexicon (aspects.ts), plus words found in the reviews
 *    themselves: any word of 4+ letters that is not a stop word or a sentiment word and occurs in
 *    polar sentences of enough reviews (3, or 2% of them).
 * 4. Balance: themes are picked so that the share of complaints among the shown themes' mentions
 *    stays close to the share of negative sentences in the trusted reviews (within 8 points when
 *    the candidates allow, never knowingly beyond 10); when too few complaint themes exist,
 *    "Other complaints" (or "Other praise") counts the rest, so no side is quietly dropped.
 * The rating of a review is never read: a sentence of a 1-star review counts like one of a 5-star.
 */
import { ASPECTS, aspectEntries, STOPWORDS, type AspectKey } from './aspects.js';
import { BOOSTERS, CONTRASTS, NEGATORS, valenceEntries } from './lexicon.js';
import type { PreparedReview } from './prepare.js';
import { splitSentences } from './text/sentences.js';
import { WordBuffer, WordTable } from './text/scan.js';
import type { Theme, ThemeSummary } from './types.js';

const NEGATOR = 1;
const CONTRAST = 2;
const STOP = 3;

/** Everything the theme finder knows about a word, so each word costs one lookup. */
interface WordInfo {
  valence?: number;
  booster?: number;
  role?: number;
  aspect?: AspectKey;
}

function buildLexicon(): WordTable<WordInfo> {
  const info = new Map<string, WordInfo>();
  const at = (word: string) => {
    const key = word.toLowerCase().replace(/’/g, "'");
    let entry = info.get(key);
    if (!entry) info.set(key, (entry = {}));
    return entry;
  };
  for (const word of STOPWORDS) at(word).role = STOP;
  for (const [word, valence] of valenceEntries()) at(word).valence = valence;
  for (const [word, booster] of BOOSTERS) at(word).booster = booster;
  for (const word of CONTRASTS) if (!word.includes(' ')) at(word).role = CONTRAST;
  for (const word of NEGATORS) at(word).role = NEGATOR;
  for (const [word, aspect] of aspectEntries()) at(word).aspect = aspect;
  return new WordTable(info);
}
const LEXICON = buildLexicon();

const TOLERANCE = 0.08;
const QUOTES = 2;
const QUOTE_LENGTH = 160;

interface Mention {
  /** Trusted review indices, in order, without repeats. */
  reviews: number[];
  quotes: QuoteRef[];
}

interface QuoteRef {
  review: number;
  /** 0: title + content; 1 + k: pros[k]; -1 - k: cons[k]. */
  part: number;
  start: number;
  end: number;
  helpful: number;
}

interface Aspect {
  key: string;
  label: string;
  pos: Mention;
  neg: Mention;
}

export interface ThemeOptions {
  locale: string;
  splitter: 'auto' | 'intl';
  maxThemes: number;
}

const newMention = (): Mention => ({ reviews: [], quotes: [] });

function addMention(mention: Mention, review: number, quote: QuoteRef): void {
  if (mention.reviews[mention.reviews.length - 1] === review) return;
  mention.reviews.push(review);
  // Keep the most helpful quotes, one per review, earliest first among equals.
  if (mention.quotes.length < QUOTES) mention.quotes.push(quote);
  else {
    let worst = 0;
    for (let q = 1; q < mention.quotes.length; q++) if (mention.quotes[q]!.helpful < mention.quotes[worst]!.helpful) worst = q;
    if (quote.helpful > mention.quotes[worst]!.helpful) mention.quotes[worst] = quote;
  }
}

/** Compound polarity of the words of lower[start, end), VADER style. */
export function sentencePolarity(lower: string, start: number, end: number, words: WordBuffer): number {
  const count = words.scan(lower, start, end);
  return scorePolarity(lower, words, count, null);
}

/**
 * VADER's compound score of the scanned words. `onWord` hears about every word that is not a
 * sentiment, function or stop word (with its aspect, if the category lexicon knows it).
 */
function scorePolarity(lower: string, words: WordBuffer, count: number, onWord: ((index: number, aspect: AspectKey | undefined) => void) | null): number {
  let sum = 0;
  let lastNegator = -10;
  let boost1 = 0;
  let boost2 = 0;
  let weight = 1;
  for (let i = 0; i < count; i++) {
    const info = LEXICON.get(words.hashes[i]!, lower, words.starts[i]!, words.ends[i]!);
    if (info === undefined) {
      if (onWord) onWord(i, undefined);
      boost2 = boost1;
      boost1 = 0;
      continue;
    }
    if (info.aspect !== undefined && onWord) onWord(i, info.aspect);
    if (info.role === NEGATOR) {
      lastNegator = i;
      boost2 = boost1;
      boost1 = 0;
      continue;
    }
    if (info.role === CONTRAST) {
      sum *= 0.5;
      weight = 1.5;
      boost1 = boost2 = 0;
      continue;
    }
    if (info.valence !== undefined) {
      let v = info.valence;
      const boost = boost1 + 0.95 * boost2;
      if (boost !== 0) v += Math.sign(v) * boost;
      if (i - lastNegator <= 3) v *= -0.74;
      sum += v * weight;
    }
    boost2 = boost1;
    boost1 = info.booster ?? 0;
  }
  return sum / Math.sqrt(sum * sum + 15);
}

export function summarizeThemes(reviews: PreparedReview[], trusted: number[], options: ThemeOptions): ThemeSummary {
  const words = new WordBuffer();
  const aspects = new Map<string, Aspect>();
  const terms = new Map<number, Aspect & { df: number; lastReview: number }>();
  const otherNeg = newMention();
  const otherPos = newMention();
  let positive = 0;
  let negative = 0;
  let neutral = 0;

  const categoryAspect = (key: AspectKey): Aspect => {
    let aspect = aspects.get(key);
    if (!aspect) {
      aspect = { key, label: ASPECTS[key].label, pos: newMention(), neg: newMention() };
      aspects.set(key, aspect);
    }
    return aspect;
  };

  const seenInSentence: Aspect[] = [];
  const sentence = (r: number, lower: string, start: number, end: number, part: number, forced: number) => {
    const review = reviews[r]!;
    seenInSentence.length = 0;
    const count = words.scan(lower, start, end);
    const onWord = (i: number, category: AspectKey | undefined) => {
      if (category !== undefined) {
        const aspect = categoryAspect(category);
        if (!seenInSentence.includes(aspect)) seenInSentence.push(aspect);
        return;
      }
      const s = words.starts[i]!;
      const e = words.ends[i]!;
      if (e - s < 4) return;
      const c0 = lower.charCodeAt(s);
      if (c0 >= 0x30 && c0 <= 0x39) return;
      const h = words.hashes[i]!;
      let term = terms.get(h);
      if (!term) {
        const word = lower.slice(s, e);
        term = { key: word, label: word.charAt(0).toUpperCase() + word.slice(1), pos: newMention(), neg: newMention(), df: 0, lastReview: -1 };
        terms.set(h, term);
      } else if (term.key.length !== e - s || !lower.startsWith(term.key, s)) return; // hash collision: ignore
      if (!seenInSentence.includes(term)) seenInSentence.push(term);
    };
    let compound = scorePolarity(lower, words, count, onWord);
    if (forced !== 0) compound = forced;
    const polarity = compound >= 0.05 ? 1 : compound <= -0.05 ? -1 : 0;
    if (polarity === 0) {
      neutral++;
      return;
    }
    if (polarity > 0) positive++;
    else negative++;
    const quote: QuoteRef = { review: r, part, start, end, helpful: review.helpfulVotes };
    addMention(polarity > 0 ? otherPos : otherNeg, r, quote);
    for (const aspect of seenInSentence) {
      addMention(polarity > 0 ? aspect.pos : aspect.neg, r, quote);
      const term = aspect as Aspect & { df?: number; lastReview?: number };
      if (term.df !== undefined && term.lastReview !== r) {
        term.df++;
        term.lastReview = r;
      }
    }
  };

  for (const r of trusted) {
    const review = reviews[r]!;
    const full = review.title ? `${review.title}\n${review.content}` : review.content;
    if (full) {
      const lower = review.lower.length === full.length ? review.lower : full.toLowerCase();
      const bounds = splitSentences(full, review.locale ?? options.locale, options.splitter);
      for (let b = 0; b < bounds.length; b += 2) sentence(r, lower, bounds[b]!, bounds[b + 1]!, 0, 0);
    }
    review.pros.forEach((pro, k) => sentence(r, pro.toLowerCase(), 0, pro.length, 1 + k, 1));
    review.cons.forEach((con, k) => sentence(r, con.toLowerCase(), 0, con.length, -1 - k, -1));
  }

  const minDf = Math.max(3, Math.ceil(trusted.length * 0.02));
  const candidates = [...aspects.values()];
  for (const term of terms.values()) if (term.df >= minDf) candidates.push(term);
  const minMentions = trusted.length >= 20 ? 2 : 1;
  const side = (pick: (a: Aspect) => Mention) =>
    candidates
      .filter((a) => pick(a).reviews.length >= minMentions)
      .sort((a, b) => pick(b).reviews.length - pick(a).reviews.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const pros = side((a) => a.pos);
  const cons = side((a) => a.neg);

  const polar = positive + negative;
  const target = polar ? negative / polar : null;
  const chosenPros: Aspect[] = [];
  const chosenCons: Aspect[] = [];
  if (target !== null) {
    let sumP = 0;
    let sumC = 0;
    let openP = true;
    let openC = true;
    const deviation = (p: number, c: number) => (p + c === 0 ? 1 : Math.abs(c / (p + c) - target));
    while (openP || openC) {
      const nextP = openP && chosenPros.length < options.maxThemes ? pros[chosenPros.length] : undefined;
      const nextC = openC && chosenCons.length < options.maxThemes ? cons[chosenCons.length] : undefined;
      if (!nextP) openP = false;
      if (!nextC) openC = false;
      if (!nextP && !nextC) break;
      const dP = nextP ? deviation(sumP + nextP.pos.reviews.length, sumC) : Infinity;
      const dC = nextC ? deviation(sumP, sumC + nextC.neg.reviews.length) : Infinity;
      const takeCon = dC < dP || (dC === dP && nextC !== undefined && (nextP === undefined || nextC.neg.reviews.length > nextP.pos.reviews.length));
      const within = sumP + sumC > 0 && deviation(sumP, sumC) <= TOLERANCE;
      if (takeCon) {
        if (within && dC > TOLERANCE) openC = false;
        else {
          chosenCons.push(nextC!);
          sumC += nextC!.neg.reviews.length;
        }
      } else if (within && dP > TOLERANCE) openP = false;
      else {
        chosenPros.push(nextP!);
        sumP += nextP!.pos.reviews.length;
      }
    }
    // Too few themes on one side: count the rest of that side's reviews as "Other ...".
    const others = (mention: Mention, chosen: Aspect[], pick: (a: Aspect) => Mention): Mention => {
      const covered = new Set<number>();
      for (const aspect of chosen) for (const r of pick(aspect).reviews) covered.add(r);
      const rest = newMention();
      for (const r of mention.reviews) rest.reviews.push(r);
      rest.reviews = rest.reviews.filter((r) => !covered.has(r));
      rest.quotes = mention.quotes.filter((q) => !covered.has(q.review));
      return rest;
    };
    if (deviation(sumP, sumC) > TOLERANCE) {
      const needCons = sumP + sumC === 0 ? target >= 0.5 : sumC / (sumP + sumC) < target;
      const rest = needCons ? others(otherNeg, chosenCons, (a) => a.neg) : others(otherPos, chosenPros, (a) => a.pos);
      if (rest.reviews.length > 0) {
        const other: Aspect = needCons
          ? { key: 'other', label: 'Other complaints', pos: newMention(), neg: rest }
          : { key: 'other', label: 'Other praise', pos: rest, neg: newMention() };
        if (needCons) {
          chosenCons.push(other);
          sumC += rest.reviews.length;
        } else {
          chosenPros.push(other);
          sumP += rest.reviews.length;
        }
      }
    }
  }

  const toTheme = (aspect: Aspect, mention: Mention): Theme => ({
    label: aspect.label,
    key: aspect.key,
    mentions: mention.reviews.length,
    reviewIds: mention.reviews.map((r) => reviews[r]!.id),
    quotes: mention.quotes.map((q) => ({ reviewId: reviews[q.review]!.id, text: quoteText(reviews[q.review]!, q) })),
  });
  const prosOut = chosenPros.map((a) => toTheme(a, a.pos));
  const consOut = chosenCons.map((a) => toTheme(a, a.neg));
  const sumPros = prosOut.reduce((s, t) => s + t.mentions, 0);
  const sumCons = consOut.reduce((s, t) => s + t.mentions, 0);
  return {
    pros: prosOut,
    cons: consOut,
    generated: true,
    negativeSentenceShare: target,
    complaintShare: sumPros + sumCons ? sumCons / (sumPros + sumCons) : null,
    sentences: { positive, negative, neutral },
  };
}

function quoteText(review: PreparedReview, q: QuoteRef): string {
  const source = q.part === 0 ? (review.title ? `${review.title}\n${review.content}` : review.content) : q.part > 0 ? review.pros[q.part - 1]! : review.cons[-q.part - 1]!;
  return excerpt(source.slice(q.start, q.end), QUOTE_LENGTH);
}

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
