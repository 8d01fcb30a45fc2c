/**
 * summarizeReviews: the whole engine in one pure, deterministic call. Bad input never throws: it
 * is reported in `invalid`. The raw average and the count always come with the adjusted figure;
 * every exclusion is counted by check; no check reads the rating except the burst significance
 * test, which is two-sided, so 1-star and 5-star reviews are treated alike.
 */
import { REVIEW_CHECK_IDS, type ReviewCheckId } from './check-ids.js';
import { findBursts } from './checks/burst.js';
import { findDuplicates, ShingleSets, type DuplicateHit } from './checks/duplicate.js';
import { findIncentiveText, INCENTIVE_TRIGGERS } from './checks/incentive.js';
import { findNewAccounts } from './checks/new-account.js';
import { CHECK_REASONS, describeDisclosure } from './disclosure.js';
import { findLongTermText, LONG_TERM_TRIGGERS, longTermByDates } from './long-term.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { DAY_MS, fullText, parseIsoDate, prepareReviews, type PreparedReview } from './prepare.js';
import { idRecord } from '../security/id-record.js';
import { wilsonInterval } from './stats.js';
import { scanLatin1, WordBuffer } from './text/scan.js';
import { themeFinder } from './theme-registry.js';
import { excerpt } from './text/excerpt.js';
import type { ScannedWords, WordInfo } from './themes.js';
import { WordDictionary } from './text/dictionary.js';
import type { CheckReport, InvalidReview, ReviewExcerpt, ReviewFlag, ReviewInput, ReviewSummary, SummaryOptions } from './types.js';

/** Day of the first online customer reviews (1995): an earlier createdAt is a placeholder or an error. */
const FIRST_REVIEW_DAY = Math.floor(Date.UTC(1995, 0, 1) / DAY_MS);

/**
 * Positions in `population` whose createdAt is plausible: not after tomorrow (from `nowDay`, else
 * the clock) and not before 1995. Each other one gets a note in `invalid`.
 */
function datedPlausibly(population: readonly PreparedReview[], nowDay: number | undefined, invalid: InvalidReview[], input: unknown): number[] {
  const latest = (nowDay ?? Math.floor(Date.now() / DAY_MS)) + 1;
  let positions: Map<unknown, number> | undefined;
  const positionOf = (id: string): number => {
    positions ??= new Map(Array.isArray(input) ? input.map((raw, index) => [(raw as { id?: unknown } | null)?.id, index] as const) : []);
    return positions.get(id) ?? -1;
  };
  const plausible: number[] = [];
  population.forEach((review, i) => {
    // Undated reviews are kept but have no day for the time-based checks.
    if (Number.isNaN(review.day)) return;
    if (review.day >= FIRST_REVIEW_DAY && review.day <= latest) return void plausible.push(i);
    const date = new Date(review.day * DAY_MS).toISOString().slice(0, 10);
    invalid.push({
      index: positionOf(review.id),
      id: review.id,
      field: 'createdAt',
      reason: `createdAt ${date} is ${review.day > latest ? 'in the future' : 'before 1995'}; the review counts, but not in the time-based checks`,
      action: 'field-ignored',
    });
  });
  return plausible;
}

