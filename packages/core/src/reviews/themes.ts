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
import { fullText, type PreparedReview } from './prepare.js';
import { appendSentences } from './text/sentences.js';
import { WordBuffer, WordTable } from './text/scan.js';
import type { WordDictionary } from './text/dictionary.js';
import type { Theme, ThemeSummary } from './types.js';

const NEGATOR = 1;
const CONTRAST = 2;
const STOP = 3;
/** Word kinds for the sentence loop: a short or numeric word, a theme candidate, a lexicon word. */
const PLAIN = 1;
const CANDIDATE = 2;
const LEXICAL = 3;

/** Everything the theme finder knows about a word, so each word costs one lookup. */
export interface WordInfo {
  valence: number | undefined;
  booster: number | undefined;
  role: number | undefined;
  aspect: AspectKey | undefined;
}

function buildLexicon(): WordTable<WordInfo> {
  const info = new Map<string, WordInfo>();
  const at = (word: string) => {
    const key = word.toLowerCase().replace(/’/g, "'");
    let entry = info.get(key);
    // All four fields set up front: one object shape for every word, so the hot loop reads them monomorphically.
    if (!entry) info.set(key, (entry = { valence: undefined, booster: undefined, role: undefined, aspect: undefined }));
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
  /** Number of the last sentence that mentioned it (so a sentence lists it once). */
  seen: number;
}

export interface ThemeOptions {
  locale: string;
  splitter: 'auto' | 'intl';
  maxThemes: number;
}

const newMention = (): Mention => ({ reviews: [], quotes: [] });

/**
 * Counts `review` for `mention` (once per review) and says where its quote goes: the index in
 * `mention.quotes` to store it at, or -1 (no quote object is made for the many that are not kept).
 */
function addMention(mention: Mention, review: number, helpful: number): number {
  if (mention.reviews[mention.reviews.length - 1] === review) return -1;
  mention.reviews.push(review);
  // Keep the most helpful quotes, one per review, earliest first among equals.
  if (mention.quotes.length < QUOTES) return mention.quotes.length;
  let worst = 0;
  for (let q = 1; q < mention.quotes.length; q++) if (mention.quotes[q]!.helpful < mention.quotes[worst]!.helpful) worst = q;
  return helpful > mention.quotes[worst]!.helpful ? worst : -1;
}

/** What the theme finder reads about one word, once per distinct word (see text/dictionary.ts). */
export function themeWordInfo(word: string): WordInfo | undefined {
  return LEXICON.lookup(word);
}

/**
 * The words of the reviews, scanned once by summarizeReviews: review r's words are
 * [offsets[r], offsets[r + 1]) of `starts`, `ends` (offsets in its lower-case full text) and
 * `ids` (from `dict.intern`).
 */
export interface ScannedWords<Facts extends { theme: WordInfo | undefined }> {
  dict: WordDictionary<Facts>;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  offsets: Int32Array;
  /**
   * The lower-case full text of each review that has a character from U+0100 up (its lower case
   * may differ in length); undefined for the rest, whose lower case is the text's own length.
   */
  lowers: (string | undefined)[];
  /**
   * For those other reviews: where their text has . ! ? CR LF or NEL, review r's at
   * marks[markOffsets[r], markOffsets[r + 1]) (see appendSentences).
   */
  marks: Int32Array;
  markOffsets: Int32Array;
}

interface Term extends Aspect {
  df: number;
  lastReview: number;
}

/**
 * Everything one summarizeThemes call accumulates. The sentence loop and its helpers below are
 * module functions that take it, not closures made per call: V8 keeps a closure's optimised code
 * only while a closure of that call is alive, so a full GC between two calls threw it away and
 * every call ran the loop unoptimised until it was compiled again.
 */
interface ThemeState {
  reviews: PreparedReview[];
  dict: WordDictionary<{ theme: WordInfo | undefined }>;
  aspects: Map<string, Aspect>;
  /** Discovered terms by word id (an id stands for a hash, as the terms' old Map keys did). */
  termOf: (Term | undefined)[];
  terms: Term[];
  otherNeg: Mention;
  otherPos: Mention;
  positive: number;
  negative: number;
  neutral: number;
  /** The aspects and terms of the current sentence, seenCount of them, each listed once. */
  seenInSentence: Aspect[];
  seenCount: number;
  sentenceNumber: number;
  // What the sentence loop reads about a word, in flat arrays by word id, filled the first time
  // the id is met: reading them costs no pointer chase per word, and most words (short function
  // words, theme candidates) are settled by their kind alone.
  kinds: Uint8Array;
  roles: Uint8Array;
  aspectOf: (Aspect | null)[];
  valences: Float64Array;
  boosters: Float64Array;
  words: WordBuffer;
  scratchIds: Int32Array;
}

function newThemeState(reviews: PreparedReview[], dict: WordDictionary<{ theme: WordInfo | undefined }>): ThemeState {
  return {
    reviews,
    dict,
    aspects: new Map(),
    termOf: [],
    terms: [],
    otherNeg: newMention(),
    otherPos: newMention(),
    positive: 0,
    negative: 0,
    neutral: 0,
    seenInSentence: [],
    seenCount: 0,
    sentenceNumber: 0,
    kinds: new Uint8Array(1024),
    roles: new Uint8Array(1024),
    aspectOf: [],
    valences: new Float64Array(1024),
    boosters: new Float64Array(1024),
    words: new WordBuffer(),
    scratchIds: new Int32Array(512),
  };
}

function categoryAspect(st: ThemeState, key: AspectKey): Aspect {
  let aspect = st.aspects.get(key);
  if (!aspect) {
    aspect = { key, label: ASPECTS[key].label, pos: newMention(), neg: newMention(), seen: -1 };
    st.aspects.set(key, aspect);
  }
  return aspect;
}

function mentioned(st: ThemeState, aspect: Aspect): void {
  if (aspect.seen === st.sentenceNumber) return;
  aspect.seen = st.sentenceNumber;
  st.seenInSentence[st.seenCount++] = aspect;
}

/**
 * The lower-case text [s, e) of review r: from `lower` when the caller has it, else from the
 * review's title or content (a word never spans both; Latin-1 text lower-cases to its own length).
 */
function lowerSlice(st: ThemeState, r: number, lower: string | null, s: number, e: number): string {
  if (lower !== null) return lower.slice(s, e);
  const { title, content } = st.reviews[r]!;
  const contentStart = title ? title.length + 1 : 0;
  return (s < contentStart ? title.slice(s, e) : content.slice(s - contentStart, e - contentStart)).toLowerCase();
}

/**
 * A word that is not a sentiment, function or stop word, of 4+ characters and not starting with
 * a digit (the caller checks): a candidate theme of its own.
 */
function termWord(st: ThemeState, r: number, lower: string | null, id: number, s: number, e: number): void {
  const key = id >= 0 ? id : ~id;
  let term = st.termOf[key];
  if (!term) {
    const word = lowerSlice(st, r, lower, s, e);
    term = { key: word, label: word.charAt(0).toUpperCase() + word.slice(1), pos: newMention(), neg: newMention(), seen: -1, df: 0, lastReview: -1 };
    st.termOf[key] = term;
    st.terms.push(term);
  } else if ((id < 0 || st.dict.variant[key] === 1) && (term.key.length !== e - s || lowerSlice(st, r, lower, s, e) !== term.key)) return; // hash collision: ignore
  mentioned(st, term);
}

function isCandidate(word: string): boolean {
  const c0 = word.charCodeAt(0);
  return word.length >= 4 && !(c0 >= 0x30 && c0 <= 0x39);
}

function grownTo<T extends Uint8Array | Float64Array>(old: T, next: T): T {
  next.set(old);
  return next;
}

function learn(st: ThemeState, id: number): void {
  if (id >= st.kinds.length) {
    const size = Math.max(st.kinds.length * 2, id + 1);
    st.kinds = grownTo(st.kinds, new Uint8Array(size));
    st.roles = grownTo(st.roles, new Uint8Array(size));
    st.valences = grownTo(st.valences, new Float64Array(size));
    st.boosters = grownTo(st.boosters, new Float64Array(size));
  }
  const info = st.dict.facts[id]!.theme;
  if (info === undefined) {
    // Length and first character decide whether the word can be a theme; every occurrence of
    // an id has the id's length and first character (only ’ and ' may differ, never first).
    st.kinds[id] = isCandidate(st.dict.raw[id]!) ? CANDIDATE : PLAIN;
    return;
  }
  st.kinds[id] = LEXICAL;
  st.roles[id] = info.role ?? 0;
  st.aspectOf[id] = info.aspect !== undefined ? categoryAspect(st, info.aspect) : null;
  st.valences[id] = info.valence ?? NaN;
  st.boosters[id] = info.booster ?? 0;
}

/**
 * One sentence: words [from, to) of ids/starts/ends. VADER's compound score of its words; each
 * word that is not a sentiment, function or stop word is a theme candidate (with its category,
 * if the category lexicon knows it).
 */
function sentence(
  st: ThemeState,
  r: number,
  lower: string | null,
  ids: Int32Array,
  starts: Int32Array,
  ends: Int32Array,
  from: number,
  to: number,
  start: number,
  end: number,
  part: number,
  forced: number,
): void {
  st.seenCount = 0;
  st.sentenceNumber++;
  let sum = 0;
  let lastNegator = -10;
  let boost1 = 0;
  let boost2 = 0;
  let weight = 1;
  for (let w = from; w < to; w++) {
    const i = w - from;
    const id = ids[w]!;
    let role: number;
    let valence: number;
    let booster: number;
    if (id >= 0) {
      if (id >= st.kinds.length || st.kinds[id] === 0) learn(st, id);
      const kind = st.kinds[id]!;
      if (kind !== LEXICAL) {
        if (kind === CANDIDATE) termWord(st, r, lower, id, starts[w]!, ends[w]!);
        boost2 = boost1;
        boost1 = 0;
        continue;
      }
      const aspect = st.aspectOf[id];
      if (aspect) mentioned(st, aspect);
      role = st.roles[id]!;
      valence = st.valences[id]!;
      booster = st.boosters[id]!;
    } else {
      // A word whose hash another word already has (rare): looked up by its text.
      const word = lowerSlice(st, r, lower, starts[w]!, ends[w]!);
      const info = LEXICON.lookup(word);
      if (info === undefined) {
        if (isCandidate(word)) termWord(st, r, lower, id, starts[w]!, ends[w]!);
        boost2 = boost1;
        boost1 = 0;
        continue;
      }
      if (info.aspect !== undefined) mentioned(st, categoryAspect(st, info.aspect));
      role = info.role ?? 0;
      valence = info.valence ?? NaN;
      booster = info.booster ?? 0;
    }
    if (role === NEGATOR) {
      lastNegator = i;
      boost2 = boost1;
      boost1 = 0;
      continue;
    }
    if (role === CONTRAST) {
      sum *= 0.5;
      weight = 1.5;
      boost1 = boost2 = 0;
      continue;
    }
    if (valence === valence) {
      let v = valence;
      const boost = boost1 + 0.95 * boost2;
      if (boost !== 0) v += Math.sign(v) * boost;
      if (i - lastNegator <= 3) v *= -0.74;
      sum += v * weight;
    }
    boost2 = boost1;
    boost1 = booster;
  }
  let compound = sum / Math.sqrt(sum * sum + 15);
  if (forced !== 0) compound = forced;
  const polarity = compound >= 0.05 ? 1 : compound <= -0.05 ? -1 : 0;
  if (polarity === 0) {
    st.neutral++;
    return;
  }
  if (polarity > 0) st.positive++;
  else st.negative++;
  const helpful = st.reviews[r]!.helpfulVotes;
  let quote: QuoteRef | null = null;
  const other = polarity > 0 ? st.otherPos : st.otherNeg;
  let at = addMention(other, r, helpful);
  if (at >= 0) other.quotes[at] = quote ??= { review: r, part, start, end, helpful };
  for (let k = 0; k < st.seenCount; k++) {
    const aspect = st.seenInSentence[k]!;
    const mention = polarity > 0 ? aspect.pos : aspect.neg;
    at = addMention(mention, r, helpful);
    if (at >= 0) mention.quotes[at] = quote ??= { review: r, part, start, end, helpful };
    const term = aspect as Partial<Term>;
    if (term.df !== undefined && term.lastReview !== r) {
      term.df++;
      term.lastReview = r;
    }
  }
}

/** A sentence not covered by the shared scan (pros, cons, or text whose bounds cut a word): scanned here. */
function scanSentence(st: ThemeState, r: number, lower: string, start: number, end: number, part: number, forced: number): void {
  const words = st.words;
  const count = words.scan(lower, start, end);
  if (st.scratchIds.length < count) st.scratchIds = new Int32Array(words.starts.length);
  const scratchIds = st.scratchIds;
  for (let w = 0; w < count; w++) scratchIds[w] = st.dict.intern(words.hashes[w]!, lower, words.starts[w]!, words.ends[w]!);
  sentence(st, r, lower, scratchIds, words.starts, words.ends, 0, count, start, end, part, forced);
}

export function summarizeThemes<Facts extends { theme: WordInfo | undefined }>(
  reviews: PreparedReview[],
  trusted: number[],
  options: ThemeOptions,
  scanned: ScannedWords<Facts>,
): ThemeSummary {
  const st = newThemeState(reviews, scanned.dict);

  const { starts, ends, ids, offsets, lowers, marks, markOffsets } = scanned;
  const bounds: number[] = [];
  for (const r of trusted) {
    const review = reviews[r]!;
    const { title, content } = review;
    if (title || content) {
      const locale = review.locale ?? options.locale;
      const contentStart = title ? title.length + 1 : 0;
      bounds.length = 0;
      if (lowers[r] === undefined) {
        const markTo = markOffsets[r + 1]!;
        let contentMark = markOffsets[r]!;
        while (contentMark < markTo && marks[contentMark]! < contentStart) contentMark++;
        if (title) appendSentences(title, 0, locale, options.splitter, bounds, marks, markOffsets[r]!, contentMark);
        appendSentences(content, contentStart, locale, options.splitter, bounds, marks, contentMark, markTo);
      } else {
        if (title) appendSentences(title, 0, locale, options.splitter, bounds);
        appendSentences(content, contentStart, locale, options.splitter, bounds);
      }
      // Map each sentence to its run of the review's words; a word cut by a sentence bound (or
      // text whose lower-casing changed its length) sends the review to the per-sentence scan.
      let lower = lowers[r] ?? null;
      let shared = lower === null || lower.length === contentStart + content.length;
      const ranges = shared ? sentenceRanges(bounds, starts, ends, offsets[r]!, offsets[r + 1]!) : null;
      if (ranges === null) {
        shared = false;
        lower ??= fullText(review).toLowerCase();
      }
      for (let b = 0; b < bounds.length; b += 2) {
        if (shared) sentence(st, r, lower, ids, starts, ends, ranges![b]!, ranges![b + 1]!, bounds[b]!, bounds[b + 1]!, 0, 0);
        else scanSentence(st, r, lower!, bounds[b]!, bounds[b + 1]!, 0, 0);
      }
    }
    review.pros.forEach((pro, k) => scanSentence(st, r, pro.toLowerCase(), 0, pro.length, 1 + k, 1));
    review.cons.forEach((con, k) => scanSentence(st, r, con.toLowerCase(), 0, con.length, -1 - k, -1));
  }

  const minDf = Math.max(3, Math.ceil(trusted.length * 0.02));
  const candidates = [...st.aspects.values()];
  for (const term of st.terms) if (term.df >= minDf) candidates.push(term);
  const minMentions = trusted.length >= 20 ? 2 : 1;
  const side = (pick: (a: Aspect) => Mention) =>
    candidates
      .filter((a) => pick(a).reviews.length >= minMentions)
      .sort((a, b) => pick(b).reviews.length - pick(a).reviews.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const pros = side((a) => a.pos);
  const cons = side((a) => a.neg);

  const { positive, negative, neutral } = st;
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
      const rest = needCons ? others(st.otherNeg, chosenCons, (a) => a.neg) : others(st.otherPos, chosenPros, (a) => a.pos);
      if (rest.reviews.length > 0) {
        const other: Aspect = needCons
          ? { key: 'other', label: 'Other complaints', pos: newMention(), neg: rest, seen: -1 }
          : { key: 'other', label: 'Other praise', pos: rest, neg: newMention(), seen: -1 };
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

/** Word runs [from0, to0, from1, to1, ...] of each sentence, or null when a bound cuts a word. */
const rangeBuffer: number[] = [];
function sentenceRanges(bounds: number[], starts: Int32Array, ends: Int32Array, first: number, last: number): number[] | null {
  let w = first;
  for (let b = 0; b < bounds.length; b += 2) {
    const s = bounds[b]!;
    const e = bounds[b + 1]!;
    for (; w < last && starts[w]! < s; w++) if (ends[w]! > s) return null;
    rangeBuffer[b] = w;
    for (; w < last && ends[w]! <= e; w++);
    if (w < last && starts[w]! < e) return null;
    rangeBuffer[b + 1] = w;
  }
  return rangeBuffer;
}

function quoteText(review: PreparedReview, q: QuoteRef): string {
  const source = q.part === 0 ? fullText(review) : q.part > 0 ? review.pros[q.part - 1]! : review.cons[-q.part - 1]!;
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
