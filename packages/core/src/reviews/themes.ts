/**
 * Pros and cons, each backed by a count of distinct trusted reviews.
 *
 * 1. Sentences: titles and texts are split into sentences (text/sentences.ts); a review's `pros`
 *    and `cons` fields count as positive and negative sentences as they are.
 * 2. Sentence polarity: VADER's method on a compact lexicon (lexicon.ts): word valences summed
 *    with negation (x -0.74 within three words), intensifiers (+-0.293) and the "but" rule,
 *    normalised to a compound score; >= 0.05 is positive, <= -0.05 negative (VADER's cut-offs).
 *    It sets the balance target and the "Other ..." lines.
 * 3. Aspects and their own polarity (aspects/): noun phrases found in the reviews (aspects/words.ts
 *    tells noun-like words from function words, verbs and adjectives, and merges inflections),
 *    with the category lexicon (aspects.ts) as a prior that groups its words under one key; each
 *    phrase takes the opinions of its clause that are nearest to it (aspects/opinions.ts), so
 *    "great camera, but the viewfinder is tiny" praises one and criticises the other. A found
 *    aspect needs enough reviews (3, or 0.5% of them). The product's own words (options, else the
 *    head noun reviews call "this X") are never aspects.
 * 4. Balance: themes are picked so that the share of complaints among the shown themes' mentions
 *    stays close to the share of negative sentences in the trusted reviews (within 8 points, aspects/balance.ts, when
 *    the candidates allow, never knowingly beyond 10); when too few complaint themes exist,
 *    "Other complaints" (or "Other praise") counts the rest, so no side is quietly dropped.
 * 5. One side per label unless reviews really split (aspects/coverage.ts): then both sides carry
 *    the split, so the widget can say "Battery: 41 like it, 17 do not".
 * 6. Coverage, which takes precedence over 5 (aspects/balance.ts showThemes): an aspect criticised
 *    by more reviews than the smallest shown theme is shown among the cons (a split, if also a pro)
 *    or named, with its count, in the "Other complaints" line.
 * The rating of a review is never read: a sentence of a 1-star review counts like one of a 5-star.
 */ import { ASPECTS, aspectEntries, STOPWORDS, type AspectKey } from './aspects.js';
import { BOOSTERS, COMPOUND_MODIFIERS, CONDITIONS, CONTRASTS, contextEntries, NEGATORS, valenceEntries, WISHES } from './lexicon.js';
import { analyzeSentence } from './aspects/opinions.js';
import {
  MIXED,
  SHARED,
  WOULD,
  CONDITION,
  CONTRAST as CLAUSE_CONTRAST,
  COPULA,
  DISJUNCTION,
  NEGATOR as CLAUSE_NEGATOR,
  NOUN,
  OTHER,
  SELF,
  SentenceScratch,
  THAN,
  UNTARGETED,
  WISH,
  CONJUNCTION,
  type ContextRule,
} from './aspects/scratch.js';
import { lemma, nounLike } from './aspects/words.js';
import { excerpt } from './text/excerpt.js';
import {
  LANGUAGE_CONTRASTS,
  LANGUAGE_NEGATORS,
  LANGUAGE_STOPWORDS,
  LANGUAGE_SUBJECTS,
  languageValenceEntries,
} from './aspects/languages.js';
import { failureEntries, failureValence, NEGATED_PRAISE, NEGATED_PRAISE_VALENCE } from './aspects/phrasal.js';
import { otherLine, showThemes } from './aspects/balance.js';
import { keepOneSide, PRODUCT_DETERMINERS, productHeads, productWordsOf } from './aspects/coverage.js';
import { fullText, type PreparedReview } from './prepare.js';
import { appendSentences } from './text/sentences.js';
import { WordBuffer, WordTable } from './text/scan.js';
import { WordDictionary } from './text/dictionary.js';
import { kept } from './typed-arrays.js';
import type { Theme, ThemeSummary } from './types.js';

const NEGATOR = 1;
const CONTRAST = 2;
const STOP = 3;
const CONDITION_ROLE = 4;
const DETERMINER = 5;
const WISH_ROLE = 6;
/** "hard" in "hard drive": part of the noun phrase when a noun follows, not an opinion. */
const COMPOUND = 7;
const CONJUNCTION_ROLE = 8;
const MODAL = 9;
const THAN_ROLE = 10;
const RUNS = 11;
/** "too" before a word that is not a noun: an excess ("too slick", "too heavy"), so a complaint. */
const TOO = 12;
const TOO_VALENCE = -1;
/** "my old", "my previous": the nouns right after them name the product this one replaced, not a part of it. */
const PREVIOUS = 13;
/** "replaced": a complaint ("had the hard drive replaced") unless the product did it ("these replaced my old pair"). */
const REPLACED = 14;
/**
 * "for school", "at home", "on my lap", "to send": a noun right after a preposition, with no
 * article, names where, when or why the product is used (or is a verb after "to"), not a part of
 * it. With an article ("on the screen") or a capital ("upgraded to Windows") it may still be one.
 */
const PREPOSITION = 15;
/**
 * Idioms that end in a noun but name no part: the noun, then the words before it, nearest first
 * ("out of the box" means new, "of course" agrees).
 */
const IDIOMS = new Map<string, string[][]>([
  ['box', [['the', 'of', 'out']]],
  ['course', [['of']]],
  ['place', [['first', 'the', 'in']]],
  // "in case it breaks", "that is not the case": a circumstance, not the product's case.
  ['case', [['in'], ['this', 'in'], ['that', 'in'], ['any', 'in'], ['the', 'in'], ['the', 'is'], ['the', 'not', 'is']]],
  [
    'end',
    [
      ['the', 'in'],
      ['the', 'at'],
    ],
  ],
  ['run', [['long', 'the', 'in']]],
  // "no big deal", "not a big deal": nothing is wrong, and no bargain is meant.
  [
    'deal',
    [
      ['big', 'no'],
      ['big', 'a'],
    ],
  ],
]);

/** Whether the noun at w closes one of IDIOMS. */
function idiomAt(st: ThemeState, ids: Int32Array, w: number, from: number, id: number): boolean {
  const before = IDIOMS.get(st.dict.raw[id]!);
  if (before !== undefined)
    for (const words of before) {
      // words[k - 1] is the k-th word before w, checked from the farthest to the nearest.
      let k = words.length;
      while (w - words.length >= from && ids[w - k]! >= 0 && st.dict.raw[ids[w - k]!] === words[k - 1]) if (--k < 1) return true;
    }
  return false;
}

/** More words that are part of a part's name before a noun ("build quality", "user interface", "extended warranty"). */
const MORE_COMPOUND_MODIFIERS = ['build', 'user', 'call', 'extended', 'preloaded', 'integrated', 'dedicated', 'virus', 'touch'];

/** "could be better", "should have been sturdier", "could use a bigger screen": a wish for more, so a mild complaint. */
const HEDGE_MODALS = new Set(['could', 'should']);
const HEDGE_VERBS = new Set(['be', 'have', 'use']);
const HEDGED = -0.5;
const COULD_NOT = new Set(["couldn't", 'couldnt', "can't", 'cant', 'cannot']);
/** Verbs after "would" that wish for something else ("would like", "would change"). */
const WOULD_WISHES = new Set(['like', 'want', 'prefer', 'change', 'add']);

/** "of", which opens what "ease" is about ("ease of use"). */
const OF = 18;
/**
 * "like" is a verb of praise only after its subject or a degree word ("I really like the keys"),
 * a negator ("don't like") or opening the sentence ("Like the price"); elsewhere it compares
 * ("looks like plastic") or fills.
 */
