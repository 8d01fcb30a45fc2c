/**
 * summarizeReviews: the whole engine in one pure, deterministic call. Bad input never throws: it
 * is reported in `invalid`. The raw average and the count always come with the adjusted figure;
 * every exclusion is counted by check; no check reads the rating except the burst significance
 * test, which is two-sided, so 1-star and 5-star reviews are treated alike.
 */
import { REVIEW_CHECK_IDS, type ReviewCheckId } from './check-ids.js';
import type { CheckContext, CheckOutcome, ReviewCheck } from './checks/check.js';
import {
  AMOUNT_END,
  DURATION_CUE,
  INCENTIVE_CUE,
  INCENTIVE_LANGUAGE_SHIFT,
  LONG_TERM_CUE,
  REVIEW_CUES,
  TRIGGER_CUES,
  UNIT_START,
} from './checks/cues.js';
import { ShingleSets } from './checks/duplicate.js';
import { INCENTIVE_TRIGGERS, incentiveLanguagesOf } from './checks/incentive.js';
import { CHECKS_BY_ID, REVIEW_CHECKS } from './checks/registry.js';
import { describeDisclosure } from './disclosure.js';
import { findLongTermText, LONG_TERM_CUE_TRIGGERS, longTermByDates, NUMBER_WORDS, UNIT_DAYS } from './long-term.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { DAY_MS, fullText, parseIsoDate, prepareReviews, type PreparedReview } from './prepare.js';
import { idRecord } from '../security/id-record.js';
import { wilsonInterval } from './stats.js';
import { scanLatin1, WordBuffer, type WordTable } from './text/scan.js';
import { themeFinder, WORD_FACTS } from './theme-registry.js';
import { excerpt } from './text/excerpt.js';
import type { ScannedWords, WordInfo } from './themes.js';
import { WordDictionary } from './text/dictionary.js';
import { kept, keepFromHere } from './typed-arrays.js';
import type { CheckReport, ReviewExcerpt, ReviewFlag, ReviewInput, ReviewSummary, SummaryOptions } from './types.js';