export function summarizeReviews(reviews: ReviewInput[], given?: SummaryOptions | null): ReviewSummary {
  // The contract is "never throws": null or any other non-object means the defaults.
  const options = typeof given === 'object' && given !== null && !Array.isArray(given) ? given : undefined;
  const nowMs = typeof options?.now === 'string' ? parseIsoDate(options.now) : undefined;
  const opts = resolveOptions(options, nowMs === undefined ? undefined : Math.floor(nowMs / DAY_MS));
  const prepared = prepareReviews(reviews as unknown, opts.ratingScale);
  const { checks } = opts;
  const surveyMode = checks['checkout-survey'].mode;

  // Ratings given at checkout were given before use: kept apart from the product's figures.
  const population: PreparedReview[] = [];
  const apart: PreparedReview[] = [];
  for (const review of prepared.reviews) (review.source === 'checkout-survey' && surveyMode === 'exclude' ? apart : population).push(review);

  const n = population.length;
  // A review's flags, created with its first flag (most reviews have none).
  const flags: (ReviewFlag[] | null)[] = new Array(n).fill(null);
  const add = (i: number, flag: Omit<ReviewFlag, 'excludes'>) => (flags[i] ??= []).push({ ...flag, excludes: false });

  // Pass 1: one word scan per review feeds the text checks, the shingles, the long-term cues and
  // (kept in flat typed arrays) the themes. Each distinct word is looked up in the lexicons once.
  const incentiveMode = checks.incentivized.mode;
  const duplicateMode = checks.duplicate.mode;
  const scanned = scanReviews(population, duplicateMode !== 'off' ? checks.duplicate.minWords : -1);
  const { sets, wordCounts, cues, lowers } = scanned;
  const longTermText: (string | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const review = population[i]!;
    // The patterns read lower-case text, made here for the few reviews with a trigger word.
    const lower = cues[i] !== 0 || review.content.includes('#') || review.title.includes('#') ? (lowers[i] ?? fullText(review).toLowerCase()) : '';
    const count = wordCounts[i]!;
    if (incentiveMode !== 'off') {
      if (review.incentivizedField === true || review.incentive !== undefined) {
        add(i, { check: 'incentivized', evidence: `marked as incentivized${review.incentive ? ` (${review.incentive})` : ''}` });
      } else if (checks.incentivized.detectInText && count > 0) {
        const hit = findIncentiveText(lower, (cues[i]! & INCENTIVE_CUE) !== 0);
        if (hit) {
          const original = fullText(review);
          const match = (original.length === lower.length ? original : lower).slice(hit.start, hit.end);
          add(i, { check: 'incentivized', evidence: `the review says "${match}"`, match });
        }
      }
    }
    if (count > 0) longTermText[i] = findLongTermText(lower, opts.longTermDays, (cues[i]! & LONG_TERM_CUE) !== 0);
    if (review.source === 'checkout-survey') add(i, { check: 'checkout-survey', evidence: 'rated at checkout, before use' });
  }

  // Unverified: only meaningful when the store really checks purchases.
  const unverifiedApplicable = opts.verificationMethod !== 'none' && checks.unverified.mode !== 'off';
  if (unverifiedApplicable) {
    for (let i = 0; i < n; i++) {
      const review = population[i]!;
      if (!opts.verifiedLevels.includes(review.verification)) add(i, { check: 'unverified', evidence: review.verification === 'none' ? 'no matching order on record' : `verified at the ${review.verification} level, which this store does not count` });
    }
  }
  if (checks.syndicated.mode !== 'off') {
    for (let i = 0; i < n; i++) {
      if (population[i]!.source === 'syndicated') add(i, { check: 'syndicated', evidence: 'shared from another shop, the brand or a related product' });
    }
  }
  const newAccounts = checks['new-account'].mode !== 'off' ? findNewAccounts(population, checks['new-account'].expectedShare, opts.burstSignificance) : null;
  if (newAccounts) for (const i of newAccounts.indices) add(i, { check: 'new-account', evidence: "the reviewer's only review" });
  if (checks.insider.mode !== 'off') {
    for (let i = 0; i < n; i++) if (population[i]!.insider) add(i, { check: 'insider', evidence: 'written by an employee or someone with a brand relation' });
  }
  if (duplicateMode !== 'off') {
    const hits = findDuplicates(
      // Undated reviews count as the latest, so a dated one is always taken as the earlier copy.
      { sets, created: population.map((r) => (Number.isNaN(r.created) ? Infinity : r.created)), ids: population.map((r) => r.id) },
      checks.duplicate.similarity,
      opts.exactDuplicateLimit,
    );
    for (const hit of hits) add(hit.index, duplicateFlag(hit, population));
  }
  let burst: ReturnType<typeof findBursts> | null = null;
  if (checks.burst.mode !== 'off' && n > 0) {
    // One review dated 2999 or 1970 would stretch the history to centuries and make every real
    // day look busy: such dates are reported and left out of the burst check.
    const timed = datedPlausibly(population, opts.nowDay, prepared.invalid, reviews);
    burst = findBursts(
      timed.map((i) => population[i]!.day),
      timed.map((i) => population[i]!.rating),
      checks.burst.quantile,
      opts.burstSignificance,
      opts.nowDay,
    );
    burst.indices = burst.indices.map((j) => timed[j]!);
    const limit = burst.details.dailyLimit;
    for (const i of burst.indices) {
      const date = new Date(population[i]!.day * DAY_MS).toISOString().slice(0, 10);
      const count = burst.details.days.find((d) => d.date === date)?.count ?? 0;
      add(i, { check: 'burst', evidence: `posted on ${date}, a day with ${count} reviews where at most ${limit} are expected` });
    }
  }

  // Which flags take a review out of the adjusted average.
  const burstDaysSignificant = burst?.significantDays ?? new Set<number>();
  for (let i = 0; i < n; i++) {
    for (const flag of flags[i] ?? NO_FLAGS) {
      const mode = checks[flag.check].mode;
      flag.excludes =
        mode === 'exclude' && (flag.check === 'burst' ? burstDaysSignificant.has(population[i]!.day) : flag.check !== 'new-account' || newAccounts!.details.significant);
    }
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
    reviewFlags[review.id] = [{ check: 'checkout-survey', evidence: 'rated at checkout, before use; shown apart from the product rating', excludes: true }];
    flaggedRatings[review.id] = review.rating;
  }

  const reports = REVIEW_CHECK_IDS.map((check) => report(check, opts, population, flags, apart, unverifiedApplicable, burst, newAccounts));
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
    const said = dated ? null : longTermText[i];
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
    themes: themeFinder().summarize(population, trusted, { locale: opts.locale, splitter: opts.sentenceSplitter, maxThemes: opts.maxThemes, product: options?.product }, scanned),
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

function duplicateFlag(hit: DuplicateHit, population: PreparedReview[]): Omit<ReviewFlag, 'excludes'> {
  const id = (i: number) => population[i]!.id;
  if (hit.original >= 0) return { check: 'duplicate', evidence: `${Math.round(hit.similarity * 100)}% of its 3-word phrases also appear in review ${id(hit.original)}, posted earlier`, related: [id(hit.original)] };
  // The others, oldest first; a template posted 20,000 times must not list 20,000 ids per flag.
  const listed = hit.group
    .slice(0, 11)
    .filter((i) => i !== hit.index)
    .slice(0, 10)
    .map(id);
  const more = hit.group.length - 1 - listed.length;
  return { check: 'duplicate', evidence: `one of ${hit.group.length} copies of one text, a campaign with no original${more > 0 ? ` (${more} not listed)` : ''}`, related: listed };
}
const INCENTIVE_CUE = 1;
const LONG_TERM_CUE = 2;

interface Scan extends ScannedWords<WordFacts> {
  /** Per review: its shingle set (none when too short, or when the duplicate check is off). */
  sets: ShingleSets;
  wordCounts: Int32Array;
  /** Per review: INCENTIVE_CUE and LONG_TERM_CUE bits, when it has a trigger word of those checks. */
  cues: Uint8Array;
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
function scanReviews(population: PreparedReview[], minWords: number): Scan {
  const n = population.length;
  const words = new WordBuffer();
  const dict = new WordDictionary(describeWord);
  let chars = 0;
  for (const review of population) chars += review.title.length + review.content.length + 1;
  let capacity = 1024 + Math.ceil(chars / 4); // generated reviews have a word per 5 characters; grown when short
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let ids = new Int32Array(capacity);
  const offsets = new Int32Array(n + 1);
  const wordCounts = new Int32Array(n);
  const cues = new Uint8Array(n);
  const lowers: (string | undefined)[] = [];
  let marks = new Int32Array(1024 + (chars >> 5));
  const markOffsets = new Int32Array(n + 1);
  const sets = new ShingleSets(n, minWords >= 0 ? capacity : 0);
  /** The cue bits of each word id, filled as ids are made. */
  let wordCues = new Uint8Array(4096);
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
    if (markAt + words.markCount > marks.length) {
      const next = new Int32Array(Math.max(marks.length * 2, markAt + words.markCount));
      next.set(marks.subarray(0, markAt));
      marks = next;
    }
    for (let k = 0; k < words.markCount; k++) marks[markAt + k] = words.marks[k]!;
    markOffsets[i + 1] = markAt + words.markCount;
    if (stored + count > capacity) {
      capacity = Math.max(capacity * 2, stored + count);
      starts = grown(starts, capacity, stored);
      ends = grown(ends, capacity, stored);
      ids = grown(ids, capacity, stored);
    }
    const hashes = words.hashes;
    const wordStarts = words.starts;
    const wordEnds = words.ends;
    let bits = 0;
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
      if (id >= 0) {
        if (id >= known) {
          if (id >= wordCues.length) wordCues = grownBytes(wordCues, id * 2);
          for (; known <= id; known++) wordCues[known] = cueBits(dict.facts[known]!);
        }
        bits |= wordCues[id]!;
      } else {
        const text = lower ?? (w < titleWords ? title.slice(start, end) : content.slice(start - contentStart, end - contentStart)).toLowerCase();
        bits |= cueBits(describeWord(lower !== undefined ? text.slice(start, end) : text));
      }
    }
    cues[i] = bits;
    wordCounts[i] = count;
    stored += count;
    offsets[i + 1] = stored;
    if (minWords >= 0 && count >= minWords) sets.add(i, hashes, count);
  }
  return { dict, starts, ends, ids, offsets, sets, wordCounts, cues, lowers, marks, markOffsets };
}

