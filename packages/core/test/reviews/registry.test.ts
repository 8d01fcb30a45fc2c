/**
 * The check registry: one module per check id, defaults equal to the store config's, parameters
 * brought back into range, and a review's flags in the registry's run order.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig, DEFAULT_CHECKS, REVIEW_CHECK_IDS, summarizeReviews, type ReviewInput } from '../../src/index.js';
import { CHECKS_BY_ID, REVIEW_CHECKS } from '../../src/reviews/checks/registry.js';
import { resolveOptions } from '../../src/reviews/options.js';

describe('check registry', () => {
  it('has one module per check id, each under its own id, and runs each once', () => {
    expect(Object.keys(CHECKS_BY_ID)).toEqual([...REVIEW_CHECK_IDS]);
    for (const id of REVIEW_CHECK_IDS) expect(CHECKS_BY_ID[id].id).toBe(id);
    expect(REVIEW_CHECKS.map((check) => check.id).sort()).toEqual([...REVIEW_CHECK_IDS].sort());
  });

  it("gives the engine the store config's defaults, in REVIEW_CHECK_IDS order", () => {
    const config = defaultConfig().reviews.checks;
    expect(Object.keys(DEFAULT_CHECKS)).toEqual([...REVIEW_CHECK_IDS]);
    expect(DEFAULT_CHECKS).toEqual(config);
    expect(resolveOptions().checks).toEqual(config);
  });

  it('brings parameters out of range back to the defaults, and keeps those in range', () => {
    const wild = resolveOptions({
      checks: {
        duplicate: { similarity: 2, minWords: 1 },
        burst: { quantile: 0.5 },
        'new-account': { expectedShare: -1 },
        incentivized: { mode: 'sometimes' as never },
      },
    }).checks;
    expect(wild.duplicate).toEqual(DEFAULT_CHECKS.duplicate);
    expect(wild.burst).toEqual(DEFAULT_CHECKS.burst);
    expect(wild['new-account']).toEqual(DEFAULT_CHECKS['new-account']);
    expect(wild.incentivized).toEqual(DEFAULT_CHECKS.incentivized);
    const tame = resolveOptions({
      checks: { duplicate: { similarity: 0.6, minWords: 12.4 }, burst: { quantile: 0.95 }, 'new-account': { expectedShare: 0.5 } },
    }).checks;
    expect([tame.duplicate.similarity, tame.duplicate.minWords, tame.burst.quantile, tame['new-account'].expectedShare]).toEqual([
      0.6, 12, 0.95, 0.5,
    ]);
  });

  it("lists a review's flags in the registry's run order, the order summaries have had", () => {
    const reviews: ReviewInput[] = [
      {
        id: 'many',
        rating: 5,
        content: 'Great kettle.',
        createdAt: '2026-01-10T00:00:00Z',
        isIncentivized: true,
        source: 'syndicated',
        verification: 'none',
        isInsider: true,
        reviewer: { reviewCount: 1 },
      },
      { id: 'plain', rating: 3, content: 'Fine.', createdAt: '2026-01-11T00:00:00Z', verification: 'order-matched' },
    ];
    const flagged = summarizeReviews(reviews, { verificationMethod: 'order-match' }).reviewFlags['many']!.map((flag) => flag.check);
    // The order summaries have always had: incentivized, checkout-survey, unverified, syndicated, new-account, insider, duplicate, burst.
    expect(flagged).toEqual(['incentivized', 'unverified', 'syndicated', 'new-account', 'insider']);
    expect(REVIEW_CHECKS.map((check) => check.id)).toEqual([
      'incentivized',
      'checkout-survey',
      'unverified',
      'syndicated',
      'new-account',
      'insider',
      'duplicate',
      'burst',
    ]);
  });
});