export function summarizeReviews(reviews: ReviewInput[], given?: SummaryOptions | null): ReviewSummary {
  // The contract is "never throws": null or any other non-object means the defaults.
  const options = typeof given === 'object' && given !== null && !Array.isArray(given) ? given : undefined;
  keepFromHere();
  const nowMs = typeof options?.now === 'string' ? parseIsoDate(options.now) : undefined;
  const opts = resolveOptions(options, nowMs === undefined ? undefined : Math.floor(nowMs / DAY_MS));
  const prepared = prepareReviews(reviews as unknown, opts.ratingScale);
  const { checks } = opts;

  // Ratings given at checkout were given before use: kept apart from the product's figures.
  const population: PreparedReview[] = [];
  const apart: PreparedReview[] = [];
  const surveyMode = checks['checkout-survey'].mode;
  for (const review of prepared.reviews)
    (review.source === 'checkout-survey' && surveyMode === 'exclude' ? apart : population).push(review);

  const n = population.length;
  // A review's flags, created with its first flag (most reviews have none).
  const flags: (ReviewFlag[] | null)[] = new Array(n).fill(null);

  // One word scan per review feeds the text checks, the shingles, the long-term cues and (kept in
  // flat typed arrays) the themes. Each distinct word is looked up in the lexicons once.
  const scanned = scanReviews(population, checks.duplicate.mode !== 'off' ? checks.duplicate.minWords : -1, opts.longTermDays);
  const { cues, lowers } = scanned;
  // The patterns read lower-case text, made once for the few reviews with a trigger word.
  const lowerTexts: (string | undefined)[] = new Array(n);
  const lowerText = (i: number): string => {
    let lower = lowerTexts[i];
    if (lower === undefined) {
      const review = population[i]!;
      lower =
        (cues[i]! & TRIGGER_CUES) !== 0 || review.content.includes('#') || review.title.includes('#')
          ? (lowers[i] ?? fullText(review).toLowerCase())
          : '';
      lowerTexts[i] = lower;
    }
    return lower;
  };

  const context: CheckContext = {
    population,
    options: opts,
    words: scanned,
    lowerText,
    invalid: prepared.invalid,
    input: reviews,
    flag: (i, flag) => void (flags[i] ??= []).push({ ...flag, excludes: false }),
  };
  const outcomes = {} as Record<ReviewCheckId, CheckOutcome>;
  for (const check of REVIEW_CHECKS) {
    const settings = checks[check.id];
    outcomes[check.id] = (settings.mode !== 'off' ? check.flag(context, settings) : null) ?? NO_OUTCOME;
  }

  // Which flags take a review out of the adjusted average.
  for (let i = 0; i < n; i++) {
    for (const flag of flags[i] ?? NO_FLAGS)
      flag.excludes = checks[flag.check].mode === 'exclude' && (outcomes[flag.check].excludes?.(i) ?? true);
  }

  const scale = opts.ratingScale;
  const histogram = () => new Array<number>(scale).fill(0);
  const bucket = (rating: number) => Math.min(scale, Math.max(1, Math.floor(rating + 1e-9))) - 1;
  const raw = histogram();
  const trustedHistogram = histogram();
  const trusted: number[] = [];
  let rawSum = 0;
  let trustedSum = 0;
  // Keyed by review id, which the store writes: without a prototype, an id such as "__proto__"
  // or "constructor" is an entry like any other.
  const reviewFlags = idRecord<ReviewFlag[]>();
  const flaggedRatings = idRecord<number>();
  for (let i = 0; i < n; i++) {
    const review = population[i]!;
    raw[bucket(review.rating)]!++;
    rawSum += review.rating;
    const list = flags[i] ?? NO_FLAGS;
    if (list.length) {
      reviewFlags[review.id] = list;
      flaggedRatings[review.id] = review.rating;
    }
    if (!list.some((flag) => flag.excludes)) {
      trusted.push(i);
      trustedHistogram[bucket(review.rating)]!++;
      trustedSum += review.rating;
    }
  }
  for (const review of apart) {
    reviewFlags[review.id] = [
      { check: 'checkout-survey', evidence: 'rated at checkout, before use; shown apart from the product rating', excludes: true },
    ];
    flaggedRatings[review.id] = review.rating;
  }

  const reports = REVIEW_CHECK_IDS.map((id) =>
    report(CHECKS_BY_ID[id], outcomes[id], opts, population, flags, id === 'checkout-survey' ? apart : NO_REVIEWS),
  );
  const adjustedAverage = trusted.length ? trustedSum / trusted.length : null;
  const interval = adjustedAverage === null ? null : wilsonInterval(adjustedAverage, trusted.length, scale);

  // Long-term owners, among trusted reviews.
  const longTermIds: string[] = [];
  const evidence = idRecord<string>();
  let byDates = 0;
  let byText = 0;
  let longTermSum = 0;
  for (const i of trusted) {
    const review = population[i]!;
    const dated = longTermByDates(review, opts.longTermDays);
    const said =
      dated || (cues[i]! & (DURATION_CUE | LONG_TERM_CUE)) === 0
        ? null
        : findLongTermText(lowerText(i), opts.longTermDays, (cues[i]! & DURATION_CUE) !== 0, (cues[i]! & LONG_TERM_CUE) !== 0);
    if (!dated && !said) continue;
    longTermIds.push(review.id);
    longTermSum += review.rating;
    if (dated) {
      byDates++;
      evidence[review.id] = dated;
    } else {
      byText++;
      evidence[review.id] = `the review says "${said}"`;
    }
  }

  const surveyHistogram = histogram();
  let surveySum = 0;
  for (const review of apart) {
    surveyHistogram[bucket(review.rating)]!++;
    surveySum += review.rating;
  }

  return {
    total: n,
    rawAverage: n ? rawSum / n : null,
    adjustedAverage,
    trustedCount: trusted.length,
    ratingScale: scale,
    excluded: reports.map((r) => ({ check: r.check, count: r.excluded, mode: r.mode })),
    checks: reports,
    reviewFlags,
    flaggedRatings,
    histogram: { raw, trusted: trustedHistogram },
    confidence: {
      low: interval?.low ?? null,
      high: interval?.high ?? null,
      level: 0.95,
      basedOn: trusted.length,
      smallSample: trusted.length < opts.smallSample,
    },
    themes: themeFinder().summarize(
      population,
      trusted,
      { locale: opts.locale, splitter: opts.sentenceSplitter, maxThemes: opts.maxThemes, product: options?.product },
      scanned,
    ),
    longTerm: {
      days: opts.longTermDays,
      count: longTermIds.length,
      average: longTermIds.length ? longTermSum / longTermIds.length : null,
      reviewIds: longTermIds,
      byDates,
      byText,
      evidence,
    },
    mostHelpful: mostHelpful(population, trusted, scale),
    checkoutSurvey: { count: apart.length, average: apart.length ? surveySum / apart.length : null, histogram: surveyHistogram },
    disclosure: describeDisclosure(population, apart.length, reports, opts, opts.verificationMethod !== 'none'),
    invalid: prepared.invalid,
    received: Array.isArray(reviews) ? reviews.length : 0,
  };
}

