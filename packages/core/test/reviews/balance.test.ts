/**
 * The pros-and-cons balance policy and the complaint coverage rule, tested as pure functions over
 * review counts (table cases and fast-check properties), then the coverage rule once more through
 * the whole engine on generated review text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeReviews, type ReviewInput } from '../../src/index.js';
import { BALANCE_TOLERANCE, balanceDeviation, balanceThemes, otherLine } from '../../src/reviews/aspects/balance.js';
import { coverComplaints } from '../../src/reviews/aspects/coverage.js';
import '../../src/reviews/theme-finder.js';

const descending = (max: number, length: number) =>
  fc.array(fc.integer({ min: 1, max }), { maxLength: length }).map((xs) => [...xs].sort((a, b) => b - a));

describe('balanceThemes', () => {
  // [pros counts, cons counts, negative-sentence share, max themes] -> [pros shown, cons shown]
  it.each([
    // Two thirds of the sentences are negative: the cons lead, the pros follow until the share holds.
    [[40, 30, 20], [60, 50, 40], 0.6, 5, [3, 3]],
    // Nearly all praise: the second complaint would tip the shown share to 28 %, so it is left to "Other complaints".
    [[50, 40, 30, 20], [30, 25], 0.1, 5, [4, 1]],
    // Nothing negative at all: no con is ever needed, and none is there.
    [[10, 8, 6], [], 0, 5, [3, 0]],
    // Only complaints: the cons fill their side up to maxThemes.
    [[], [9, 8, 7, 6, 5, 4], 1, 5, [0, 5]],
    // maxThemes is a hard cap on each side.
    [[9, 9, 9], [9, 9, 9], 0.5, 2, [2, 2]],
    // Each alone tips the balance out of tolerance, both together keep it: both are taken.
    [[50], [50, 40], 0.5, 5, [1, 1]],
  ] as const)('pros %j, cons %j, target %f, max %i -> %j', (pros, cons, target, max, [p, c]) => {
    expect(balanceThemes(pros, cons, target, max)).toEqual({ pros: p, cons: c });
  });

  it('fails a control built to fail: a policy that ignores the target is caught by the table above', () => {
    const ignoresTarget = (pros: readonly number[], cons: readonly number[], _t: number, max: number) => ({
      pros: Math.min(pros.length, max),
      cons: Math.min(cons.length, max),
    });
    expect(ignoresTarget([50, 40, 30, 20], [30, 25], 0.1, 5)).not.toEqual(balanceThemes([50, 40, 30, 20], [30, 25], 0.1, 5));
  });

  it('shows a prefix of each side, at most maxThemes, and never nothing when something is there', () => {
    fc.assert(
      fc.property(
        descending(200, 10),
        descending(200, 10),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (pros, cons, target, max) => {
          const { pros: p, cons: c } = balanceThemes(pros, cons, target, max);
          expect(p).toBeLessThanOrEqual(Math.min(max, pros.length));
          expect(c).toBeLessThanOrEqual(Math.min(max, cons.length));
          if (pros.length + cons.length > 0) expect(p + c).toBeGreaterThan(0);
        },
      ),
      { seed: 14, numRuns: 500 },
    );
  });

  it('is symmetric: mirrored counts and target give mirrored choices (away from exact ties)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 16 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 8 }),
        (counts, split, permille, max) => {
          const pros = counts.slice(0, split).sort((a, b) => b - a);
          const cons = counts.slice(split).sort((a, b) => b - a);
          const target = (permille - 0.5) / 1000;
          const a = balanceThemes(pros, cons, target, max);
          const b = balanceThemes(cons, pros, 1 - target, max);
          expect({ pros: b.cons, cons: b.pros }).toEqual(a);
        },
      ),
      { seed: 14, numRuns: 500 },
    );
  });
});

describe('otherLine', () => {
  it.each([
    [30, 10, 0.25, false, null],
    [30, 10, 0.5, false, 'complaints'],
    [10, 30, 0.5, false, 'praise'],
    [30, 10, 0.25, true, 'complaints'],
    [0, 0, 0.7, false, 'complaints'],
    [0, 0, 0.2, false, 'praise'],
  ] as const)('pros %i, cons %i, target %f, must name %s -> %s', (p, c, target, must, line) =>
    expect(otherLine(p, c, target, must)).toBe(line),
  );

  it('names the side that falls short of the target', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.double({ min: 0, max: 1, noNaN: true }), (p, c, target) => {
        const line = otherLine(p, c, target, false);
        if (line === null) expect(balanceDeviation(p, c, target)).toBeLessThanOrEqual(BALANCE_TOLERANCE);
        else if (p + c > 0) expect(c / (p + c) < target).toBe(line === 'complaints');
      }),
      { seed: 14, numRuns: 500 },
    );
  });
});

// The properties below draw the same inputs as balanceThemes' by design: they hold for any of them.
describe('complaint coverage', () => {
  it('coverComplaints: every con with more reviews than the smallest shown pro is shown or named, the shown ones within maxThemes', () => {
    fc.assert(
      fc.property(
        descending(300, 12),
        descending(300, 12),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        (pros, cons, target, max) => {
          const items = cons.map((n, k) => ({ n, k }));
          const shown = balanceThemes(pros, cons, target, max);
          const shownPros = pros.slice(0, shown.pros);
          const shownCons = items.slice(0, shown.cons);
          const { show, name } = coverComplaints(shownPros, shownCons, items, (x) => x.n, max);
          expect(shownCons.length + show.length).toBeLessThanOrEqual(Math.max(max, shownCons.length));
          if (shownPros.length === 0) return;
          const floor = Math.min(...shownPros);
          for (const item of items)
            if (item.n > floor)
              expect(shownCons.includes(item) || show.includes(item) || name.includes(item), `con ${item.n} > pro ${floor}`).toBe(true);
          for (const item of [...show, ...name]) expect(item.n).toBeGreaterThan(floor);
        },
      ),
      { seed: 14, numRuns: 500 },
    );
  });

  const PARTS = ['remote', 'hinge', 'zipper', 'strap', 'lid', 'cable', 'button', 'screen', 'wheel', 'handle', 'knob', 'latch'];
  it('through the engine: no part criticised by more reviews than the smallest shown pro is left out of the cons', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { minLength: PARTS.length, maxLength: PARTS.length }), (counts) => {
        const reviews: ReviewInput[] = [];
        const add = (content: string, rating: number) =>
          reviews.push({ id: `r${reviews.length}`, rating, content, createdAt: '2026-01-01' });
        counts.forEach(([good, bad], k) => {
          for (let n = 0; n < good; n++) add(`The ${PARTS[k]} is great, really.`, 5);
          for (let n = 0; n < bad; n++) add(`Sadly the ${PARTS[k]} is awful.`, 1);
        });
        const { themes } = summarizeReviews(reviews, { checks: { duplicate: { mode: 'off' }, burst: { mode: 'off' } } });
        if (themes.pros.length === 0) return;
        const smallestPro = Math.min(...themes.pros.map((t) => t.mentions));
        const named = new Map(
          themes.cons.flatMap((t) => [[t.key, t.mentions] as const, ...(t.aspects ?? []).map((a) => [a.key, a.mentions] as const)]),
        );
        counts.forEach(([, bad], k) => {
          if (bad > smallestPro && bad >= 3) expect(named.get(PARTS[k]!), `${PARTS[k]} (${bad} > ${smallestPro})`).toBe(bad);
        });
      }),
      { seed: 14, numRuns: 40 },
    );
  });
});
