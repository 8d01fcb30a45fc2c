/**
 * What every review check is: an id, its default settings, how it flags reviews of the prepared
 * population, and why the reviews it excludes leave the adjusted rating (in English here, in
 * every locale under `reasonKey(id)` in the widgets' catalogues). The registry
 * (`registry.ts`) lists the checks; `summarizeReviews` runs them in its order and reports them in
 * REVIEW_CHECK_IDS order.
 */
import type { ReviewCheckId } from '../check-ids.js';
import type { ResolvedOptions } from '../options.js';
import type { PreparedReview } from '../prepare.js';
import type { CheckReport, CheckSettings, InvalidReview, ReviewFlag } from '../types.js';
import type { ShingleSets } from './duplicate.js';

export interface ReviewCheck<Id extends ReviewCheckId = ReviewCheckId> {
  readonly id: Id;
  /** Mode and parameters when the store sets none (the store config's defaults). */
  readonly defaults: CheckSettings[Id];
  /** Why the reviews it excludes leave the adjusted rating, in plain English words. */
  readonly reason: string;
  /** Flags the reviews that fail the check; what it returns (if anything) shapes their exclusion and the report. */
  flag(context: CheckContext, settings: CheckSettings[Id]): CheckOutcome | void;
}

/** What a check reads: the prepared population and what the one word scan found in it. */
export interface CheckContext {
  readonly population: PreparedReview[];
  readonly options: ResolvedOptions;
  /** Per review: its word count, its shingle set and its cue bits (`cues.ts`). */
  readonly words: ReviewWords;
  /** Review i's lower-case full text when it has a trigger word or a '#', else ''. */
  readonly lowerText: (i: number) => string;
  /** Where a check notes input it could not use (the summary's `invalid`), and that input as given. */
  readonly invalid: InvalidReview[];
  readonly input: unknown;
  /** Adds a flag to review i; whether it excludes is decided once every check has run. */
  readonly flag: (i: number, flag: Omit<ReviewFlag, 'excludes'>) => void;
}

export interface ReviewWords {
  wordCounts: Int32Array;
  cues: Uint16Array;
  sets: ShingleSets;
}

export interface CheckOutcome {
  /** In exclude mode, whether review i's flag takes it out of the adjusted average (default: yes). */
  excludes?: (i: number) => boolean;
  /** Why the check could not run on this store's data; the report then says it is not applicable. */
  notApplicable?: string;
  /** The report's note when the check has its own words for these counts (after off, not applicable and none flagged). */
  note?: (counts: { mode: CheckReport['mode']; flagged: number; excluded: number }) => string | undefined;
  /** Details added to the check's report. */
  details?: Pick<CheckReport, 'burst' | 'newAccounts'>;
}

/**
 * The widgets' message key of a check's reason in each locale: `summary.why.` and the id in
 * camelCase, as the config's message keys spell ids. Derived, not stored, so the engine's bundle
 * does not carry keys only the widgets read.
 */
export const reasonKey = (id: ReviewCheckId): `summary.why.${string}` =>
  `summary.why.${id.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase())}`;
