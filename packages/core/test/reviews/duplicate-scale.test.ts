import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Random, summarizeReviews, type ReviewInput } from '../../src/index.js';

/**
 * Adversarial input for the near-duplicate search: 20,000 reviews that are one text, or one
 * template filled in with a number or a few swapped words. Every pair is a candidate for LSH, so a
 * search that tries pairs goes quadratic (and once threw "Set maximum size exceeded").
 */
const WORDS = 'warm dry light soft cosy sturdy roomy quiet smooth bright neat handy plain'.split(' ');
const SENTENCES = [
  'the jacket is warm and the zip works',
  'the hood stays up in the wind and the pockets hold a phone and keys',
  'I wore it every day on the way to work this winter',
  'the sleeves are long enough and the cuffs close well over gloves',
];
type Shape = 'identical' | 'numbered' | 'swapped';

/**
 * Milliseconds of CPU time of this thread (Linux /proc schedstat), else wall-clock time: five test
 * runs share two cores here, and waiting for a core is not the engine's time.
 */
function threadMs(): number {
  try {
    return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return performance.now();
  }
}

function adversarialSet(seed: number, shape: Shape, size: number): ReviewInput[] {
  const rng = new Random(seed);
  const text = Array.from({ length: rng.int(1, 4) }, () => rng.pick(SENTENCES)).join(', ');
  return Array.from({ length: size }, (_, i) => {
    let content = `${text}.`;
    if (shape === 'numbered') content = `Review number ${i} says ${text}.`;
    if (shape === 'swapped') content = `${text}, really ${rng.pick(WORDS)} and ${rng.pick(WORDS)}, ${rng.pick(WORDS)} too.`;
    return { id: `r${i}`, rating: 1 + (i % 5), createdAt: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`, content };
  });
}

describe('duplicate check on adversarial input stays near-linear', () => {
  // Warm the engine once so the first case does not pay for compilation.
  summarizeReviews(adversarialSet(1, 'swapped', 2000));
  const cases: Array<[number, Shape]> = [
    [1, 'identical'],
    [2, 'numbered'],
    [3, 'swapped'],
    [4, 'numbered'],
    [5, 'swapped'],
  ];
  it.each(cases)(
    'seed %i: 20,000 %s reviews are summarised in under 2 s',
    (seed, shape) => {
      const reviews = adversarialSet(seed, shape, 20_000);
      const started = threadMs();
      const summary = summarizeReviews(reviews);
      const elapsed = threadMs() - started;
      expect(summary.total).toBe(20_000);
      const duplicate = summary.checks.find((c) => c.check === 'duplicate')!;
      // One text posted 20,000 times is one campaign: no copy is trusted.
      if (shape === 'identical') expect(duplicate.flagged).toBe(20_000);
      expect(summary.trustedCount + duplicate.excluded).toBeLessThanOrEqual(summary.total);
      expect(elapsed).toBeLessThan(2000);
    },
    120_000,
  );
});
