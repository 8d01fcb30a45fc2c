/**
 * The review engine's data model. Input fields borrow the vocabulary of Google's product review
 * feed (`is_verified_purchase`, `is_incentivized_review`, `pros`, `cons`) so feeds map one to one.
 * The summary is plain JSON (no Map or Set): a store can precompute it and widgets fetch it.
 */
import type { CheckMode, ReviewCheckId, VerificationLevel } from './check-ids.js';

/**
 * `syndicated`: from another retailer or the brand, or shared from another product of a group (Judge.me product groups, Bazaarvoice product families).
 * `page`: read from the store's own product page (its schema.org markup), so first-party unless the store says otherwise.
 */
export const REVIEW_SOURCES = ['native', 'imported', 'syndicated', 'checkout-survey', 'page'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

export const INCENTIVE_TYPES = ['free-product', 'discount', 'sweepstakes', 'loyalty-points', 'payment', 'other'] as const;
export type IncentiveType = (typeof INCENTIVE_TYPES)[number];

export type VerificationMethod = 'order-match' | 'invitation-after-delivery' | 'none';

export { VERIFICATION_LEVELS, type VerificationLevel } from './check-ids.js';

export interface ReviewInput {
  id: string;
  /** 1..ratingScale (5 by default); half stars are allowed. */
  rating: number;
  title?: string;
  content?: string;
  /** ISO 8601 date or date-time. Without it the review counts, but the burst and long-term checks skip it. */
  createdAt?: string;
  updatedAt?: string;
  reviewer?: { id?: string; name?: string; reviewCount?: number };
  /** Input sugar for `verification`: true is `platform` (a source's own claim) unless `orderedAt` is given too, false is `none`. */
  isVerifiedPurchase?: boolean;
  verification?: VerificationLevel;
  isIncentivized?: boolean;
  incentive?: IncentiveType | string;
  orderedAt?: string;
  deliveredAt?: string;
  source?: ReviewSource;
  helpfulVotes?: number;
  locale?: string;
  pros?: string[];
  cons?: string[];
  /** Written by an employee or someone with a brand relation. */
  isInsider?: boolean;
}

/** Per-check settings; the store config's `reviews.checks` has exactly this shape. */
export interface CheckSettings {
  unverified: { mode: CheckMode };
  incentivized: { mode: CheckMode; detectInText: boolean };
  duplicate: { mode: CheckMode; similarity: number; minWords: number };
  burst: { mode: CheckMode; quantile: number };
  insider: { mode: CheckMode };
  'checkout-survey': { mode: CheckMode };
  syndicated: { mode: CheckMode };
  /** `expectedShare`: the share of one-review accounts a product normally has. */
  'new-account': { mode: CheckMode; expectedShare: number };
}

export interface SummaryOptions {
  /** Partial settings are merged over the defaults (the store config's defaults). */
  checks?: { [K in ReviewCheckId]?: Partial<CheckSettings[K]> };
  /** Ratings run from 1 to this (default 5). */
  ratingScale?: number;
  /** Days from delivery (or order) to review after which a review counts as long-term (default 90). */
  longTermDays?: number;
  /** Below this many trusted reviews the confidence says the sample is small (default 10). */
  smallSample?: number;
  verificationMethod?: VerificationMethod;
  /** Which verification levels count as verified (default: order-matched and platform). */
  verifiedLevels?: VerificationLevel[];
  /** Facts about the store for the disclosure; taken from the store config by summaryOptionsFromConfig. */
  store?: {
    verificationDescription?: string;
    moderationMethod?: string;
    ordering?: string;
    incentivesOffered?: boolean;
    incentiveKinds?: string[];
    fakeReviewPolicyUrl?: string;
    reviewPolicyUrl?: string;
    /** Which of these facts the store declared (the rest are defaults, never to be stated as its policy). */
    declared?: { verification: boolean; moderation: boolean; ordering: boolean; incentives: boolean };
  };
  /** Two-sided p-value below which burst reviews' ratings "differ beyond chance" (default 0.01). */
  burstSignificance?: number;
  /** The end of the product's review history for burst rates (ISO date); default: the newest review. */
  now?: string;
  /** Near-duplicates: exact all-pairs up to this many eligible reviews, MinHash + LSH above (default 2000). */
  exactDuplicateLimit?: number;
  /** Sentence splitting: 'auto' uses a fast UAX #29 subset for Latin text and Intl.Segmenter otherwise. */
  sentenceSplitter?: 'auto' | 'intl';
  /** How many themes per side at most (default 5). */
  maxThemes?: number;
  /** What the product is (from the store config, JSON-LD Product or attributes): its words are never a theme. */
  product?: { name?: string; brand?: string; category?: string };
  /** Default locale of review text when a review has none (default 'en'). */
  locale?: string;
}

/** One reason a review failed a check, with what was found. */
export interface ReviewFlag {
  check: ReviewCheckId;
  /** Plain words: what was found ("says 'received it for free in exchange for my review'"). */
  evidence: string;
  /** For text checks: the matched span of the review text, verbatim. */
  match?: string;
  /** Other reviews involved (the copy's original, the burst day's date is in evidence). */
  related?: string[];
  /** Whether this flag takes the review out of the adjusted average. */
  excludes: boolean;
}

export interface CheckReport {
  check: ReviewCheckId;
  mode: CheckMode;
  /** Reviews that failed the check. */
  flagged: number;
  /** Reviews the check took out of the adjusted average. */
  excluded: number;
  /** Mean rating of the flagged reviews and of all other product reviews, to show the difference. */
  flaggedAverage: number | null;
  othersAverage: number | null;
  /** Whether the check could run (e.g. `unverified` cannot when the store does not verify). */
  applicable: boolean;
  /** Plain words on what happened; says why flagged reviews stayed in when they did. */
  note: string;
  /** Burst only: the days, the expected daily rate and the significance tests. */
  burst?: BurstDetails;
  /** New accounts only: whether they are over-represented and rate differently beyond chance. */
  newAccounts?: NewAccountDetails;
}

export interface NewAccountDetails {
  /** Reviews whose reviewer's history is known (the check's flagged count is the one-review accounts among them). */
  known: number;
  expectedShare: number;
  /** One-sided binomial p-value of a share this high, and Welch's two-sided p-value of the ratings. */
  sharePValue: number | null;
  ratingPValue: number | null;
  /** Both beyond chance: only then can the check take reviews out (in exclude mode). */
  significant: boolean;
}

export interface BurstDetails {
  expectedPerDay: number;
  /** Most reviews a day may have before it counts as high-volume. */
  dailyLimit: number;
  /** The p-value below which a day's ratings differ beyond chance (after the correction for many days). */
  significance: number;
  /** Each high-volume day: its count, mean rating, Welch's two-sided p-value against the non-burst reviews. */
  days: { date: string; count: number; average: number; pValue: number | null; significant: boolean }[];
}

export interface InvalidReview {
  /** Position in the input list. */
  index: number;
  id?: string;
  field: string;
  reason: string;
  /** 'skipped': the review was left out; 'field-ignored': only the field was dropped. */
  action: 'skipped' | 'field-ignored';
}

export interface Theme {
  /** English label of a category ("Fit and size"), or a found aspect in the reviews' own words ("battery life"). */
  label: string;
  /**
   * Translation key of the label for category and "Other ..." themes ('aspect.fit',
   * 'other.complaints', 'other.praise'): widgets show their own translation. Found aspects have none.
   */
  labelKey?: string;
  /** Aspect key: a category such as 'fit', the lemma of a found aspect ('battery life'), or 'other'. */
  key: string;
  /** Number of distinct trusted reviews that back this theme. */
  mentions: number;
  reviewIds: string[];
  /** Short verbatim sentences from those reviews. */
  quotes: { reviewId: string; text: string }[];
  /** Set when reviews really split on the aspect (it may then be on both sides): reviews praising and criticising it. */
  split?: { positive: number; negative: number };
  /** "Other complaints" only: complaints that outweigh the smallest shown pro but found no place, with their counts. */
  aspects?: { key: string; label: string; labelKey?: string; mentions: number }[];
}

export interface ThemeSummary {
  pros: Theme[];
  cons: Theme[];
  /** Generated from the reviews: say so wherever it is shown. */
  generated: true;
  /** false when the theme finder ('@candor/core/reviews/themes') was not loaded: no themes were looked for. */
  found?: false;
  /** Share of negative sentences among the polar sentences of the trusted reviews. */
  negativeSentenceShare: number | null;
  /** Share of complaints among the mentions of the themes shown. */
  complaintShare: number | null;
  sentences: { positive: number; negative: number; neutral: number };
}

export interface ReviewExcerpt {
  id: string;
  rating: number;
  helpfulVotes: number;
  title?: string;
  excerpt: string;
}

export interface DisclosureFacts {
  verificationMethod: VerificationMethod;
  verificationDescription?: string;
  moderationMethod?: string;
  ordering?: string;
  incentivesOffered: boolean;
  incentiveKinds: string[];
  fakeReviewPolicyUrl?: string;
  reviewPolicyUrl?: string;
  /** Shares of product reviews (0..1); verified is null when the store does not verify. */
  shares: { verified: number | null; incentivized: number; imported: number; syndicated: number };
  /** Which verification levels the store counts as verified, and the share of reviews at each level (absent in summaries from before levels). */
  verificationLevels?: { counted: VerificationLevel[]; shares: Record<VerificationLevel, number> };
  /** Ratings given at checkout, before use, shown apart. */
  checkoutSurveyCount: number;
  /** Reviews without a date: they count, but the burst and long-term checks could not read them. */
  undatedCount?: number;
  /** Which policy facts the store declared; absent when unknown (a summary from an older engine). */
  declared?: { verification: boolean; moderation: boolean; ordering: boolean; incentives: boolean };
  /** What the adjusted rating leaves out and why, one entry per check that excluded reviews. */
  leftOut: { check: ReviewCheckId; count: number; why: string }[];
  /** Checks that only flag, and checks that are off. */
  flagOnly: ReviewCheckId[];
  off: ReviewCheckId[];
  ratingScale: number;
}

export interface ReviewSummary {
  /** Product reviews received and valid (ratings given at checkout are counted apart in checkoutSurvey). */
  total: number;
  /** Plain mean of every product review's rating, or null. */
  rawAverage: number | null;
  /** Mean over trusted reviews, or null. */
  adjustedAverage: number | null;
  trustedCount: number;
  ratingScale: number;
  /** One entry per check id, including checks that excluded nothing. */
  excluded: { check: ReviewCheckId; count: number; mode: CheckMode }[];
  checks: CheckReport[];
  /** Review id to the checks it failed, with evidence. */
  reviewFlags: Record<string, ReviewFlag[]>;
  /** Rating of every flagged review, so a widget can switch a check off and recompute without the text. */
  flaggedRatings: Record<string, number>;
  /** Counts per star, index 0 = 1 star; fractional ratings count under their floor. */
  histogram: { raw: number[]; trusted: number[] };
  confidence: {
    /** 95% interval for the adjusted average (Wilson score on the rating scale), or null. */
    low: number | null;
    high: number | null;
    level: 0.95;
    basedOn: number;
    smallSample: boolean;
  };
  themes: ThemeSummary;
  longTerm: {
    days: number;
    count: number;
    average: number | null;
    reviewIds: string[];
    /** How each was recognised: by dates or by words in the text. */
    byDates: number;
    byText: number;
    evidence: Record<string, string>;
  };
  mostHelpful: { critical: ReviewExcerpt | null; positive: ReviewExcerpt | null };
  checkoutSurvey: { count: number; average: number | null; histogram: number[] };
  disclosure: DisclosureFacts;
  invalid: InvalidReview[];
  /** Everything passed in, valid or not. */
  received: number;
}
