/**
 * Options with every default filled in. The defaults are the store config's defaults, so a store
 * that writes nothing and a call with no options give the same summary.
 */
import type { CandorConfig, ReviewsConfig } from '../config/schema.js';
import { CHECK_MODES, REVIEW_CHECK_IDS } from './check-ids.js';
import { CHECKS_BY_ID } from './checks/registry.js';
import { VERIFICATION_LEVELS, type CheckSettings, type SummaryOptions, type VerificationLevel, type VerificationMethod } from './types.js';

export interface ResolvedOptions {
  checks: CheckSettings;
  ratingScale: number;
  longTermDays: number;
  smallSample: number;
  verificationMethod: VerificationMethod;
  verifiedLevels: VerificationLevel[];
  store: NonNullable<SummaryOptions['store']>;
  burstSignificance: number;
  nowDay?: number;
  exactDuplicateLimit: number;
  sentenceSplitter: 'auto' | 'intl';
  maxThemes: number;
  locale: string;
}

/** Each check's defaults, from its module (`checks/`), in REVIEW_CHECK_IDS order. */
export const DEFAULT_CHECKS = Object.fromEntries(REVIEW_CHECK_IDS.map((id) => [id, CHECKS_BY_ID[id].defaults])) as unknown as CheckSettings;

const MODES: readonly string[] = CHECK_MODES;
const inRange = (value: unknown, min: number, max: number, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;

/** Fills defaults; values out of range fall back to the default rather than throw. */
export function resolveOptions(options: SummaryOptions = {}, nowDay?: number): ResolvedOptions {
  const checks = {} as Record<string, Record<string, unknown>>;
  for (const id of REVIEW_CHECK_IDS) {
    const given = (options.checks?.[id] ?? {}) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...DEFAULT_CHECKS[id] };
    for (const [key, value] of Object.entries(given)) if (value !== undefined) merged[key] = value;
    if (!MODES.includes(merged.mode as string)) merged.mode = DEFAULT_CHECKS[id].mode;
    checks[id] = merged;
  }
  const resolved = checks as unknown as CheckSettings;
  resolved.duplicate.similarity = inRange(resolved.duplicate.similarity, 0.5, 1, 0.8);
  resolved.duplicate.minWords = Math.round(inRange(resolved.duplicate.minWords, 3, 200, 8));
  resolved.burst.quantile = inRange(resolved.burst.quantile, 0.9, 0.999999, 0.999);
  resolved['new-account'].expectedShare = inRange(resolved['new-account'].expectedShare, 0.01, 0.99, 0.2);
  resolved.incentivized.detectInText = resolved.incentivized.detectInText !== false;
  return {
    checks: resolved,
    ratingScale: Math.round(inRange(options.ratingScale, 2, 100, 5)),
    longTermDays: inRange(options.longTermDays, 1, 3650, 90),
    smallSample: inRange(options.smallSample, 1, 100000, 10),
    verificationMethod: options.verificationMethod ?? 'none',
    verifiedLevels: Array.isArray(options.verifiedLevels)
      ? VERIFICATION_LEVELS.filter((level) => options.verifiedLevels!.includes(level))
      : ['order-matched', 'platform'],
    store: options.store ?? {},
    burstSignificance: inRange(options.burstSignificance, 1e-9, 0.5, 0.01),
    ...(nowDay !== undefined ? { nowDay } : {}),
    exactDuplicateLimit: Math.round(inRange(options.exactDuplicateLimit, 0, 1e7, 2000)),
    sentenceSplitter: options.sentenceSplitter === 'intl' ? 'intl' : 'auto',
    maxThemes: Math.round(inRange(options.maxThemes, 1, 20, 5)),
    locale: options.locale ?? 'en',
  };
}

/** The engine's options from a validated store config (its `reviews` section and store facts). */
export function summaryOptionsFromConfig(config: CandorConfig): SummaryOptions {
  return summaryOptionsFromReviewsConfig(config.reviews, config.store);
}

export function summaryOptionsFromReviewsConfig(reviews: ReviewsConfig, store: CandorConfig['store'] = {}): SummaryOptions {
  return {
    checks: Object.fromEntries(REVIEW_CHECK_IDS.map((id) => [id, { ...reviews.checks[id] }])),
    ratingScale: reviews.ratingScale,
    longTermDays: reviews.longTermDays,
    smallSample: reviews.smallSample,
    verificationMethod: reviews.verification.method,
    verifiedLevels: [...reviews.verification.counts],
    store: {
      ...(reviews.verification.description ? { verificationDescription: reviews.verification.description } : {}),
      moderationMethod: reviews.moderation.method,
      ordering: reviews.ordering,
      incentivesOffered: reviews.incentives.offered,
      incentiveKinds: [...(reviews.incentives.kinds ?? [])],
      ...(store.fakeReviewPolicyUrl ? { fakeReviewPolicyUrl: store.fakeReviewPolicyUrl } : {}),
      ...(store.reviewPolicyUrl ? { reviewPolicyUrl: store.reviewPolicyUrl } : {}),
    },
    ...(store.locale ? { locale: store.locale } : {}),
  };
}
