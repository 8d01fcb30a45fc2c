/**
 * Facts for the "how reviews work here" text (EU Omnibus Directive, UK DMCC Act, FTC rule): how
 * the store checks reviewers, what share of reviews is verified, incentivized and imported, and
 * what the adjusted rating leaves out and why. Facts only; the widget writes the sentences.
 */
import { REVIEW_CHECK_IDS, type ReviewCheckId } from './check-ids.js';
import { CHECKS_BY_ID } from './checks/registry.js';
import type { ResolvedOptions } from './options.js';
import type { PreparedReview } from './prepare.js';
import type { CheckReport, DisclosureFacts } from './types.js';

/** Why each check's reviews leave the adjusted rating, in plain words (each check's `reason`). */
export const CHECK_REASONS = Object.fromEntries(REVIEW_CHECK_IDS.map((id) => [id, CHECKS_BY_ID[id].reason])) as Readonly<
  Record<ReviewCheckId, string>
>;

export function describeDisclosure(
  population: PreparedReview[],
  checkoutSurveyCount: number,
  reports: CheckReport[],
  opts: ResolvedOptions,
  verificationApplies: boolean,
): DisclosureFacts {
  const n = population.length;
  let verified = 0;
  let incentivized = 0;
  let imported = 0;
  let syndicated = 0;
  const levels = { 'order-matched': 0, platform: 0, none: 0 };
  for (const review of population) {
    levels[review.verification]++;
    if (opts.verifiedLevels.includes(review.verification)) verified++;
    if (review.incentivizedField === true || review.incentive !== undefined) incentivized++;
    if (review.source === 'imported') imported++;
    if (review.source === 'syndicated') syndicated++;
  }
  const incentiveReport = reports.find((r) => r.check === 'incentivized');
  // Reviews whose text admits an incentive count too, once the check ran.
  if (incentiveReport && incentiveReport.flagged > incentivized) incentivized = incentiveReport.flagged;
  const share = (count: number) => (n ? count / n : 0);
  const { store } = opts;
  return {
    verificationMethod: opts.verificationMethod,
    ...(store.verificationDescription ? { verificationDescription: store.verificationDescription } : {}),
    ...(store.moderationMethod ? { moderationMethod: store.moderationMethod } : {}),
    ...(store.ordering ? { ordering: store.ordering } : {}),
    incentivesOffered: store.incentivesOffered ?? false,
    incentiveKinds: [...(store.incentiveKinds ?? [])],
    ...(store.fakeReviewPolicyUrl ? { fakeReviewPolicyUrl: store.fakeReviewPolicyUrl } : {}),
    ...(store.reviewPolicyUrl ? { reviewPolicyUrl: store.reviewPolicyUrl } : {}),
    // "Verified" only where a real check stands behind it.
    shares: {
      verified: verificationApplies ? share(verified) : null,
      incentivized: share(incentivized),
      imported: share(imported),
      syndicated: share(syndicated),
    },
    // Per level, so the text can say what the store itself checked and what it only took on trust.
    verificationLevels: {
      counted: [...opts.verifiedLevels],
      shares: { 'order-matched': share(levels['order-matched']), platform: share(levels.platform), none: share(levels.none) },
    },
    checkoutSurveyCount,
    // What the disclosure may state as the store's policy, and the reviews the time-based checks could not date.
    ...(store.declared ? { declared: { ...store.declared } } : {}),
    ...undated(population),
    leftOut: reports.filter((r) => r.excluded > 0).map((r) => ({ check: r.check, count: r.excluded, why: CHECK_REASONS[r.check] })),
    flagOnly: reports.filter((r) => r.mode === 'flag').map((r) => r.check),
    off: reports.filter((r) => r.mode === 'off').map((r) => r.check),
    ratingScale: opts.ratingScale,
  };
}

/** How many reviews have no date, stated only when some have none. */
function undated(population: PreparedReview[]): { undatedCount?: number } {
  const count = population.filter((review) => Number.isNaN(review.created)).length;
  return count ? { undatedCount: count } : {};
}