const LIKE = 19;
const LIKE_VALENCE = 1.5;
/** "well" praises ("works well", "well made") except in "as well" or opening a clause ("Well, it broke"). */
const WELL = 20;
const COPULA_ROLE = 21;
const COPULAS = [
  'is',
  'are',
  'was',
  'were',
  'seems',
  'seemed',
  'remains',
  'stays',
  'became',
  'becomes',
  'ist',
  'sind',
  'war',
  'est',
  'sont',
  'es',
  'son',
  'era',
];
const LIKERS = new Set([
  'i',
  'we',
  'they',
  'really',
  'also',
  'especially',
  'definitely',
  'truly',
  'particularly',
  'still',
  'just',
  'do',
  'did',
]);
/** Verbs a negator before them turns into the reviewer's own choice or need, not a failing part. */
const UNWANTED = new Set('want wanted require requires'.split(' '));
const PREPOSITIONS = ['for', 'at', 'in', 'to', 'on', 'into', 'onto', 'from', 'during', 'through'];
/** "stopped (working)", "went (dead)": a failure when the next word completes it (aspects/phrasal.ts). */
const FAILURE = 16;
const FAILURE_ENDS = new Map(failureEntries());
/** "(no) need", "(not) hesitate": praise when negated, nothing otherwise. */
const NEGATED_PRAISE_ROLE = 17;
/** Subjects after "if" that make the condition the reader's ("if you like bass"), English, German, French, Spanish. */
/** "products" and its translations: a capitalised word before one is a maker ("Apple products"). */
const PRODUCT_NOUNS = new Set(['product', 'products', 'produkt', 'produkte', 'produit', 'produits', 'producto', 'productos']);
/** "not only", "not just": the "not" adds, it negates nothing. */
const NOT_ONLY = new Set(['only', 'just']);
/** "try" opening a clause or after a modal: a recommendation, valued as "recommend". */
const TRY = 23;
const RECOMMEND_VALENCE = 1.6;
/** "fix", "replace", "repair" after "had to", "need to": a complaint about what needed it, valued as "repaired". */
const REPAIR = 24;
/** In the theme state's roles: a word none of readSentence's rules reads (see learn), most words. */
const NO_RULE = 25;
const REPAIR_VALENCE = -1;
/** "up" after a verb that names an operation of the product ("boot up", "start up"): the two name it. */
const PARTICLE = 26;
const PARTICLE_VERBS = new Set('boot boots booting start starts starting'.split(' '));
/** "the feel", "a sleek look": verbs that name a quality after an article or possessive (and an opinion word). */
const VERB_NOUN = 27;
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'your', 'our', 'my']);
/** "it runs great", "works well": after a subject that is no noun, the verb is the performance judged. */
const PERFORMS = 28;
const OBLIGED = new Set(['have', 'has', 'had', 'having', 'need', 'needs', 'needed']);
const READER = new Set(['you', "you're", 'youre', 'du', 'sie', 'vous', 'tu', 'usted']);
const PRODUCT_SUBJECTS = new Set(['this', 'these', 'it', 'which']);
/** What "runs" is followed by when it judges the fit. */
const RUNS_SIZES = new Set(['small', 'large', 'big', 'narrow', 'wide', 'tight', 'short', 'long', 'true']);
/** Words that open a verb's object or follow it ("responds well", "justifies the cost"), never a plural noun's next word. */
const OBJECTS = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'it', 'them', 'me', 'us', 'well']);
/** After these, a noun-like word is a verb ("would pair", "it rattles"). */
const MODALS = [
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'does',
  'did',
  'do',
  'it',
  'they',
  'i',
  'we',
  'you',
  'he',
  'she',
  'which',
  'also',
  'still',
  'just',
];
const CONJUNCTIONS = ['and', '&', 'und', 'et', 'y'];
const DISJUNCTIONS = ['or', 'oder', 'ou', 'o'];
const DISJUNCTION_ROLE = 22;
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
  context: ContextRule | undefined;
}

function buildLexicon(): WordTable<WordInfo> {
  const info = new Map<string, WordInfo>();
  const at = (word: string) => {
    const key = word.toLowerCase().replace(/’/g, "'");
    let entry = info.get(key);
    // All four fields set up front: one object shape for every word, so the hot loop reads them monomorphically.
    if (!entry) info.set(key, (entry = { valence: undefined, booster: undefined, role: undefined, aspect: undefined, context: undefined }));
    return entry;
  };
  for (const word of STOPWORDS) at(word).role = STOP;
  for (const word of LANGUAGE_STOPWORDS) at(word).role = STOP;
  for (const [word, valence] of valenceEntries()) at(word).valence = valence;
  for (const [word, valence] of languageValenceEntries()) at(word).valence = valence;
  for (const [word, booster] of BOOSTERS) at(word).booster = booster;
  for (const word of CONTRASTS) if (!word.includes(' ')) at(word).role = CONTRAST;
  for (const word of LANGUAGE_CONTRASTS) at(word).role = CONTRAST;
  // "worked great until the hinge cracked": what follows turns the sentence, as after "but".
  at('until').role = CONTRAST;
  for (const word of NEGATORS) at(word).role = NEGATOR;
  for (const word of LANGUAGE_NEGATORS) at(word).role = NEGATOR;
  // "hardly any memory", "rarely crashes": negators here, though not for the incentive check's disclosures.
  for (const word of ['hardly', 'barely', 'rarely']) at(word).role = NEGATOR;
  for (const word of CONDITIONS) at(word).role = CONDITION_ROLE;
  for (const word of PRODUCT_DETERMINERS) at(word).role = DETERMINER;
  for (const word of WISHES) at(word).role = WISH_ROLE;
  for (const word of COMPOUND_MODIFIERS) at(word).role = COMPOUND;
  for (const word of MORE_COMPOUND_MODIFIERS) at(word).role = COMPOUND;
  for (const word of CONJUNCTIONS) at(word).role = CONJUNCTION_ROLE;
  for (const word of DISJUNCTIONS) at(word).role = DISJUNCTION_ROLE;
  for (const word of MODALS) at(word).role = MODAL;
  for (const word of LANGUAGE_SUBJECTS) at(word).role = MODAL;
  // "great compared to the mouse": what follows is compared against, as after "than".
  for (const word of ['than', 'compared']) at(word).role = THAN_ROLE;
  for (const word of PREPOSITIONS) at(word).role = PREPOSITION;
  at('of').role = OF;
  for (const word of ['like', 'likes']) at(word).role = LIKE;
  at('well').role = WELL;
  for (const word of COPULAS) at(word).role = COPULA_ROLE;
  for (const word of FAILURE_ENDS.keys()) at(word).role = FAILURE;
  for (const word of NEGATED_PRAISE) at(word).role = NEGATED_PRAISE_ROLE;
  for (const word of ['runs', 'run', 'ran']) at(word).role = RUNS;
  at('too').role = TOO;
  at('up').role = PARTICLE;
  for (const word of ['look', 'looks', 'feel']) at(word).role = VERB_NOUN;
  for (const word of ['works', 'worked', 'performs', 'performed']) at(word).role = PERFORMS;
  at('try').role = TRY;
  for (const word of ['old', 'previous', 'former', 'alte', 'alten', 'ancien', 'ancienne', 'antiguo', 'antigua']) at(word).role = PREVIOUS;
  for (const word of ['replaced', 'replaces']) at(word).role = REPLACED;
  for (const word of ['fix', 'replace', 'repair']) at(word).role = REPAIR;
  for (const [word, aspect] of aspectEntries()) at(word).aspect = aspect;
  for (const [word, rule] of contextEntries()) at(word).context = rule;
  return new WordTable(info);
}
const LEXICON = buildLexicon();
/** Category words by lemma, so "prices" and "sizes" join their category as "price" and "size" do. */
const CATEGORY_LEMMAS = new Map(aspectEntries().map(([word, key]) => [lemma(word), key] as const));

const QUOTES = 2;
/** Longest title (in words) read as an opinion on the product as a whole. */
const TITLE_WORDS = 4;
/** Up to this many phrases, a sentence whose opinions agree gives them to every phrase in it. */
const SHARED_PHRASES = 3;
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
  /** The summed opinion on it in that sentence, and where its first phrase there is. */
  score: number;
  from?: number;
  to?: number;
  /** Translation key of its label (category and "Other ..." themes); found aspects have none. */
  labelKey?: string;
}

