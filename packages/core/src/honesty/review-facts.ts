/**
 * The narrow slice of a review summary the honesty panel reads. It is deliberately small and
 * structural so a `ReviewSummary` from the review engine (issue 3) can be mapped onto it in a
 * few lines, and so a store can also hand it over precomputed.
 */
export interface HonestyTheme {
  /** The theme as shoppers would say it: "runs small", "battery life". Rendered as text only. */
  label: string;
  /**
   * The message key of a category or "Other complaints" theme ("aspect.fit", "other.complaints"),
   * so the panel shows it in the page's language; found aspects have none and keep the reviews' words.
   */
  labelKey?: string;
  /** How many trusted reviews mention it. */
  mentions: number;
  /** Ids of those reviews, so the panel can link to them where the page has them. */
  reviewIds?: readonly string[];
  /** Set when reviews really split on it: how many praise it and how many criticise it (the panel says both). */
  split?: { positive: number; negative: number };
}

export interface HonestyReviewFacts {
  /** Complaint themes mined from critical reviews, most mentioned first or in any order. */
  cons: readonly HonestyTheme[];
  /** How many trusted reviews the themes were mined from (the M in "N of M reviews"). */
  totalTrusted: number;
  /** Years each long-term owner reports the product lasted or has lasted so far. */
  longTermLifespanYears?: readonly number[];
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
/** A split both of whose counts are whole numbers, with some reviews on each side. */
function isSplit(value: unknown): value is { positive: number; negative: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { positive, negative } = value as Record<string, unknown>;
  return isCount(positive) && isCount(negative) && positive > 0 && negative > 0;
}

/** Keeps only well-formed themes; a summary from elsewhere may carry anything. */
export function cleanReviewFacts(input: unknown): HonestyReviewFacts | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { cons, totalTrusted, longTermLifespanYears } = input as Record<string, unknown>;
  if (typeof totalTrusted !== 'number' || !Number.isFinite(totalTrusted) || totalTrusted < 0) return undefined;
  const themes: HonestyTheme[] = [];
  for (const item of Array.isArray(cons) ? cons : []) {
    if (typeof item !== 'object' || item === null) continue;
    const { label, labelKey, mentions, reviewIds, split } = item as Record<string, unknown>;
    if (typeof label !== 'string' || !label.trim() || typeof mentions !== 'number' || !Number.isFinite(mentions) || mentions < 1) continue;
    const ids = Array.isArray(reviewIds) ? reviewIds.filter((id): id is string => typeof id === 'string') : undefined;
    themes.push({
      label: label.trim(),
      ...(typeof labelKey === 'string' ? { labelKey } : {}),
      mentions: Math.floor(Math.min(mentions, totalTrusted || mentions)),
      ...(ids ? { reviewIds: ids } : {}),
      ...(isSplit(split) ? { split: { positive: split.positive, negative: split.negative } } : {}),
    });
  }
  const years = Array.isArray(longTermLifespanYears)
    ? longTermLifespanYears.filter((value): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0)
    : undefined;
  return { cons: themes, totalTrusted: Math.floor(totalTrusted), ...(years ? { longTermLifespanYears: years } : {}) };
}

/** The parts of the review engine's `ReviewSummary` the panel reads (structural, so a precomputed JSON summary works too). */
export interface SummaryForHonesty {
  trustedCount: number;
  themes: {
    cons: readonly {
      label: string;
      labelKey?: string;
      mentions: number;
      reviewIds?: readonly string[];
      split?: { positive: number; negative: number };
    }[];
  };
}

/**
 * Maps a `ReviewSummary` onto the panel's input: the complaint themes with their counts and the
 * number of trusted reviews they come from. The engine does not report lifespans yet; a store
 * that knows them (from order and return dates, say) passes them as `longTermLifespanYears`.
 */
export function honestyFactsFromSummary(
  summary: SummaryForHonesty,
  longTermLifespanYears?: readonly number[],
): HonestyReviewFacts | undefined {
  return cleanReviewFacts({
    // cleanReviewFacts keeps only the fields the panel reads.
    cons: summary?.themes?.cons ?? [],
    totalTrusted: summary?.trustedCount,
    ...(longTermLifespanYears ? { longTermLifespanYears } : {}),
  });
}