const NO_FLAGS: ReviewFlag[] = [];

interface Scan extends ScannedWords<WordFacts> {
  /** Per review: its shingle set (none when too short, or when the duplicate check is off). */
  sets: ShingleSets;
  wordCounts: Int32Array;
  /** Per review: the bits of cues.ts, when it has a trigger word of those patterns. */
  cues: Uint16Array;
}

/**
 * The one word scan of every review (a function of its own so the engine's hottest loop is
 * optimised on its own): word bounds and dictionary ids in flat typed arrays, trigger words of
 * the text checks, shingle sets. `minWords` < 0: no shingles.
 *
 * Title and content are read apart and in their own case (scanLatin1): no joined or lower-case
 * copy of each review is made (2.5 MB of strings per 10,000 reviews, alive to the end of the call,
 * so copied by every young-generation GC). Word offsets still point into the lower-case full text
 * (title, newline, content), which has the same length. Text with a character from U+0100 up is
 * lower-cased into a copy, which is scanned and kept in `lowers`. Where the text
 * has . ! ? or a line break is kept as well (`marks`), for the sentence splitter.
 */
function scanReviews(population: PreparedReview[], minWords: number, longTermDays: number): Scan {
  const n = population.length;
  const words = WordBuffer.keep;
  const dict = new WordDictionary(describeWord);
  let chars = 0;
  for (const review of population) chars += review.title.length + review.content.length + 1;
  let capacity = 64 + Math.ceil(chars / 4); // generated reviews have a word per 5 characters; grown when short
  let starts = kept(Int32Array, capacity);
  let ends = kept(Int32Array, capacity);
  let ids = kept(Int32Array, capacity);
  const offsets = kept(Int32Array, n + 1, 0);
  const wordCounts = kept(Int32Array, n, 0);
  const cues = kept(Uint16Array, n, 0);
  const lowers: (string | undefined)[] = [];
  let marks = kept(Int32Array, 64 + (chars >> 5));
  const markOffsets = kept(Int32Array, n + 1, 0);
  const sets = new ShingleSets(n, minWords >= 0 ? capacity : 0);
  /** The cue bits of each word id, filled as ids are made. */
  let wordCues = kept(Uint16Array, 256);
  let known = 0;
  let stored = 0;
  for (let i = 0; i < n; i++) {
    const { title, content } = population[i]!;
    const contentStart = title ? title.length + 1 : 0;
    words.markCount = 0;
    let titleWords = title ? scanLatin1(words, title, 0, 0) : 0;
    let count = titleWords >= 0 ? scanLatin1(words, content, contentStart, titleWords) : -1;
    let lower: string | undefined;
    if (count < 0) {
      lower = (title ? `${title}\n${content}` : content).toLowerCase();
      lowers[i] = lower;
      count = words.scan(lower);
      titleWords = 0;
      words.markCount = 0;
    }
    const markAt = markOffsets[i]!;
    if (markAt + words.markCount > marks.length) marks = grown(marks, new Int32Array(Math.max(marks.length * 2, markAt + words.markCount)));
    for (let k = 0; k < words.markCount; k++) marks[markAt + k] = words.marks[k]!;
    markOffsets[i + 1] = markAt + words.markCount;
    if (stored + count > capacity) {
      capacity = Math.max(capacity * 2, stored + count);
      starts = grown(starts, new Int32Array(capacity));
      ends = grown(ends, new Int32Array(capacity));
      ids = grown(ids, new Int32Array(capacity));
    }
    const hashes = words.hashes;
    const wordStarts = words.starts;
    const wordEnds = words.ends;
    let bits = 0;
    let previous = 0;
    let previousAmount = 0;
    for (let w = 0; w < count; w++) {
      const start = wordStarts[w]!;
      const end = wordEnds[w]!;
      let id: number;
      if (lower !== undefined) id = dict.intern(hashes[w]!, lower, start, end);
      else if (w < titleWords) id = dict.internLatin1(hashes[w]!, title, start, end);
      else id = dict.internLatin1(hashes[w]!, content, start - contentStart, end - contentStart);
      starts[stored + w] = start;
      ends[stored + w] = end;
      ids[stored + w] = id;
      let cue: number;
      let variant: WordFacts | undefined;
      if (id >= 0) {
        if (id >= known) {
          if (id >= wordCues.length) wordCues = grown(wordCues, new Uint16Array(id * 2));
          for (; known <= id; known++) wordCues[known] = dict.facts[known]!.cues;
        }
        cue = wordCues[id]!;
      } else {
        const text =
          lower ?? (w < titleWords ? title.slice(start, end) : content.slice(start - contentStart, end - contentStart)).toLowerCase();
        variant = describeWord(lower !== undefined ? text.slice(start, end) : text);
        cue = variant.cues;
      }
      // "after 6 months", "a year later": the duration patterns need a unit one character (a space)
      // after an amount, and count it only when the duration reaches the long-term days.
      if ((cue & UNIT_START) !== 0 && (previous & AMOUNT_END) !== 0 && start - wordEnds[w - 1]! === 1) {
        if (previousAmount * (variant ?? dict.facts[id]!).unitDays >= longTermDays) bits |= DURATION_CUE;
      }
      if ((cue & AMOUNT_END) !== 0) previousAmount = (variant ?? dict.facts[id]!).amount;
      bits |= cue;
      previous = cue;
    }
    cues[i] = bits & REVIEW_CUES;
    wordCounts[i] = count;
    stored += count;
    offsets[i + 1] = stored;
    if (minWords >= 0 && count >= minWords) sets.add(i, hashes, count);
  }
  return { dict, starts, ends, ids, offsets, sets, wordCounts, cues, lowers, marks, markOffsets };
}