export interface ThemeOptions {
  locale: string;
  splitter: 'auto' | 'intl';
  maxThemes: number;
  /** The product's name, brand and category: never a theme. */
  product?: { name?: string; brand?: string; category?: string } | undefined;
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
 * What the theme finder knows of a word: its lexicon entry, and from its first learn() its lemma
 * and whether it is noun-like. The engine keeps a word's facts from call to call, so those two are
 * worked out once per word, not once per word and product.
 */
export interface ThemeFacts {
  theme: WordInfo | undefined;
  lemma?: string;
  noun?: boolean;
}

/**
 * The words of the reviews, scanned once by summarizeReviews: review r's words are
 * [offsets[r], offsets[r + 1]) of `starts`, `ends` (offsets in its lower-case full text) and
 * `ids` (from `dict.intern`).
 */
export interface ScannedWords<Facts extends ThemeFacts> {
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
  /** Reviews that call it "this X" / "these X" (the product's own head noun, see productHeads). */
  thisReviews: number;
  lastThisReview: number;
  /** Of those, the reviews that write it capitalised there ("my Toshiba"): a brand or model name. */
  thisNamed: number;
  /** Lemmas of a found phrase, for taking the product's words out of it. */
  lemmas: string[];
}

/**
 * Everything one summarizeThemes call accumulates. The sentence loop and its helpers below are
 * module functions that take it, not closures made per call: V8 keeps a closure's optimised code
 * only while a closure of that call is alive, so a full GC between two calls threw it away and
 * every call ran the loop unoptimised until it was compiled again.
 */
interface ThemeState {
  reviews: PreparedReview[];
  dict: WordDictionary<ThemeFacts>;
  aspects: Map<string, Aspect>;
  /** Found single-word aspects by word id; ids of one lemma share a term. */
  termOf: (Term | undefined)[];
  termByKey: Map<string, Term>;
  /** Two-word terms by their word ids (first id x 2^21 + second). */
  termByPair: Map<number, Term>;
  terms: Term[];
  otherNeg: Mention;
  otherPos: Mention;
  positive: number;
  negative: number;
  neutral: number;
  /** The aspects of the current sentence, seenCount of them, each listed once, with their summed opinion. */
  seenInSentence: Aspect[];
  seenCount: number;
  sentenceNumber: number;
  // What the sentence loop reads about a word, in flat arrays by word id, filled the first time
  // the id is met: reading them costs no pointer chase per word.
  kinds: Uint8Array;
  roles: Uint8Array;
  clauseKinds: Uint8Array;
  aspectOf: (Aspect | null)[];
  lemmaOf: (string | undefined)[];
  contextOf: (ContextRule | undefined)[];
  valences: Float64Array;
  boosters: Float64Array;
  words: WordBuffer;
  scratchIds: Int32Array;
  clauses: SentenceScratch;
  /** Where in the sentence read last "runs small" and the like judged the fit, or -1. */
  fitAt: number;
  /**
   * The original-case text whose offsets are those of the `lower` text being read, when that is
   * not the review's own full text (pros, cons, separate sentences); null when unknown.
   */
  original: string | null;
  /** Whether a capital after "my" / "this" marks a name (not in German, which capitalises every noun). */
  namesByCase: boolean;
  /** Where the title of the review being read ends in its full text (0: no title). */
  titleEnd: number;
  /** Noun-like and opinion words of the sentence readSentence read last. */
  nouns: number;
  opinions: number;
}

const SCRATCH = new SentenceScratch();

function newThemeState(reviews: PreparedReview[], dict: WordDictionary<ThemeFacts>): ThemeState {
  // Sized for the words scanned so far; learn() grows them for words met later (pros, cons).
  const words = dict.raw.length + 64;
  return {
    reviews,
    dict,
    aspects: new Map(),
    termOf: [],
    termByKey: new Map(),
    termByPair: new Map(),
    terms: [],
    otherNeg: newMention(),
    otherPos: newMention(),
    positive: 0,
    negative: 0,
    neutral: 0,
    seenInSentence: [],
    seenCount: 0,
    sentenceNumber: 0,
    kinds: kept(Uint8Array, words, 0),
    roles: kept(Uint8Array, words, 0),
    clauseKinds: kept(Uint8Array, words, 0),
    aspectOf: [],
    lemmaOf: [],
    contextOf: [],
    valences: kept(Float64Array, words, 0),
    boosters: kept(Float64Array, words, 0),
    words: WordBuffer.keep,
    scratchIds: new Int32Array(0),
    clauses: SCRATCH,
    fitAt: -1,
    original: null,
    namesByCase: true,
    titleEnd: 0,
    nouns: 0,
    opinions: 0,
  };
}

function categoryAspect(st: ThemeState, key: AspectKey): Aspect {
  let aspect = st.aspects.get(key);
  if (!aspect) {
    aspect = { key, label: ASPECTS[key].label, pos: newMention(), neg: newMention(), seen: -1, score: 0, labelKey: `aspect.${key}` };
    st.aspects.set(key, aspect);
  }
  return aspect;
}

function newTerm(key: string, label: string, lemmas: string[]): Term {
  return {
    key,
    label,
    pos: newMention(),
    neg: newMention(),
    seen: -1,
    score: 0,
    df: 0,
    lastReview: -1,
    thisReviews: 0,
    lastThisReview: -1,
    thisNamed: 0,
    lemmas,
  };
}

/** The found aspect of a lemma, made on first use; its label is the first wording met. */
function termFor(st: ThemeState, key: string, surface: string, lemmas: string[]): Term {
  let term = st.termByKey.get(key);
  if (!term) {
    term = newTerm(key, surface.charAt(0).toUpperCase() + surface.slice(1), lemmas);
    st.termByKey.set(key, term);
    st.terms.push(term);
  }
  return term;
}

/** A found one-word term that review r used for the product itself. */
function countsAsProduct(aspect: Aspect, r: number): void {
  const term = aspect as Partial<Term>;
  if (term.lemmas === undefined || term.lemmas.length !== 1 || term.lastThisReview === r) return;
  term.lastThisReview = r;
  term.thisReviews!++;
}

function mentioned(st: ThemeState, aspect: Aspect, score: number, from: number, to: number): void {
  if (aspect.seen !== st.sentenceNumber) {
    aspect.seen = st.sentenceNumber;
    aspect.score = 0;
    aspect.from = from;
    aspect.to = to;
    st.seenInSentence[st.seenCount++] = aspect;
  }
  aspect.score += score;
}

/**
 * Where a quote of the aspect at [from, to) of sentence [start, end) goes: the whole sentence when
 * it fits QUOTE_LENGTH, else the clause around the aspect (cut at , ; : brackets or dashes), else
 * from a word bound close enough before the aspect that the excerpt keeps it.
 */
function quoteBounds(
  st: ThemeState,
  r: number,
  lower: string | null,
  start: number,
  end: number,
  from: number,
  to: number,
): [number, number] {
  if (end - start <= QUOTE_LENGTH) return [start, end];
  let s = from;
  while (s > start && !clauseBreak(st, r, lower, s - 1, s)) s--;
  let e = to;
  while (e < end && !clauseBreak(st, r, lower, e, e + 1)) e++;
  if (to - s > QUOTE_LENGTH - 20) {
    s = to - (QUOTE_LENGTH - 20);
    while (s < from && charAt(st, r, lower, s - 1) !== 0x20) s++;
  }
  return [s, e];
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

/** The character at `at` of review r's full text (or of `lower`). */
function charAt(st: ThemeState, r: number, lower: string | null, at: number): number {
  if (lower !== null) return lower.charCodeAt(at);
  const { title, content } = st.reviews[r]!;
  const contentStart = title ? title.length + 1 : 0;
  return at < contentStart ? (at === contentStart - 1 ? 0x0a : title.charCodeAt(at)) : content.charCodeAt(at - contentStart);
}

/** Whether [from, to) holds a clause bound: , ; : ( ) – — or a dash between spaces. */
function clauseBreak(st: ThemeState, r: number, lower: string | null, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = charAt(st, r, lower, k);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2013 || c === 0x2014) return true;
    if (c === 0x2d && k > from && k + 1 < to) return true;
  }
  return false;
}

/** Whether the sentence [start, end) ends with a question mark. */
function isQuestion(st: ThemeState, r: number, lower: string | null, start: number, end: number): boolean {
  for (let k = end - 1; k >= start; k--) {
    const c = charAt(st, r, lower, k);
    if (c === 0x3f || c === 0xff1f || c === 0x61f) return true;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x22 && c !== 0x27 && c !== 0x29) return false;
  }
  return false;
}