const cueBits = (facts: WordFacts) => (facts.incentive ? INCENTIVE_CUE : 0) | (facts.longTerm ? LONG_TERM_CUE : 0);

function grownBytes(old: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(size);
  next.set(old);
  return next;
}

function grown(old: Int32Array, size: number, used: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(old.subarray(0, used));
  return next;
}

/** What the engine needs to know about a word, found once per distinct word of a call. */
interface WordFacts {
  theme: WordInfo | undefined;
  incentive: boolean;
  longTerm: boolean;
}

function describeWord(word: string): WordFacts {
  return { theme: themeFinder().wordInfo(word), incentive: INCENTIVE_TRIGGERS.lookup(word) !== undefined, longTerm: LONG_TERM_TRIGGERS.lookup(word) !== undefined };
}

function report(
  check: ReviewCheckId,
  opts: ResolvedOptions,
  population: PreparedReview[],
  flags: (ReviewFlag[] | null)[],
  apart: PreparedReview[],
  unverifiedApplicable: boolean,
  burst: ReturnType<typeof findBursts> | null,
  newAccounts: ReturnType<typeof findNewAccounts> | null,
): CheckReport {
  const mode = opts.checks[check].mode;
  let flagged = 0;
  let excluded = 0;
  let flaggedSum = 0;
  let othersSum = 0;
  for (let i = 0; i < population.length; i++) {
    const mine = flags[i]?.find((flag) => flag.check === check);
    if (mine) {
      flagged++;
      flaggedSum += population[i]!.rating;
      if (mine.excludes) excluded++;
    } else othersSum += population[i]!.rating;
  }
  const others = population.length - flagged;
  if (check === 'checkout-survey' && apart.length) {
    flagged += apart.length;
    excluded += apart.length;
    flaggedSum += apart.reduce((sum, review) => sum + review.rating, 0);
  }
  const applicable = check === 'unverified' ? unverifiedApplicable || mode === 'off' : true;
  let note: string;
  if (mode === 'off') note = 'switched off by the store';
  else if (!applicable) note = 'the store does not check purchases, so no review can be called verified or unverified';
  else if (flagged === 0) note = 'no review failed this check';
  else if (check === 'new-account' && excluded === 0)
    note = `${flagged} kept: ${newAccounts?.details.significant ? 'this check only flags' : 'not both over-represented and rating differently beyond chance'}`;
  else if (mode === 'flag') note = `${flagged} flagged and kept in the adjusted rating (the store set this check to flag only)`;
  else if (check === 'burst' && excluded < flagged)
    note =
      excluded === 0
        ? `${flagged} posted on unusually busy days, kept: their ratings do not differ from the rest beyond chance`
        : `${excluded} left out of the adjusted rating (busy days whose ratings differ from the rest beyond chance); ${flagged - excluded} kept from busy days whose ratings do not`;
  else if (check === 'checkout-survey') note = `${flagged} ratings given at checkout, shown apart from the product rating`;

  else note = `${excluded} left out of the adjusted rating: ${CHECK_REASONS[check]}`;
  return {
    check,
    mode,
    flagged,
    excluded,
    flaggedAverage: flagged ? flaggedSum / flagged : null,
    othersAverage: others ? othersSum / others : null,
    applicable,
    note,
    ...(check === 'burst' && burst ? { burst: burst.details } : {}),
    ...(check === 'new-account' && newAccounts ? { newAccounts: newAccounts.details } : {}),
  };
}

function mostHelpful(population: PreparedReview[], trusted: number[], scale: number): ReviewSummary['mostHelpful'] {
  let critical: PreparedReview | null = null;
  let positive: PreparedReview | null = null;
  // Helpful votes first, then the newer review, then the id: the same rule for both sides.
  const better = (a: PreparedReview, b: PreparedReview | null) =>
    b === null || a.helpfulVotes > b.helpfulVotes || (a.helpfulVotes === b.helpfulVotes && (a.created > b.created || (a.created === b.created && a.id < b.id)));
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