/** `next` with `old` copied to its start: a typed array grown. */
function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(old: T, next: T): T {
  next.set(old);
  return next;
}

/** What the engine needs to know about a word, found once per distinct word of a call. */
interface WordFacts {
  theme: WordInfo | undefined;
  /** Its bits of cues.ts. */
  cues: number;
  /** With UNIT_START: the days of its unit; with AMOUNT_END: its amount (Infinity for digits, whose number the word may not hold whole: "1.5"). */
  unitDays: number;
  amount: number;
}

/**
 * A word's facts, kept from call to call (see WORD_FACTS): a catalogue's products share most of
 * their words, and three lexicon lookups per distinct word and call were a good part of a small
 * product's time. Forgotten past 65,536 words, so a catalogue of many languages cannot grow it
 * without end.
 */
function describeWord(word: string): WordFacts {
  if (WORD_FACTS.size > 65535) WORD_FACTS.clear();
  let facts = WORD_FACTS.get(word) as WordFacts | undefined;
  if (facts === undefined) {
    // The duration patterns bound their words by letters and digits, and a scanned word can hold
    // more than one run of them ("months'use", "l'un", a combining mark): a unit must be the word's
    // first run (after a space); an amount, a digit just before that space or a number word as the
    // word's last run.
    const first = FIRST_RUN.exec(word)?.[0];
    const last = LAST_RUN.exec(word)?.[0];
    const unitDays = first !== undefined && Object.hasOwn(UNIT_DAYS, first) ? UNIT_DAYS[first]! : 0;
    const digit = word.charCodeAt(word.length - 1) - 0x30;
    const amount = digit >= 0 && digit <= 9 ? Infinity : last !== undefined && Object.hasOwn(NUMBER_WORDS, last) ? NUMBER_WORDS[last]! : 0;
    facts = {
      theme: themeFinder().wordInfo(word),
      cues:
        (INCENTIVE_TRIGGERS.lookup(word) !== undefined ? INCENTIVE_CUE : 0) |
        (unitDays > 0 ? UNIT_START : 0) |
        (amount > 0 ? AMOUNT_END : 0) |
        (hasRunIn(word, LONG_TERM_CUE_TRIGGERS) ? LONG_TERM_CUE : 0) |
        (incentiveLanguagesOf(word) << INCENTIVE_LANGUAGE_SHIFT),
      unitDays,
      amount,
    };
    WORD_FACTS.set(word, facts);
  }
  return facts;
}
const FIRST_RUN = /^[\p{L}\p{N}]+/u;
const LAST_RUN = /[\p{L}\p{N}]+$/u;