/** Whether the word at `at` starts with a capital letter in the review's original text. */
function capitalAt(st: ThemeState, r: number, lower: string | null, at: number): boolean {
  let c: number;
  if (lower === null) c = charAt(st, r, null, at);
  else if (st.original !== null && st.original.length === lower.length) c = st.original.charCodeAt(at);
  else return false;
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Whether word id is noun-like (learning it first when new). */
function nounAhead(st: ThemeState, id: number): boolean {
  if (id < 0) return false;
  if (id >= st.kinds.length || st.kinds[id] === 0) learn(st, id);
  return st.clauseKinds[id] === NOUN;
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
    st.clauseKinds = grownTo(st.clauseKinds, new Uint8Array(size));
    st.valences = grownTo(st.valences, new Float64Array(size));
    st.boosters = grownTo(st.boosters, new Float64Array(size));
  }
  const word = st.dict.raw[id]!;
  const facts = st.dict.facts[id]!;
  const info = facts.theme;
  if (facts.noun === undefined) {
    facts.lemma = lemma(word);
    facts.noun = nounLike(word);
  }
  st.valences[id] = info?.valence ?? NaN;
  st.boosters[id] = info?.booster ?? 0;
  st.contextOf[id] = info?.context;
  st.aspectOf[id] = null;
  st.kinds[id] = info === undefined ? PLAIN : LEXICAL;
  const role = info?.role;
  let clauseKind =
    role === NEGATOR
      ? CLAUSE_NEGATOR
      : role === CONTRAST
        ? CLAUSE_CONTRAST
        : role === CONDITION_ROLE
          ? CONDITION
          : role === WISH_ROLE
            ? WISH
            : role === CONJUNCTION_ROLE
              ? CONJUNCTION
              : role === DISJUNCTION_ROLE
                ? DISJUNCTION
                : role === THAN_ROLE
                  ? THAN
                  : role === COPULA_ROLE
                    ? COPULA
                    : OTHER;
  const category = info === undefined ? CATEGORY_LEMMAS.get(facts.lemma!) : info.aspect;
  if (category !== undefined) {
    st.aspectOf[id] = categoryAspect(st, category);
    clauseKind = facts.noun && info?.valence === undefined ? NOUN : SELF;
    st.lemmaOf[id] = facts.lemma;
  } else if (info === undefined && facts.noun) {
    // Ids of one lemma (battery, batteries) share one term.
    const key = facts.lemma!;
    st.lemmaOf[id] = key;
    st.termOf[id] = termFor(st, key, word, [key]);
    st.kinds[id] = CANDIDATE;
    clauseKind = NOUN;
  }
  if (role === MODAL && (word === 'would' || word === 'could')) clauseKind = WOULD;
  st.clauseKinds[id] = clauseKind;
  // The rules after the first read a word's role, valence or clause kind, or the text of "use"; a
  // word with none of these (a role of STOP or none) passes them by: readSentence skips them for it.
  // A rule that reads another word by its text alone, or only the words around it, must exclude
  // that word here.
  st.roles[id] = (role ?? STOP) === STOP && info?.valence === undefined && clauseKind === OTHER && word !== 'use' ? NO_RULE : (role ?? 0);
}

/**
 * Whether the verb at w ("runs", "works") is the performance an opinion right after it judges ("it
 * runs great", "works well"); after a noun the noun is what performs ("the fan runs quietly").
 */
function performanceJudged(st: ThemeState, ids: Int32Array, w: number, to: number, i: number): boolean {
  const next = w + 1 < to ? ids[w + 1]! : -1;
  if (next < 0 || i === 0 || st.clauses.kind[i - 1] === NOUN) return false;
  return st.valences[next] === st.valences[next] || st.dict.raw[next] === 'well' || st.dict.raw[next] === 'fast';
}

/**
 * After "built", whether the word at w is the "in" of "built-in" or "a built in" before a noun: a kind of part
 * ("the built-in webcam"), where "was built in China" names a place.
 */
function builtIn(
  st: ThemeState,
  r: number,
  lower: string | null,
  ids: Int32Array,
  starts: Int32Array,
  ends: Int32Array,
  w: number,
  from: number,
  to: number,
): boolean {
  if (w + 1 >= to || st.dict.raw[ids[w]!] !== 'in' || !nounAhead(st, ids[w + 1]!)) return false;
  const hyphen = starts[w]! - ends[w - 1]! === 1 && charAt(st, r, lower, ends[w - 1]!) === 0x2d;
  return hyphen || (w - 2 >= from && ids[w - 2]! >= 0 && OBJECTS.has(st.dict.raw[ids[w - 2]!]!));
}

/**
 * Reads the words [from, to) of ids/starts/ends into st.clauses for the clause analysis and
 * returns VADER's summed valence of the sentence; st.nouns and st.opinions count its noun-like
 * and opinion words. Its parameters repeat sentence()'s on purpose: the word arrays go by position,
 * not in an object, so this path, run for every sentence of a catalogue, allocates nothing per call.
 */
