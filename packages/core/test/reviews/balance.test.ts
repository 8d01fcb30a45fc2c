/**
 * The pros-and-cons balance policy and the complaint coverage rule, tested as pure functions over
 * review counts (table cases and fast-check properties), then the coverage rule once more through
 * the whole engine on generated review text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeReviews, type ReviewInput } from '../../src/index.js';
import { BALANCE_TOLERANCE, balanceDeviation, balanceThemes, otherLine, showThemes } from '../../src/reviews/aspects/balance.js';
import { coverComplaints, keepOneSide } from '../../src/reviews/aspects/coverage.js';
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

  /** Labels with praise and complaint counts, as the engine lists them: one-sided by keepOneSide, largest first, ties by key. */
  type Label = { key: string; pos: number; neg: number };
  const listsOf = (labels: Label[]) => {
    const by = (count: (l: Label) => number) => (a: Label, b: Label) => count(b) - count(a) || (a.key < b.key ? -1 : 1);
    const allCons = labels.filter((l) => l.neg > 0).sort(by((l) => l.neg));
    return {
      pros: labels.filter((l) => l.pos > 0 && keepOneSide(l.pos, l.neg) !== 'cons').sort(by((l) => l.pos)),
      cons: allCons.filter((l) => keepOneSide(l.pos, l.neg) !== 'pros'),
      allCons,
    };
  };
  const show = (labels: Label[], target: number, max: number) =>
    showThemes(
      listsOf(labels),
      (l) => l.pos,
      (l) => l.neg,
      target,
      max,
    );
  const keys = (xs: Label[]) => xs.map((l) => l.key);
  /** Every complaint above the smallest shown theme, on either side, is among the cons or named. */
  const violations = (labels: Label[], shown: { pros: Label[]; cons: Label[]; named: Label[] }) => {
    const counts = [...shown.pros.map((l) => l.pos), ...shown.cons.map((l) => l.neg)];
    if (counts.length === 0) return [];
    const floor = Math.min(...counts);
    return labels.filter((l) => l.neg > floor && !shown.cons.includes(l) && !shown.named.includes(l)).map((l) => l.key);
  };
  const labelsArb = fc
    .uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), pos: fc.nat(300), neg: fc.nat(300) }), {
      selector: (l) => l.key,
      maxLength: 14,
    })
    .filter((ls) => ls.every((l) => l.pos + l.neg > 0));

  // The restaurant domain of SemEval-2014 in counts: food is praised by 212 reviews and criticised by
  // 69 (24.5 %, under the split share), yet more reviews criticise it than any shown con.
  const restaurants: Label[] = [
    { key: 'food', pos: 212, neg: 69 },
    { key: 'service', pos: 146, neg: 65 },
    { key: 'value', pos: 104, neg: 59 },
    { key: 'pizza', pos: 35, neg: 4 },
    { key: 'staff', pos: 32, neg: 7 },
    { key: 'table', pos: 16, neg: 26 },
    { key: 'menu', pos: 19, neg: 13 },
    { key: 'portion', pos: 13, neg: 13 },
  ];

  it.each([
    // A mostly praised label criticised by more reviews than the smallest shown con is a con too (a split).
    [
      'restaurants',
      restaurants,
      0.35,
      5,
      ['food', 'service', 'value', 'pizza', 'staff'],
      ['food', 'service', 'value', 'table', 'menu'],
      [],
    ],
    // Its complaints are noise next to what is shown: one side only.
    [
      'noise',
      [
        { key: 'camera', pos: 39, neg: 3 },
        { key: 'remote', pos: 1, neg: 20 },
        { key: 'lens', pos: 30, neg: 2 },
      ],
      0.3,
      5,
      ['camera', 'lens'],
      ['remote'],
      [],
    ],
    // The balance alone would stop at one con (the second tips the share to 28 %); coverage shows the second, larger than a shown pro.
    [
      'coverage over balance',
      [
        { key: 'p1', pos: 50, neg: 0 },
        { key: 'p2', pos: 40, neg: 0 },
        { key: 'p3', pos: 30, neg: 0 },
        { key: 'p4', pos: 20, neg: 0 },
        { key: 'x', pos: 0, neg: 30 },
        { key: 'y', pos: 0, neg: 25 },
      ],
      0.1,
      5,
      ['p1', 'p2', 'p3', 'p4'],
      ['x', 'y'],
      [],
    ],
    // One place a side: the larger complaint takes it; the smaller is below every shown theme, so neither shown nor named.
    [
      'one place',
      [
        { key: 'a', pos: 90, neg: 0 },
        { key: 'b', pos: 0, neg: 80 },
        { key: 'c', pos: 0, neg: 85 },
      ],
      0.5,
      1,
      ['a'],
      ['c'],
      [],
    ],
  ] as const)('showThemes: %s', (_name, labels, target, max, pros, cons, named) => {
    const shown = show([...labels], target, max);
    expect([keys(shown.pros), keys(shown.cons), keys(shown.named)]).toEqual([pros, cons, named]);
  });

  it('showThemes: every complaint above the smallest shown theme is among the cons or named; the cons stay sorted and within maxThemes', () => {
    fc.assert(
      fc.property(labelsArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 8 }), (labels, target, max) => {
        const shown = show(labels, target, max);
        expect(violations(labels, shown)).toEqual([]);
        expect(shown.cons.length).toBeLessThanOrEqual(max);
        expect(shown.pros.length).toBeLessThanOrEqual(max);
        for (let k = 1; k < shown.cons.length; k++) expect(shown.cons[k - 1]!.neg).toBeGreaterThanOrEqual(shown.cons[k]!.neg);
      }),
      { seed: 14, numRuns: 500 },
    );
  });

  it('fails a control built to fail: the one-side rule before coverage hides food from the cons', () => {
    const oneSideFirst = (labels: Label[], target: number, max: number) => {
      const lists = listsOf(labels);
      const n = balanceThemes(
        lists.pros.map((l) => l.pos),
        lists.cons.map((l) => l.neg),
        target,
        max,
      );
      const pros = lists.pros.slice(0, n.pros);
      const cons = lists.cons.slice(0, n.cons);
      return { pros, cons, named: [] as Label[] };
    };
    expect(violations(restaurants, oneSideFirst(restaurants, 0.35, 5))).toEqual(['food']);
    expect(violations(restaurants, show(restaurants, 0.35, 5))).toEqual([]);
  });

  const PARTS = ['remote', 'hinge', 'zipper', 'strap', 'lid', 'cable', 'button', 'screen', 'wheel', 'handle', 'knob', 'latch'];
  it('through the engine: no part criticised by more reviews than the smallest shown theme is left out of the cons', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.nat(12)), { minLength: PARTS.length, maxLength: PARTS.length }),
        fc.boolean(),
        (counts, mirror) => {
          const reviews: ReviewInput[] = [];
          const add = (content: string, rating: number) =>
            reviews.push({ id: `r${reviews.length}`, rating, content, createdAt: '2026-01-01' });
          // Mostly praised parts with a few complaints each (the one-side rule's case), or the mirror.
          counts.forEach(([many, few], k) => {
            const [good, bad] = mirror ? [few, many] : [many, few];
            for (let n = 0; n < good; n++) add(`The ${PARTS[k]} is great, really.`, 5);
            for (let n = 0; n < bad; n++) add(`Sadly the ${PARTS[k]} is awful.`, 1);
          });
          const { themes } = summarizeReviews(reviews, { checks: { duplicate: { mode: 'off' }, burst: { mode: 'off' } } });
          const shown = [...themes.pros, ...themes.cons].filter((t) => t.key !== 'other').map((t) => t.mentions);
          if (shown.length === 0) return;
          const floor = Math.min(...shown);
          const named = new Map(
            themes.cons.flatMap((t) => [[t.key, t.mentions] as const, ...(t.aspects ?? []).map((a) => [a.key, a.mentions] as const)]),
          );
          counts.forEach(([many, few], k) => {
            const bad = mirror ? many : few;
            if (bad > floor && bad >= 3) expect(named.get(PARTS[k]!), `${PARTS[k]} (${bad} > ${floor})`).toBe(bad);
          });
          // A label on both sides says how reviews split on it, with the same counts on each side.
          for (const pro of themes.pros) {
            const con = themes.cons.find((t) => t.key === pro.key && t.key !== 'other');
            if (con) expect([pro.split, con.split]).toEqual([{ positive: pro.mentions, negative: con.mentions }, pro.split]);
          }
        },
      ),
      { seed: 14, numRuns: 40 },
    );
  });
});