/**
 * Whether a run of letters and digits of `word` is in `table`. The long-term patterns bound their
 * words by letters and digits, and a scanned word can hold more than one run ("update's", a
 * combining mark): each run is looked up, so the cue bits miss no word a pattern can match.
 */
function hasRunIn(word: string, table: WordTable<true>): boolean {
  return word.split(/[^\p{L}\p{N}]+/u).some((run) => table.lookup(run) !== undefined);
}

const NO_OUTCOME: CheckOutcome = {};
const NO_REVIEWS: PreparedReview[] = [];

/** One check's counts and note; `apart`: the reviews it kept out of the population, all excluded. */
function report(
  check: ReviewCheck,
  outcome: CheckOutcome,
  opts: ResolvedOptions,
  population: PreparedReview[],
  flags: (ReviewFlag[] | null)[],
  apart: PreparedReview[],
): CheckReport {
  const mode = opts.checks[check.id].mode;
  let flagged = 0;
  let excluded = 0;
  let flaggedSum = 0;
  let othersSum = 0;
  for (let i = 0; i < population.length; i++) {
    const mine = flags[i]?.find((flag) => flag.check === check.id);
    if (mine) {
      flagged++;
      flaggedSum += population[i]!.rating;
      if (mine.excludes) excluded++;
    } else othersSum += population[i]!.rating;
  }
  const others = population.length - flagged;
  if (apart.length) {
    flagged += apart.length;
    excluded += apart.length;
    flaggedSum += apart.reduce((sum, review) => sum + review.rating, 0);
  }
  const applicable = outcome.notApplicable === undefined;
  let note: string;
  if (mode === 'off') note = 'switched off by the store';
  else if (!applicable) note = outcome.notApplicable!;
  else if (flagged === 0) note = 'no review failed this check';
  else
    note =
      outcome.note?.({ mode, flagged, excluded }) ??
      (mode === 'flag'
        ? `${flagged} flagged and kept in the adjusted rating (the store set this check to flag only)`
        : `${excluded} left out of the adjusted rating: ${check.reason}`);
  return {
    check: check.id,
    mode,
    flagged,
    excluded,
    flaggedAverage: flagged ? flaggedSum / flagged : null,
    othersAverage: others ? othersSum / others : null,
    applicable,
    note,
    ...outcome.details,
  };
}

function mostHelpful(population: PreparedReview[], trusted: number[], scale: number): ReviewSummary['mostHelpful'] {
  let critical: PreparedReview | null = null;
  let positive: PreparedReview | null = null;
  // Helpful votes first, then the newer review, then the id: the same rule for both sides.
  const better = (a: PreparedReview, b: PreparedReview | null) =>
    b === null ||
    a.helpfulVotes > b.helpfulVotes ||
    (a.helpfulVotes === b.helpfulVotes && (a.created > b.created || (a.created === b.created && a.id < b.id)));
  for (const i of trusted) {
    const review = population[i]!;
    if (!review.content.trim() && !review.title.trim()) continue;
    const position = (review.rating - 1) / (scale - 1);
    if (position <= 0.25 && better(review, critical)) critical = review;
    if (position >= 0.75 && better(review, positive)) positive = review;
  }
  const toExcerpt = (review: PreparedReview | null): ReviewExcerpt | null =>
    review && {
      id: review.id,
      rating: review.rating,
      helpfulVotes: review.helpfulVotes,
      ...(review.title ? { title: review.title } : {}),
      excerpt: excerpt(review.content || review.title, 240),
    };
  return { critical: toExcerpt(critical), positive: toExcerpt(positive) };
}