function readSentence(
  st: ThemeState,
  r: number,
  lower: string | null,
  ids: Int32Array,
  starts: Int32Array,
  ends: Int32Array,
  from: number,
  to: number,
): number {
  const scratch = st.clauses;
  scratch.reserve(to - from);
  scratch.count = to - from;
  // The scratch is shared by every call: nothing of the sentence read before may carry over
  // (sentenceAspects widens the phrases to its targets' length after this).
  scratch.maxPhrase = 3;
  st.fitAt = -1;
  let sum = 0;
  let lastNegator = -10;
  let boost1 = 0;
  let boost2 = 0;
  let weight = 1;
  let nouns = 0;
  let opinions = 0;
  let afterDeterminer = false;
  let previousRole = 0;
  /** Where the last "old" / "previous" was, so the two words after it name no part. */
  let previousAt = -10;
  /** Whether the words since the last preposition were only a possessive or the nouns after it. */
  let prepositional = false;
  /** Where "easy to" / "ease of" ended: the verb after it names what is easy or hard ("easy to carry", "ease of use"). */
  let usageAt = -10;
  /** Where "could be", "should have", "could use" or an unnegated "needs" was: praise up to three words after it asks for more ("could be more durable", "needs better speakers"). */
  let hedgeAt = -10;
  /** Where "couldn't be" / "could not be" was: praise after it is the highest ("couldn't be happier"). */
  let peakAt = -10;
  for (let w = from; w < to; w++) {
    const i = w - from;
    const id = ids[w]!;
    scratch.lemma[i] = undefined;
    scratch.breakBefore[i] = i > 0 && starts[w]! - ends[w - 1]! > 1 && clauseBreak(st, r, lower, ends[w - 1]!, starts[w]!) ? 1 : 0;
    let role: number;
    let valence: number;
    let booster: number;
    if (id >= 0) {
      if (id >= st.kinds.length || st.kinds[id] === 0) learn(st, id);
      let clauseKind = st.clauseKinds[id]!;
      role = st.roles[id]!;
      valence = st.valences[id]!;
      if (clauseKind === OTHER && i > 0 && scratch.kind[i - 1] === NOUN && isDigit(st.dict.raw[id]!.charCodeAt(0))) {
        // "windows 8", "firewire 800": a number after a noun ends its name.
        clauseKind = NOUN;
        scratch.lemma[i] = st.dict.raw[id];
      } else if (role === NO_RULE) {
        // None of the rules below applies (see learn).
      } else if (role >= PARTICLE) {
        // Words only these rules read ("up", "feel", "works"), so the rules below pass them by.
        const before = i > 0 ? ids[w - 1]! : -1;
        const named =
          before >= 0 &&
          (role === PARTICLE
            ? // "slow to boot up", "the start up time", "easy to set up": the verb and "up" name the operation.
              PARTICLE_VERBS.has(st.dict.raw[before]!) || (usageAt === i - 2 && st.dict.raw[before] === 'set')
            : role === VERB_NOUN
              ? // "the feel of the keys", "a sleek look": the quality, named.
                ARTICLES.has(st.dict.raw[before]!) ||
                (i > 1 && ids[w - 2]! >= 0 && st.valences[before] === st.valences[before] && ARTICLES.has(st.dict.raw[ids[w - 2]!]!))
              : performanceJudged(st, ids, w, to, i));
        if (named) {
          clauseKind = NOUN;
          scratch.lemma[i] = st.lemmaOf[id] ?? st.dict.raw[id];
          if (role === PARTICLE) {
            scratch.kind[i - 1] = NOUN;
            scratch.lemma[i - 1] = st.lemmaOf[before] ?? st.dict.raw[before];
          }
        }
      } else if (
        role === PREPOSITION &&
        w > from &&
        ids[w - 1]! >= 0 &&
        st.dict.raw[ids[w - 1]!] === 'built' &&
        builtIn(st, r, lower, ids, starts, ends, w, from, to)
      ) {
        // "the built-in webcam", "a built in camera": "built in" is part of the name, not a place.
        clauseKind = NOUN;
        role = 0;
        scratch.lemma[i] = 'in';
        scratch.kind[i - 1] = NOUN;
        scratch.lemma[i - 1] = 'built';
      } else if (
        role === NEGATOR &&
        ((w + 1 < to && ids[w + 1]! >= 0 && NOT_ONLY.has(st.dict.raw[ids[w + 1]!]!)) ||
          (w > from && ids[w - 1]! >= 0 && st.dict.raw[ids[w - 1]!] === 'or'))
      ) {
        // "not only the food but also the service", "whether or not": adds or leaves open, negates nothing.
        clauseKind = OTHER;
        role = 0;
      } else if (role === THAN_ROLE && i > 0 && w + 1 < to && st.dict.raw[ids[w - 1]!] === 'other' && st.dict.raw[ids[w + 1]!] === 'that') {
        // "other than that, it's great": sets what came before aside, like "except"; it compares nothing
        // ("other than the fan, all is great" still compares: the fan is the exception).
        clauseKind = CLAUSE_CONTRAST;
      } else if (
        role === TRY &&
        (i === 0 ||
          scratch.breakBefore[i] === 1 ||
          previousRole === MODAL ||
          (ids[w - 1]! >= 0 && st.dict.raw[ids[w - 1]!] === 'please')) &&
        !(w + 1 < to && ids[w + 1]! >= 0 && (st.dict.raw[ids[w + 1]!] === 'to' || st.dict.raw[ids[w + 1]!]!.endsWith('ing')))
      ) {
        // "Try the salmon", "you must try it": a recommendation ("try to", an attempt, and "try finding one", a challenge, are none).
        valence = RECOMMEND_VALENCE;
      } else if (
        role === REPAIR &&
        w - 2 >= from &&
        ids[w - 2]! >= 0 &&
        st.dict.raw[ids[w - 1]!] === 'to' &&
        OBLIGED.has(st.dict.raw[ids[w - 2]!]!)
      ) {
        // "had to replace the motherboard", "needed to fix the hinge": a part that needed repair.
        valence = REPAIR_VALENCE;
      } else if (
        clauseKind === NOUN &&
        i > 0 &&
        ((scratch.kind[i - 1] === CLAUSE_NEGATOR && (st.dict.raw[ids[w - 1]!] !== 'no' || st.lemmaOf[id] !== st.dict.raw[id])) ||
          previousRole === MODAL)
      ) {
        // "would not pair", "it rattles": a verb, not a part. After "no" a singular noun names a missing
        // part ("no camera", "no cd drive"); a plural, defects that are absent ("no snags"), praise.
        clauseKind = OTHER;
      } else if (
        clauseKind === NOUN &&
        i > 0 &&
        scratch.kind[i - 1] === NOUN &&
        w + 1 < to &&
        ids[w + 1]! >= 0 &&
        OBJECTS.has(st.dict.raw[ids[w + 1]!]!) &&
        /[^su]s$/.test(st.dict.raw[id]!)
      ) {
        // "the keyboard responds well", "the fan causes the noise": a verb after its subject, as no plural noun is followed by an object.
        clauseKind = OTHER;
      } else if (
        st.termOf[id] !== undefined &&
        clauseKind === NOUN &&
        w + 1 < to &&
        ids[w + 1]! >= 0 &&
        PRODUCT_NOUNS.has(st.dict.raw[ids[w + 1]!]!)
      ) {
        // "Apple products", "pork products": a maker or a kind, not a part ("quality products", a
        // category, keeps its aspect); capitalised, a name of the product like "my Toshiba".
        clauseKind = OTHER;
        const term = st.termOf[id]!;
        if (term.lastThisReview !== r && st.namesByCase && capitalAt(st, r, lower, starts[w]!)) {
          term.lastThisReview = r;
          term.thisReviews++;
          term.thisNamed++;
        }
      } else if (
        role === LIKE &&
        (i === 0 || scratch.kind[i - 1] === CLAUSE_NEGATOR || (ids[w - 1]! >= 0 && LIKERS.has(st.dict.raw[ids[w - 1]!]!)))
      ) {
        valence = LIKE_VALENCE;
      } else if (role === WELL && (i === 0 || scratch.breakBefore[i] === 1 || (ids[w - 1]! >= 0 && st.dict.raw[ids[w - 1]!] === 'as'))) {
        valence = NaN;
      } else if (st.dict.raw[id] === 'free' && i > 0 && ids[w - 1]! >= 0 && st.dict.raw[ids[w - 1]!] === 'feel') {
        // "feel free to ask": an invitation, no praise.
        valence = NaN;
      } else if (role === RUNS && w + 1 < to && ids[w + 1]! >= 0 && RUNS_SIZES.has(st.dict.raw[ids[w + 1]!]!)) {
        // "runs small", "runs true to size": a verdict on the fit.
        clauseKind = SELF;
        valence = st.dict.raw[ids[w + 1]!] === 'true' ? 1.2 : -1.2;
        st.fitAt = i;
      } else if (role === RUNS && performanceJudged(st, ids, w, to, i)) {
        clauseKind = NOUN;
        scratch.lemma[i] = st.dict.raw[id];
      } else if (role === FAILURE && w + 1 < to && ids[w + 1]! >= 0 && FAILURE_ENDS.get(st.dict.raw[id]!)!.has(st.dict.raw[ids[w + 1]!]!)) {
        clauseKind = OTHER;
        valence = failureValence();
      } else if (role === NEGATED_PRAISE_ROLE && i - lastNegator <= 3) {
        clauseKind = OTHER;
        valence = NEGATED_PRAISE_VALENCE;
      } else if (role === NEGATED_PRAISE_ROLE) {
        hedgeAt = i;
      } else if (
        role === MODAL &&
        w + 1 < to &&
        ids[w + 1]! >= 0 &&
        HEDGE_MODALS.has(st.dict.raw[id]!) &&
        HEDGE_VERBS.has(st.dict.raw[ids[w + 1]!]!)
      ) {
        hedgeAt = i;
        // "could use some trimming", "could use a bigger screen": a wish, a complaint even with no opinion word.
        if (st.dict.raw[ids[w + 1]!] === 'use') clauseKind = WISH;
      } else if (
        role === MODAL &&
        w + 1 < to &&
        ids[w + 1]! >= 0 &&
        st.dict.raw[id] === 'would' &&
        WOULD_WISHES.has(st.dict.raw[ids[w + 1]!]!)
      ) {
        // "I would like a backlit keyboard", "the only thing I would change": a wish, so what it names is missing.
        clauseKind = WISH;
      } else if (
        role === MODAL &&
        w + 2 < to &&
        ids[w + 2]! >= 0 &&
        st.dict.raw[id] === 'could' &&
        st.roles[ids[w + 1]!] === NEGATOR &&
        st.dict.raw[ids[w + 2]!] === 'be'
      ) {
        peakAt = i;
      } else if (
        role === NEGATOR &&
        w + 1 < to &&
        ids[w + 1]! >= 0 &&
        COULD_NOT.has(st.dict.raw[id]!) &&
        st.dict.raw[ids[w + 1]!] === 'be'
      ) {
        peakAt = i;
      } else if (valence > 0 && i - peakAt <= 3) {
        // The negation before it turns it back: "couldn't be happier" is praise.
        valence = -valence / 0.74;
      } else if (valence > 0 && i - hedgeAt <= 3) {
        valence *= HEDGED;
      } else if (usageAt === i - 1 && scratch.breakBefore[i] === 0 && st.dict.raw[id] === 'use') {
        // "easy to use", "ease of use": the product's usability, an aspect of its own.
        clauseKind = NOUN;
        scratch.lemma[i] = 'use';
        if (i >= 2 && scratch.kind[i - 2] === NOUN && st.lemmaOf[ids[w - 2]!] === 'ease') scratch.kind[i - 2] = OTHER;
      } else if ((clauseKind === NOUN || clauseKind === SELF) && idiomAt(st, ids, w, from, id)) {
        clauseKind = OTHER;
        // A negator before an idiom negates the idiom ("no big deal"), not a missing part.
        for (let k = Math.max(0, i - 3); k < i; k++) if (scratch.kind[k] === CLAUSE_NEGATOR) scratch.kind[k] = OTHER;
      } else if (
        clauseKind === NOUN &&
        prepositional &&
        scratch.breakBefore[i] === 0 &&
        !capitalAt(st, r, lower, starts[w]!) &&
        !st.dict.raw[id]!.endsWith('ing')
      ) {
        // An activity stays an aspect: "great for gaming", "slow at browsing".
        clauseKind = OTHER;
        role = PREPOSITION;
      } else if (clauseKind === NOUN && previousAt >= i - 2 && scratch.breakBefore[i] === 0) {
        // "my old wired pair": the product this one replaced.
        clauseKind = OTHER;
      } else if (role === REPLACED && i > 0 && ids[w - 1]! >= 0 && PRODUCT_SUBJECTS.has(st.dict.raw[ids[w - 1]!]!)) {
        valence = NaN;
      } else if (clauseKind === NOUN && previousRole === TOO && scratch.breakBefore[i] === 0) {
        // "too slick": what follows "too" describes, it names no part.
        clauseKind = OTHER;
      } else if (
        role === TOO &&
        w + 1 < to &&
        ids[w + 1]! >= 0 &&
        starts[w + 1]! - ends[w]! === 1 &&
        (nounAhead(st, ids[w + 1]!) || st.boosters[ids[w + 1]!] === 0) &&
        !(st.valences[ids[w + 1]!]! < 0)
      ) {
        // "too slick", "too expensive": an excess; a negative word after it ("too bad") keeps its own.
        valence = TOO_VALENCE;
      } else if (role === COMPOUND && w + 1 < to && nounAhead(st, ids[w + 1]!)) {
        clauseKind = NOUN;
        valence = NaN;
        scratch.lemma[i] = st.dict.raw[id];
      }
      // "If you love wine, you'll love it here": a condition on the reader, not a wish about the product.
      if (i > 0 && scratch.kind[i - 1] === CONDITION && READER.has(st.dict.raw[id]!)) scratch.kind[i - 1] = OTHER;
      // "I don't want", "it doesn't require": a negated wish or need states no fault of a part.
      if (i > 0 && scratch.kind[i - 1] === CLAUSE_NEGATOR && UNWANTED.has(st.dict.raw[id]!)) scratch.kind[i - 1] = OTHER;
      scratch.kind[i] = clauseKind;
      booster = st.boosters[id]!;
      scratch.valence[i] = valence;
      scratch.booster[i] = booster;
      // After "too" the excess is the opinion ("too large", "too quiet"), whatever the word says of its head.
      const context = previousRole === TOO ? undefined : st.contextOf[id];
      scratch.context[i] = context;
      if (clauseKind === NOUN || clauseKind === SELF) {
        // A verb the rules above made a phrase ("it runs great", "the feel") names no theme of a
        // summary: a sentence with no other noun needs no clause analysis there.
        if (!(clauseKind === NOUN && st.aspectOf[id] === null && (role === RUNS || role === PERFORMS || role === VERB_NOUN))) nouns++;
        if (st.lemmaOf[id] !== undefined) scratch.lemma[i] = st.lemmaOf[id];
        // "this laptop": the head of a noun run after a determiner may be the product itself.
        if (afterDeterminer && (w + 1 >= to || st.clauseKinds[ids[w + 1]!] !== NOUN)) {
          const term = st.termOf[id];
          if (term !== undefined && term.lastThisReview !== r) {
            term.lastThisReview = r;
            term.thisReviews++;
            if (st.namesByCase && capitalAt(st, r, lower, starts[w]!)) term.thisNamed++;
          }
        }
      }
      afterDeterminer = role === DETERMINER || (afterDeterminer && clauseKind === NOUN);
      if (role === PREPOSITION || role === OF) {
        // "easy to carry", "ease of use": after an opinion word, "to" opens what the opinion is about, not a place or a purpose.
        const usage =
          i > 0 &&
          (role === OF
            ? st.lemmaOf[ids[w - 1]!] === 'ease'
            : scratch.valence[i - 1] === scratch.valence[i - 1] && st.dict.raw[id] === 'to');
        if (usage) usageAt = i;
        prepositional = role === PREPOSITION && !usage;
      } else prepositional = prepositional && role === DETERMINER && st.dict.raw[id] === 'my';
      if (role === PREVIOUS && previousRole === DETERMINER) previousAt = i;
      else if (scratch.breakBefore[i] === 1 || st.kinds[id] === LEXICAL) previousAt = -10;
      previousRole = role;
      if (valence === valence || context !== undefined || clauseKind === CLAUSE_NEGATOR || clauseKind === WISH) opinions++;
      if (st.kinds[id] !== LEXICAL) {
        boost2 = boost1;
        boost1 = 0;
        continue;
      }
    } else {
      // A word whose hash another word already has (rare): looked up by its text, never an aspect.
      const info = LEXICON.lookup(lowerSlice(st, r, lower, starts[w]!, ends[w]!));
      scratch.kind[i] = OTHER;
      scratch.context[i] = undefined;
      scratch.booster[i] = info?.booster ?? 0;
      scratch.valence[i] = info?.valence ?? NaN;
      if (info === undefined) {
        boost2 = boost1;
        boost1 = 0;
        continue;
      }
      role = info.role ?? 0;
      valence = info.valence ?? NaN;
      booster = info.booster ?? 0;
      if (valence === valence) opinions++;
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
  st.nouns = nouns;
  st.opinions = opinions;
  return sum;
}

/**
 * One sentence: words [from, to) of ids/starts/ends. VADER's compound score of its words gives
 * the sentence's polarity; the clause analysis (aspects/opinions.ts) gives each noun phrase its own.
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
  const scratch = st.clauses;
  const sum = readSentence(st, r, lower, ids, starts, ends, from, to);
  let compound = sum / Math.sqrt(sum * sum + 15);
  if (forced !== 0) compound = forced;
  // A question asks and judges nothing ("is the battery any good?"): a neutral sentence.
  const question = forced === 0 && st.opinions > 0 && isQuestion(st, r, lower, start, end);
  let polarity = question ? 0 : compound >= 0.05 ? 1 : compound <= -0.05 ? -1 : 0;
  let praised = false;
  let criticised = false;
  if (st.nouns > 0 && (st.opinions > 0 || forced !== 0)) {
    analyzeSentence(scratch, question);
    for (let p = 0; p < scratch.phraseCount; p++) {
      const score = forced !== 0 ? forced : scratch.phraseScore[p]!;
      // A phrase with no opinion beside it counts only in a short sentence whose opinions agree: in a
      // long one it is often scenery ("a trip through the mountains").
      const shared = forced === 0 ? scratch.phraseShared[p]! : 0;
      if (score === 0 || shared === MIXED || (shared === SHARED && scratch.phraseCount > SHARED_PHRASES)) continue;
      const aspect = phraseAspect(st, r, lower, ids, starts, ends, from, scratch.phraseStart[p]!, scratch.phraseEnd[p]!);
      // A short title that is an opinion on one noun ("Great bottle", "Terrible camera!") names the product, like "this X".
      if (aspect !== null && part === 0 && end <= st.titleEnd && scratch.phraseCount === 1 && to - from <= TITLE_WORDS)
        countsAsProduct(aspect, r);
      if (aspect !== null) mentioned(st, aspect, score, starts[from + scratch.phraseStart[p]!]!, ends[from + scratch.phraseEnd[p]! - 1]!);
    }
    for (let k = 0; k < st.seenCount; k++) {
      const score = st.seenInSentence[k]!.score;
      if (score > 0) praised = true;
      else if (score < 0) criticised = true;
    }
  }
  // A sentence with opinions on aspects counts by them ("great pictures, but a tiny viewfinder"
  // is praise and a complaint); one without, by its VADER score.
  if (praised || criticised) {
    if (praised) st.positive++;
    if (criticised) st.negative++;
    if (praised !== criticised) polarity = praised ? 1 : -1;
  } else if (polarity === 0) st.neutral++;
  else if (polarity > 0) st.positive++;
  else st.negative++;
  if (polarity === 0 && st.seenCount === 0) return;
  const helpful = st.reviews[r]!.helpfulVotes;
  let quote: QuoteRef | null = null;
  if (polarity !== 0) {
    const other = polarity > 0 ? st.otherPos : st.otherNeg;
    const at = addMention(other, r, helpful);
    if (at >= 0) other.quotes[at] = quote ??= { review: r, part, start, end, helpful };
  }
  for (let k = 0; k < st.seenCount; k++) {
    const aspect = st.seenInSentence[k]!;
    if (aspect.score === 0) continue;
    const mention = aspect.score > 0 ? aspect.pos : aspect.neg;
    const at = addMention(mention, r, helpful);
    if (at < 0) continue;
    if (end - start <= QUOTE_LENGTH) mention.quotes[at] = quote ??= { review: r, part, start, end, helpful };
    else {
      const [s, e] = quoteBounds(st, r, lower, start, end, aspect.from!, aspect.to!);
      mention.quotes[at] = { review: r, part, start: s, end: e, helpful };
    }
  }
}

/**
 * The aspect a phrase (words [start, end) of ids) names: its category when a word of the category
 * lexicon is in it (the last one; "quality" gives way to any other), else the found term of its
 * lemma (one word) or of its lemmas (several).
 */
function phraseAspect(
  st: ThemeState,
  r: number,
  lower: string | null,
  ids: Int32Array,
  starts: Int32Array,
  ends: Int32Array,
  from: number,
  first: number,
  last: number,
): Aspect | null {
  const start = from + first;
  const end = from + last;
  if (st.fitAt === first && last === first + 1) return categoryAspect(st, 'fit');
  let category: Aspect | null = null;
  for (let w = start; w < end; w++) {
    const id = ids[w]!;
    const aspect = id >= 0 ? st.aspectOf[id] : null;
    if (aspect && (category === null || category.key === 'quality')) category = aspect;
  }
  if (category !== null) return category;
  // "easy to set up": the set-up, of the ease category as "setup" is.
  if (end - start === 2 && st.clauses.lemma[first] === 'set' && st.clauses.lemma[first + 1] === 'up') return categoryAspect(st, 'ease');
  if (end - start === 1) {
    if (ids[start]! < 0) return null;
    return st.termOf[ids[start]!] ?? (st.clauses.lemma[first] === 'use' ? categoryAspect(st, 'ease') : null);
  }
  // Two words ("battery life"), the common case: found by their ids, no key string made.
  const pair =
    end - start === 2 && ids[start]! >= 0 && ids[start + 1]! >= 0 && ids[start + 1]! < 0x200000
      ? ids[start]! * 0x200000 + ids[start + 1]!
      : -1;
  if (pair >= 0) {
    const known = st.termByPair.get(pair);
    if (known !== undefined) return known;
  }
  const lemmas: string[] = [];
  for (let w = start; w < end; w++) {
    if (ids[w]! < 0) return null;
    lemmas.push(st.clauses.lemma[w - from]!);
  }
  const key = lemmas.join(' ');
  const term =
    st.termByKey.get(key) ?? termFor(st, key, lowerSlice(st, r, lower, starts[start]!, ends[end - 1]!).replace(/\s+/g, ' '), lemmas);
  if (pair >= 0) st.termByPair.set(pair, term);
  return term;
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

export function summarizeThemes<Facts extends ThemeFacts>(
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
      st.namesByCase = !locale.toLowerCase().startsWith('de');
      const contentStart = title ? title.length + 1 : 0;
      st.titleEnd = title ? title.length : 0;
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
      st.original = null;
      if (ranges === null) {
        shared = false;
        const text = fullText(review);
        lower ??= text.toLowerCase();
        st.original = text;
      }
      for (let b = 0; b < bounds.length; b += 2) {
        if (shared) sentence(st, r, lower, ids, starts, ends, ranges![b]!, ranges![b + 1]!, bounds[b]!, bounds[b + 1]!, 0, 0);
        else scanSentence(st, r, lower!, bounds[b]!, bounds[b + 1]!, 0, 0);
      }
    }
    st.titleEnd = 0;
    review.pros.forEach((pro, k) => {
      st.original = pro;
      scanSentence(st, r, pro.toLowerCase(), 0, pro.length, 1 + k, 1);
    });
    review.cons.forEach((con, k) => {
      st.original = con;
      scanSentence(st, r, con.toLowerCase(), 0, con.length, -1 - k, -1);
    });
  }

  return chooseThemes(st, reviews, trusted, options);
}

/** Distinct reviews in two ascending lists. */
function unionSize(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x <= y) i++;
    if (y <= x) j++;
    n++;
  }
  return n;
}

