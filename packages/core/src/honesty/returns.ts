/**
 * Return-rate facts: whether a product counts as "frequently returned", the percentage shown
 * (rounded UP, because a lower return rate would flatter the product) and the top reasons. Which
 * complaint themes from reviews match those reasons is return-themes.ts.
 */

export interface ReturnReason {
  label: string;
  share?: number | undefined;
}

export interface ReturnFacts {
  rate: number;
  reasons?: readonly ReturnReason[] | undefined;
}

export interface ReturnsNote {
  rate: number;
  /** Whole percent, rounded up: 0.221 is 23%, 0.22 is 22%. */
  percent: number;
  frequent: boolean;
  threshold: number;
  /** At most `maxReasons`, largest share first; reasons without a share keep the store's order after those with one. */
  topReasons: ReturnReason[];
}

/** Rounds a share up to whole percent, after removing float noise (0.22 × 100 = 22.000000000000004). */
export function percentUp(share: number): number {
  const percent = Math.round(share * 100 * 1e6) / 1e6;
  return Math.min(100, Math.max(0, Math.ceil(percent)));
}

/** "Frequently returned" from the rate and the store's threshold: at or above it. */
export function isFrequentlyReturned(rate: number, threshold: number): boolean {
  if (!Number.isFinite(rate) || !Number.isFinite(threshold)) return false;
  // Compare in parts per million so 0.15 from a config equals 0.15 computed as 3 / 20.
  return Math.round(rate * 1e6) >= Math.round(threshold * 1e6);
}

export function returnsNote(returns: ReturnFacts | undefined, threshold: number, maxReasons = 3): ReturnsNote | undefined {
  if (!returns || typeof returns.rate !== 'number' || !Number.isFinite(returns.rate) || returns.rate < 0 || returns.rate > 1)
    return undefined;
  const reasons = (returns.reasons ?? []).filter((reason) => typeof reason.label === 'string' && reason.label.trim() !== '');
  const withShare = reasons.filter((reason) => typeof reason.share === 'number').sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
  const withoutShare = reasons.filter((reason) => typeof reason.share !== 'number');
  return {
    rate: returns.rate,
    percent: percentUp(returns.rate),
    frequent: isFrequentlyReturned(returns.rate, threshold),
    threshold,
    topReasons: [...withShare, ...withoutShare].slice(0, Math.max(0, maxReasons)),
  };
}