/** Two ascending review lists as one; quotes: the most helpful, one per review. */
function mergeMention(into: Mention, from: Mention): void {
  const all = [...into.reviews, ...from.reviews].sort((x, y) => x - y);
  into.reviews = all.filter((r, k) => k === 0 || all[k - 1] !== r);
  const quotes = [...into.quotes, ...from.quotes].sort((x, y) => y.helpful - x.helpful || x.review - y.review);
  into.quotes = quotes.filter((q, k) => quotes.findIndex((o) => o.review === q.review) === k).slice(0, QUOTES);
}

/**
 * The found terms without the product's own words: a term that is one of them goes; a phrase
 * with some of them ("laptop battery") joins the term of its other words.
 */
function withoutProductWords(st: ThemeState, productWords: Set<string>): Term[] {
  const kept: Term[] = [];
  for (const term of st.terms) {
    const rest = term.lemmas.filter((l) => !productWords.has(l));
    if (rest.length === term.lemmas.length) {
      kept.push(term);
      continue;
    }
    if (rest.length === 0) continue;
    const key = rest.join(' ');
    const target = st.termByKey.get(key);
    if (target && target !== term && !target.lemmas.some((l) => productWords.has(l))) {
      mergeMention(target.pos, term.pos);
      mergeMention(target.neg, term.neg);
      continue;
    }
    const words = term.label.split(' ');
    const label = words.filter((_, k) => !productWords.has(term.lemmas[k]!)).join(' ');
    kept.push({ ...term, key, lemmas: rest, label: label.charAt(0).toUpperCase() + label.slice(1) });
  }
  return kept;
}

function chooseThemes(st: ThemeState, reviews: PreparedReview[], trusted: number[], options: ThemeOptions): ThemeSummary {
  const minDf = Math.max(3, Math.ceil(trusted.length * 0.005));
  const opinionReviews = (a: Aspect) => unionSize(a.pos.reviews, a.neg.reviews);
  const productWords = productWordsOf(options.product);
  const heads = productHeads(
    st.terms
      .filter((t) => t.lemmas.length === 1 && t.thisReviews > 0)
      .map((t) => ({ key: t.key, thisReviews: t.thisReviews, thisNamed: t.thisNamed, opinionReviews: opinionReviews(t) })),
    trusted.length,
  );
  for (const head of heads) productWords.add(head);
  const candidates: Aspect[] = [...st.aspects.values()];
  for (const term of withoutProductWords(st, productWords)) {
    if (term.pos.reviews.length + term.neg.reviews.length >= minDf && opinionReviews(term) >= minDf) candidates.push(term);
  }
  const minMentions = trusted.length >= 20 ? 2 : 1;
  const sides = new Map<Aspect, 'pros' | 'cons' | 'both'>();
  for (const a of candidates) sides.set(a, keepOneSide(a.pos.reviews.length, a.neg.reviews.length));
  const side = (pick: (a: Aspect) => Mention, name: 'pros' | 'cons') =>
    candidates
      .filter((a) => pick(a).reviews.length >= minMentions && sides.get(a) !== (name === 'pros' ? 'cons' : 'pros'))
      .sort((a, b) => pick(b).reviews.length - pick(a).reviews.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const pros = side((a) => a.pos, 'pros');
  const cons = side((a) => a.neg, 'cons');
  // Coverage reads every complaint, also those on aspects mostly praised.
  const allCons = candidates
    .filter((a) => a.neg.reviews.length >= minMentions)
    .sort((a, b) => b.neg.reviews.length - a.neg.reviews.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const { positive, negative, neutral } = st;
  const polar = positive + negative;
  const target = polar ? negative / polar : null;
  const chosenPros: Aspect[] = [];
  const chosenCons: Aspect[] = [];
  const namedIn = new Map<Aspect, Aspect[]>();
  if (target !== null) {
    const shown = showThemes(
      { pros, cons, allCons },
      (a) => a.pos.reviews.length,
      (a) => a.neg.reviews.length,
      target,
      options.maxThemes,
    );
    chosenPros.push(...shown.pros);
    chosenCons.push(...shown.cons);
    const sumP = chosenPros.reduce((s, a) => s + a.pos.reviews.length, 0);
    const sumC = chosenCons.reduce((s, a) => s + a.neg.reviews.length, 0);
    // Too few themes on one side, or complaints that did not fit: "Other ..." counts the rest of that side's reviews.
    const others = (mention: Mention, chosen: Aspect[], pick: (a: Aspect) => Mention, named: Aspect[]): Mention => {
      const covered = new Set<number>();
      for (const aspect of chosen) for (const r of pick(aspect).reviews) covered.add(r);
      const rest = newMention();
      const restSet = new Set<number>();
      for (const r of mention.reviews) if (!covered.has(r)) restSet.add(r);
      for (const aspect of named) for (const r of pick(aspect).reviews) if (!covered.has(r)) restSet.add(r);
      rest.reviews = [...restSet].sort((x, y) => x - y);
      rest.quotes = mention.quotes.filter((q) => !covered.has(q.review));
      if (rest.quotes.length === 0)
        for (const aspect of named) rest.quotes.push(...pick(aspect).quotes.filter((q) => !covered.has(q.review)));
      // Every kept quote of a named complaint may come from a review a shown theme counts too: its
      // quote still speaks of the named complaint, so the line is never left without one.
      if (rest.quotes.length === 0) for (const aspect of named) rest.quotes.push(...pick(aspect).quotes);
      rest.quotes = rest.quotes.slice(0, QUOTES);
      return rest;
    };
    const line = otherLine(sumP, sumC, target, shown.named.length > 0);
    const needCons = line === 'complaints';
    if (line !== null) {
      const rest = needCons
        ? others(st.otherNeg, chosenCons, (a) => a.neg, shown.named)
        : others(st.otherPos, chosenPros, (a) => a.pos, []);
      if (rest.reviews.length > 0) {
        const other: Aspect = needCons
          ? { key: 'other', label: 'Other complaints', labelKey: 'other.complaints', pos: newMention(), neg: rest, seen: -1, score: 0 }
          : { key: 'other', label: 'Other praise', labelKey: 'other.praise', pos: rest, neg: newMention(), seen: -1, score: 0 };
        (needCons ? chosenCons : chosenPros).push(other);
        namedIn.set(other, shown.named);
      }
    }
  }

  const toTheme = (aspect: Aspect, mention: Mention): Theme => {
    const named = namedIn.get(aspect);
    return {
      label: aspect.label,
      key: aspect.key,
      ...(aspect.labelKey ? { labelKey: aspect.labelKey } : {}),
      mentions: mention.reviews.length,
      reviewIds: mention.reviews.map((r) => reviews[r]!.id),
      quotes: mention.quotes.map((q) => ({ reviewId: reviews[q.review]!.id, text: quoteText(reviews[q.review]!, q) })),
      ...(sides.get(aspect) === 'both' ? { split: { positive: aspect.pos.reviews.length, negative: aspect.neg.reviews.length } } : {}),
      ...(named && named.length
        ? {
            aspects: named.map((a) => ({
              key: a.key,
              label: a.label,
              ...(a.labelKey ? { labelKey: a.labelKey } : {}),
              mentions: a.neg.reviews.length,
            })),
          }
        : {}),
    };
  };
  // A label shown on both sides is a split, whatever keepOneSide said.
  for (const a of chosenCons) if (chosenPros.includes(a)) sides.set(a, 'both');
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

/** An aspect phrase of one sentence: character offsets in it, its text, lemma key and own polarity. */
export interface SentenceAspect {
  start: number;
  end: number;
  text: string;
  key: string;
  polarity: -1 | 0 | 1;
  /** The phrase took its polarity from the rest of a sentence whose opinions all agree, none being beside it. */
  shared?: boolean;
}

/**
 * The engine's aspect analysis on a list of separate sentences (each counted as its own review),
 * for benchmarks and for stores that want aspects per sentence. Without `targets`: the noun
 * phrases that recur (in `minSentences` sentences; by default 2 for a phrase of several words and
 * 3 for one word) or carry an opinion (a one-word phrase in 2 sentences at least), minus the
 * product's words (options and the "this X" head nouns, as in summarizeReviews). With `targets`
 * (character ranges per sentence): exactly those phrases, each with the polarity the engine gives it.
 */
export function sentenceAspects(
  sentences: readonly string[],
  options: {
    targets?: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
    product?: ThemeOptions['product'];
    minSentences?: number;
  } = {},
): SentenceAspect[][] {
  const dict = new WordDictionary((word: string) => ({ theme: themeWordInfo(word) }));
  const st = newThemeState([], dict);
  const words = new WordBuffer();
  const found: SentenceAspect[][] = [];
  const sentencesOf = new Map<string, number>();
  let ids = new Int32Array(256);
  sentences.forEach((text, r) => {
    const lower = text.toLowerCase();
    st.original = text;
    const count = words.scan(lower, 0, lower.length);
    if (ids.length < count) ids = new Int32Array(count * 2);
    for (let w = 0; w < count; w++) ids[w] = dict.intern(words.hashes[w]!, lower, words.starts[w]!, words.ends[w]!);
    readSentence(st, r, lower, ids, words.starts, words.ends, 0, count);
    const scratch = st.clauses;
    const targets = options.targets?.[r];
    scratch.maxPhrase = targets ? Infinity : 3;
    if (targets) {
      for (let w = 0; w < count; w++) {
        const inside = targets.some(([s, e]) => words.starts[w]! >= s && words.ends[w]! <= e);
        if (inside) {
          scratch.kind[w] = NOUN;
          scratch.lemma[w] = (ids[w]! >= 0 ? st.lemmaOf[ids[w]!] : undefined) ?? lower.slice(words.starts[w]!, words.ends[w]!);
        } else if (scratch.kind[w] === NOUN || scratch.kind[w] === SELF) scratch.kind[w] = UNTARGETED;
      }
    }
    analyzeSentence(scratch, isQuestion(st, r, lower, 0, lower.length));
    const phrases: SentenceAspect[] = [];
    const keys = new Set<string>();
    for (let p = 0; p < scratch.phraseCount; p++) {
      const a = scratch.phraseStart[p]!;
      const b = scratch.phraseEnd[p]!;
      const start = words.starts[a]!;
      const end = words.ends[b - 1]!;
      const lemmas: string[] = [];
      let implicit = true;
      for (let w = a; w < b; w++) {
        lemmas.push(scratch.lemma[w] ?? lower.slice(words.starts[w]!, words.ends[w]!));
        if (scratch.kind[w] !== SELF) implicit = false;
      }
      // "flimsy", "overpriced": a category word that is its own opinion names no phrase of the text.
      if (implicit && !targets) continue;
      const score = scratch.phraseScore[p]!;
      const key = lemmas.join(' ');
      phrases.push({
        start,
        end,
        text: text.slice(start, end),
        key,
        polarity: score > 0 ? 1 : score < 0 ? -1 : 0,
        ...(scratch.phraseShared[p] ? { shared: true } : {}),
      });
      if (!keys.has(key)) {
        keys.add(key);
        sentencesOf.set(key, (sentencesOf.get(key) ?? 0) + 1);
      }
      if (score !== 0) {
        const term = st.termByKey.get(lemmas[lemmas.length - 1]!);
        if (term && term.lastReview !== r) {
          term.lastReview = r;
          term.df++;
        }
      }
    }
    found.push(phrases);
  });
  if (options.targets) return found;
  const productWords = productWordsOf(options.product);
  const singles = st.terms.filter((t) => t.lemmas.length === 1 && t.thisReviews > 0);
  for (const head of productHeads(
    singles.map((t) => ({ key: t.key, thisReviews: t.thisReviews, thisNamed: t.thisNamed, opinionReviews: t.df })),
    sentences.length,
  ))
    productWords.add(head);
  // A single common noun is more often the scenery of a sentence ("took it home", "in my class")
  // than a part, so one word needs more sentences than a compound, with an opinion and without.
  const kept = (p: SentenceAspect, sentenceCount: number) => {
    const compound = p.key.includes(' ');
    const least = options.minSentences ?? (compound ? 2 : 3);
    return sentenceCount >= least || (p.polarity !== 0 && !p.shared && (compound || sentenceCount > 1));
  };
  return found.map((phrases) =>
    phrases.filter((p) => !p.key.split(' ').some((l) => productWords.has(l)) && kept(p, sentencesOf.get(p.key) ?? 0)),
  );
}
