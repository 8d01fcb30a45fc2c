import { describe, expect, it } from 'vitest';
import { summarizeReviews, type ReviewInput } from '../../src/index.js';
import { poissonQuantile, welchTest, wilsonInterval } from '../../src/reviews/stats.js';

let serial = 0;
const review = (extra: Partial<ReviewInput> = {}): ReviewInput => ({
  id: `r${++serial}`,
  rating: 4,
  content: `Review number ${serial} with some words of its own.`,
  createdAt: '2025-01-10',
  ...extra,
});
const flagged = (summary: ReturnType<typeof summarizeReviews>, check: string) =>
  Object.entries(summary.reviewFlags)
    .filter(([, flags]) => flags.some((flag) => flag.check === check))
    .map(([id]) => id)
    .sort();

describe('unverified check', () => {
  const reviews = [
    review({ id: 'v1', isVerifiedPurchase: true }),
    review({ id: 'v2', orderedAt: '2025-01-01' }),
    review({ id: 'u1', isVerifiedPurchase: false, rating: 1 }),
    review({ id: 'u2', rating: 1 }),
  ];
  it.each([
    ['order-match', ['u1', 'u2']],
    ['invitation-after-delivery', ['u1', 'u2']],
  ] as const)('with %s flags reviews without a verified purchase', (method, expected) => {
    const summary = summarizeReviews(reviews, { verificationMethod: method });
    expect(flagged(summary, 'unverified')).toEqual(expected);
    expect(summary.adjustedAverage).toBe(4);
    expect(summary.disclosure.shares.verified).toBe(0.5);
    expect(summary.reviewFlags.u2?.[0]?.evidence).toBe('no matching order on record');
  });
  it('does not run when the store does not verify, and says so', () => {
    const summary = summarizeReviews(reviews, { verificationMethod: 'none' });
    expect(flagged(summary, 'unverified')).toEqual([]);
    const report = summary.checks.find((c) => c.check === 'unverified')!;
    expect(report.applicable).toBe(false);
    expect(report.note).toMatch(/does not check purchases/);
    expect(summary.disclosure.shares.verified).toBeNull();
  });
});

describe('insider check', () => {
  it('excludes insiders and counts them', () => {
    const summary = summarizeReviews([review({ id: 'i', isInsider: true, rating: 5 }), review({ id: 'o', rating: 3 })]);
    expect(flagged(summary, 'insider')).toEqual(['i']);
    expect(summary.excluded.find((e) => e.check === 'insider')?.count).toBe(1);
    expect(summary.adjustedAverage).toBe(3);
    expect(summary.rawAverage).toBe(4);
  });
});

describe('checkout-survey check', () => {
  const reviews = [
    review({ id: 'c1', source: 'checkout-survey', rating: 5 }),
    review({ id: 'c2', source: 'checkout-survey', rating: 5 }),
    review({ id: 'p', rating: 2 }),
  ];
  it('keeps ratings given at checkout apart from the product rating', () => {
    const summary = summarizeReviews(reviews);
    expect(summary.total).toBe(1);
    expect(summary.rawAverage).toBe(2);
    expect(summary.adjustedAverage).toBe(2);
    expect(summary.checkoutSurvey).toEqual({ count: 2, average: 5, histogram: [0, 0, 0, 0, 2] });
    expect(summary.excluded.find((e) => e.check === 'checkout-survey')?.count).toBe(2);
    expect(summary.received).toBe(3);
  });
  it('mixes them in only when the store switches the check off', () => {
    const summary = summarizeReviews(reviews, { checks: { 'checkout-survey': { mode: 'off' } } });
    expect(summary.total).toBe(3);
    expect(summary.rawAverage).toBe(4);
  });
  it('does not run when switched off: no survey rating is marked or counted', () => {
    const summary = summarizeReviews(reviews, { checks: { 'checkout-survey': { mode: 'off' } } });
    expect(summary.reviewFlags).toEqual({});
    expect(summary.flaggedRatings).toEqual({});
    expect(summary.checks.find((c) => c.check === 'checkout-survey')).toMatchObject({ mode: 'off', flagged: 0, excluded: 0 });
    expect(summary.checks.find((c) => c.check === 'checkout-survey')?.note).toBe('switched off by the store');
  });
  it('marks them and keeps them in the average in flag mode', () => {
    const summary = summarizeReviews(reviews, { checks: { 'checkout-survey': { mode: 'flag' } } });
    expect(summary.total).toBe(3);
    expect(summary.adjustedAverage).toBe(4);
    expect(Object.keys(summary.reviewFlags).sort()).toEqual(['c1', 'c2']);
    expect(summary.checks.find((c) => c.check === 'checkout-survey')).toMatchObject({ mode: 'flag', flagged: 2, excluded: 0 });
  });
});

describe('duplicate check', () => {
  const long = 'I bought this jacket for walking the dog in the rain and wore it every day for a month before writing this';
  const base = 'The zipper broke after two weeks and the seams started to come apart near the pocket';
  const cases: Array<[string, string, boolean]> = [
    ['identical copy', base, true],
    ['one word changed in a longer review', `${long} ${base}`.replace('two', 'three'), true],
    ['appended sentence', `${base}. Recommended`, true],
    ['different review on the same topic', 'The zipper is great and the seams look strong, the pocket is deep enough for my phone', false],
    ['one word changed in a short review falls below 0.8 (3 of 15 phrases change)', base.replace('two', 'three'), false],
    ['shared phrase only', 'The zipper broke after two weeks but the seller replaced it at once and the new one works well', false],
  ];
  it.each(cases)('%s', (_name, text, isCopy) => {
    const summary = summarizeReviews([
      review({ id: 'orig', content: text.startsWith(long) ? `${long} ${base}` : base, createdAt: '2025-01-01' }),
      review({ id: 'copy', content: text, createdAt: '2025-01-05' }),
    ]);
    expect(flagged(summary, 'duplicate')).toEqual(isCopy ? ['copy'] : []);
    if (isCopy) expect(summary.reviewFlags.copy?.[0]?.related).toEqual(['orig']);
  });
  it('never calls short reviews copies', () => {
    const summary = summarizeReviews([
      review({ content: 'Great jacket, fast delivery.' }),
      review({ content: 'Great jacket, fast delivery.' }),
    ]);
    expect(flagged(summary, 'duplicate')).toEqual([]);
  });
  it('keeps the earliest review of a copied group, whatever the ratings', () => {
    for (const [early, late] of [
      [1, 5],
      [5, 1],
    ]) {
      const summary = summarizeReviews([
        review({ id: 'late', content: base, createdAt: '2025-02-01', rating: late }),
        review({ id: 'early', content: base, createdAt: '2025-01-01', rating: early }),
      ]);
      expect(flagged(summary, 'duplicate')).toEqual(['late']);
    }
  });
  it('finds the same copies with MinHash/LSH as with exact all-pairs', () => {
    const reviews: ReviewInput[] = [];
    for (let i = 0; i < 300; i++)
      reviews.push(review({ content: `Unique review ${i} about colour ${i * 7} and size ${i * 13} that has its own words number ${i}` }));
    for (let i = 0; i < 20; i++) reviews.push(review({ createdAt: '2025-02-01', content: `${reviews[i * 3]!.content} again` }));
    const exact = summarizeReviews(reviews, { exactDuplicateLimit: 100000 });
    const lsh = summarizeReviews(reviews, { exactDuplicateLimit: 0 });
    expect(flagged(exact, 'duplicate')).toHaveLength(20);
    expect(flagged(lsh, 'duplicate')).toEqual(flagged(exact, 'duplicate'));
  });
});

describe('burst check', () => {
  const history = (burstRating: number | null, quietRating = (i: number) => 1 + (i % 5)) => {
    const reviews: ReviewInput[] = [];
    for (let d = 0; d < 100; d++) {
      const date = new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
      reviews.push(review({ id: `q${d}`, createdAt: date, rating: quietRating(d) }));
    }
    if (burstRating !== null)
      for (let i = 0; i < 12; i++)
        reviews.push(review({ id: `b${i}`, createdAt: '2025-02-15T1' + (i % 10) + ':00:00Z', rating: burstRating }));
    return reviews;
  };
  it('knows the Poisson limit from the product page example (lambda 0.21 allows 3 a day)', () => {
    expect(poissonQuantile(0.21, 0.999)).toBe(3);
    expect(poissonQuantile(1, 0.999)).toBe(5);
  });
  it('excludes a burst whose ratings differ beyond chance, in either direction', () => {
    for (const rating of [5, 1]) {
      const summary = summarizeReviews(history(rating));
      const report = summary.checks.find((c) => c.check === 'burst')!;
      expect(report.burst?.days).toMatchObject([{ date: '2025-02-15', count: 13, significant: true }]);
      expect(report.burst?.days[0]?.pValue).toBeLessThan(0.01);
      expect(report.excluded).toBe(13);
    }
  });
  it('keeps a busy day whose ratings look like the rest, and says why', () => {
    const reviews = history(null);
    for (let i = 0; i < 15; i++) reviews.push(review({ createdAt: '2025-02-15', rating: 1 + (i % 5) }));
    const summary = summarizeReviews(reviews);
    const report = summary.checks.find((c) => c.check === 'burst')!;
    expect(report.flagged).toBe(16);
    expect(report.excluded).toBe(0);
    expect(report.burst?.days).toMatchObject([{ date: '2025-02-15', count: 16, significant: false }]);
    expect(report.note).toMatch(/do not differ from the rest beyond chance/);
    expect(summary.adjustedAverage).toBe(summary.rawAverage);
  });
  it('finds no burst in an even history', () => {
    expect(summarizeReviews(history(null)).checks.find((c) => c.check === 'burst')!.flagged).toBe(0);
  });
});

describe('burst check with several busy days', () => {
  it('tests each day on its own: a natural busy day stays in while a fake burst leaves', () => {
    const reviews: ReviewInput[] = [];
    for (let d = 0; d < 100; d++)
      reviews.push(review({ createdAt: new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10), rating: 1 + (d % 5) }));
    for (let i = 0; i < 12; i++) reviews.push(review({ id: `fake${i}`, createdAt: '2025-02-15', rating: 5 }));
    for (let i = 0; i < 12; i++) reviews.push(review({ id: `sale${i}`, createdAt: '2025-03-01', rating: 1 + (i % 5) }));
    const summary = summarizeReviews(reviews);
    const report = summary.checks.find((c) => c.check === 'burst')!;
    expect(report.burst?.days.map((d) => [d.date, d.significant])).toEqual([
      ['2025-02-15', true],
      ['2025-03-01', false],
    ]);
    expect(report.excluded).toBe(13);
    expect(summary.reviewFlags.sale1?.[0]?.excludes).toBe(false);
    expect(report.note).toMatch(/13 left out .* 13 kept/);
  });
});

describe('statistics', () => {
  it('Welch test is symmetric and detects a real difference', () => {
    const m = (xs: number[]) => ({ n: xs.length, sum: xs.reduce((a, b) => a + b, 0), sumSq: xs.reduce((a, b) => a + b * b, 0) });
    const a = welchTest(m([5, 5, 4, 5, 5, 5]), m([3, 2, 4, 3, 1, 3, 2]))!;
    const b = welchTest(m([1, 1, 2, 1, 1, 1]), m([3, 4, 2, 3, 5, 3, 4]))!;
    expect(a.pValue).toBeCloseTo(b.pValue, 12);
    expect(a.pValue).toBeLessThan(0.01);
    expect(welchTest(m([3, 4, 5]), m([5, 4, 3]))!.pValue).toBeCloseTo(1, 6);
  });
  it('five 5-star reviews are not a 5.0 product', () => {
    const { low, high } = wilsonInterval(5, 5, 5);
    expect(high).toBe(5);
    expect(low).toBeLessThan(3.5);
    const summary = summarizeReviews(Array.from({ length: 5 }, () => review({ rating: 5 })));
    expect(summary.confidence.smallSample).toBe(true);
    expect(summary.confidence.low).toBeLessThan(3.5);
  });
});

describe('long-term reviews', () => {
  // Rows alike by design: each is one way a review shows its age.
  const cases: Array<[string, Partial<ReviewInput>, boolean]> = [
    ['120 days after delivery', { deliveredAt: '2024-09-01', createdAt: '2025-01-01' }, true],
    ['updated 100 days after delivery', { deliveredAt: '2024-10-01', createdAt: '2024-10-05', updatedAt: '2025-01-10' }, true],
    ['95 days after the order', { orderedAt: '2024-09-28', createdAt: '2025-01-01' }, true],
    ['20 days after delivery', { deliveredAt: '2024-12-12', createdAt: '2025-01-01' }, false],
    ['"after 6 months"', { content: 'After 6 months of daily use it holds up.' }, true],
    ['"two years later"', { content: 'Two years later it is fine.' }, true],
    ['"Update:"', { content: 'Good.\nUpdate: the strap broke.' }, true],
    ['"still works"', { content: 'It still works every morning.' }, true],
    ['"long-term review"', { content: 'This is my LONG-TERM review of the coat.' }, true],
    ['"long term use"', { content: 'Fine for long term use, I think.' }, true],
    ['"long walks" is no cue', { content: 'Great on long walks, short term fun.' }, false],
    ['German "nach einem Jahr"', { content: 'Nach einem Jahr sieht sie aus wie neu.' }, true],
    ['French "après 6 mois"', { content: 'Après 6 mois, parfait.' }, true],
    ['Spanish "después de 2 años"', { content: 'Después de 2 años sigue igual.' }, true],
    ['French "depuis un an"', { content: "Je l'utilise depuis un an." }, true],
    ['French "deux ans plus tard"', { content: 'Deux ans plus tard, parfait.' }, true],
    ['"for a few years"', { content: 'Used it for a few years.' }, true],
    ['"_two years later" (a number word after an underscore)', { content: '_two years later it is fine.' }, true],
    ['the English article "an" is no French year', { content: 'After an hour, an on-off switch and an in-line fuse failed.' }, false],
    ['"after 2 weeks" is too short', { content: 'After 2 weeks it broke.' }, false],
    ['"will update in 6 months" is a promise', { content: 'Will update in a month or so.' }, false],
  ];
  it.each(cases)('%s', (_name, extra, expected) => {
    const r = review({ id: 'x', ...extra });
    expect(summarizeReviews([r]).longTerm.reviewIds).toEqual(expected ? ['x'] : []);
  });
  it('only counts trusted reviews', () => {
    const summary = summarizeReviews([review({ id: 'x', isInsider: true, content: 'After 6 months it still works.' })]);
    expect(summary.longTerm.count).toBe(0);
  });
});

describe('duplicate check: coordinated copies', () => {
  const template = (swap: string) =>
    `I bought this jacket for walking the dog in the rain and it kept me ${swap} dry every single day this winter, the hood stays up in the wind and the pockets hold a phone, keys and a pair of gloves`;
  const campaign = (size: number) =>
    Array.from({ length: size }, (_, i) =>
      review({
        id: `c${i}`,
        createdAt: `2025-01-${String(10 + i).padStart(2, '0')}`,
        content: template(['completely', 'totally', 'really', 'fully'][i % 4]!),
      }),
    );
  it('trusts none of three or more copies of one text, the earliest included', () => {
    const summary = summarizeReviews([
      ...campaign(5),
      review({ id: 'other', content: 'The hood is too small for a helmet but the pockets are deep and the zip is smooth' }),
    ]);
    expect(flagged(summary, 'duplicate')).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    const flag = summary.reviewFlags.c0!.find((f) => f.check === 'duplicate')!;
    expect(flag.evidence).toContain('one of 5 copies of one text, a campaign with no original');
    expect(flag.related).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(flag.excludes).toBe(true);
  });
  it('keeps the earlier review of a pair and says so', () => {
    const summary = summarizeReviews(campaign(2));
    expect(flagged(summary, 'duplicate')).toEqual(['c1']);
    expect(summary.reviewFlags.c1![0]!.evidence).toContain('posted earlier');
    expect(summary.reviewFlags.c1![0]!.related).toEqual(['c0']);
  });
  it('lists at most ten copies in a large campaign and counts the rest', () => {
    const summary = summarizeReviews(campaign(15));
    const flag = summary.reviewFlags.c3!.find((f) => f.check === 'duplicate')!;
    expect(flag.related).toHaveLength(10);
    expect(flag.related).not.toContain('c3');
    expect(flag.evidence).toContain('(4 not listed)');
  });
  it('finds the same campaign with MinHash/LSH as with exact all-pairs, in any input order', () => {
    const reviews = [
      ...campaign(9),
      ...Array.from({ length: 40 }, (_, i) =>
        review({ id: `u${i}`, content: `Unique review ${i} about colour ${i * 7} and size ${i * 13} that has its own words number ${i}` }),
      ),
    ];
    const exact = flagged(summarizeReviews(reviews, { exactDuplicateLimit: 100000 }), 'duplicate');
    expect(exact).toHaveLength(9);
    expect(flagged(summarizeReviews(reviews, { exactDuplicateLimit: 0 }), 'duplicate')).toEqual(exact);
    expect(flagged(summarizeReviews([...reviews].reverse(), { exactDuplicateLimit: 0 }), 'duplicate')).toEqual(exact);
  });
});

describe('verification levels', () => {
  const reviews: ReviewInput[] = [
    review({ id: 'matched', orderedAt: '2024-12-20' }),
    review({ id: 'matched-sugar', isVerifiedPurchase: true, orderedAt: '2024-12-20' }),
    review({ id: 'app-says', isVerifiedPurchase: true }),
    review({ id: 'explicit-platform', verification: 'platform' }),
    review({ id: 'nothing' }),
    review({ id: 'said-no', isVerifiedPurchase: false, orderedAt: '2024-12-20' }),
  ];
  const cases: Array<[string, ReviewInput['verification'][] | undefined, string[]]> = [
    ['by default order-matched and platform count', undefined, ['nothing', 'said-no']],
    ['a store that counts only its own order match', ['order-matched'], ['app-says', 'explicit-platform', 'nothing', 'said-no']],
    ['a store that takes only the review app\u2019s word', ['platform'], ['matched', 'matched-sugar', 'nothing', 'said-no']],
  ];
  it.each(cases)('%s', (_name, levels, unverified) => {
    const summary = summarizeReviews(reviews, {
      verificationMethod: 'order-match',
      ...(levels ? { verifiedLevels: levels as NonNullable<ReviewInput['verification']>[] } : {}),
    });
    expect(flagged(summary, 'unverified')).toEqual(unverified);
    expect(summary.disclosure.verificationLevels?.counted).toEqual(levels ?? ['order-matched', 'platform']);
    expect(summary.disclosure.verificationLevels?.shares).toEqual({ 'order-matched': 2 / 6, platform: 2 / 6, none: 2 / 6 });
    expect(summary.disclosure.shares.verified).toBeCloseTo(1 - unverified.length / 6, 10);
  });
  it('says which level a flagged review has', () => {
    const summary = summarizeReviews(reviews, { verificationMethod: 'order-match', verifiedLevels: ['order-matched'] });
    expect(summary.reviewFlags['app-says']?.[0]?.evidence).toBe('verified at the platform level, which this store does not count');
    expect(summary.reviewFlags.nothing?.[0]?.evidence).toBe('no matching order on record');
  });
  it('reports an unknown level and keeps the review', () => {
    const summary = summarizeReviews([{ ...review({ id: 'x' }), verification: 'gold' as never }]);
    expect(summary.total).toBe(1);
    expect(summary.invalid).toEqual([expect.objectContaining({ id: 'x', field: 'verification', action: 'field-ignored' })]);
  });
});

describe('syndicated and shared reviews', () => {
  const reviews = [
    review({ id: 'own-1', rating: 3 }),
    review({ id: 'own-2', rating: 2 }),
    review({ id: 'other-shop', rating: 5, source: 'syndicated' }),
    review({ id: 'sister-product', rating: 5, source: 'syndicated' }),
  ];
  it('are shown and counted but left out of the checked rating, with their own count and average', () => {
    const summary = summarizeReviews(reviews);
    expect(summary.total).toBe(4);
    expect(summary.rawAverage).toBe(3.75);
    expect(summary.adjustedAverage).toBe(2.5);
    expect(flagged(summary, 'syndicated')).toEqual(['other-shop', 'sister-product']);
    const report = summary.checks.find((c) => c.check === 'syndicated')!;
    expect(report).toMatchObject({ flagged: 2, excluded: 2, flaggedAverage: 5, othersAverage: 2.5 });
    expect(summary.disclosure.shares.syndicated).toBe(0.5);
  });
  it('count like any other review when the store says so', () => {
    expect(summarizeReviews(reviews, { checks: { syndicated: { mode: 'flag' } } }).adjustedAverage).toBe(3.75);
    expect(summarizeReviews(reviews, { checks: { syndicated: { mode: 'off' } } }).reviewFlags).toEqual({});
  });
});

describe('one-review accounts', () => {
  /** `single` reviews from one-review accounts rated `singleRating`, `others` from reviewers with history rated 1..5 in turn. */
  const set = (single: number, singleRating: (i: number) => number, others: number) => [
    ...Array.from({ length: single }, (_, i) => review({ id: `s${i}`, rating: singleRating(i), reviewer: { reviewCount: 1 } })),
    ...Array.from({ length: others }, (_, i) => review({ id: `o${i}`, rating: 1 + (i % 5), reviewer: { reviewCount: 2 + i } })),
    review({ id: 'unknown', rating: 5 }),
  ];
  it('flags them and never excludes on its own', () => {
    const summary = summarizeReviews(set(40, () => 5, 60));
    const report = summary.checks.find((c) => c.check === 'new-account')!;
    expect(report).toMatchObject({ mode: 'flag', flagged: 40, excluded: 0, flaggedAverage: 5 });
    expect(report.newAccounts).toMatchObject({ known: 100, expectedShare: 0.2, significant: true });
    expect(report.note).toBe('40 kept: this check only flags');
    expect(summary.reviewFlags.unknown).toBeUndefined();
  });
  it('in exclude mode takes them out only when over-represented and rating differently beyond chance', () => {
    const exclude = { checks: { 'new-account': { mode: 'exclude' as const } } };
    // Over-represented and all 5 stars: out.
    expect(
      summarizeReviews(
        set(40, () => 5, 60),
        exclude,
      ).checks.find((c) => c.check === 'new-account')!.excluded,
    ).toBe(40);
    // Over-represented but rating like everyone else: kept.
    const alike = summarizeReviews(
      set(40, (i) => 1 + (i % 5), 60),
      exclude,
    ).checks.find((c) => c.check === 'new-account')!;
    expect(alike).toMatchObject({ flagged: 40, excluded: 0 });
    expect(alike.newAccounts!.significant).toBe(false);
    // Rating differently but as common as expected: kept.
    const few = summarizeReviews(
      set(10, () => 5, 90),
      exclude,
    ).checks.find((c) => c.check === 'new-account')!;
    expect(few).toMatchObject({ flagged: 10, excluded: 0 });
    expect(few.newAccounts!.sharePValue!).toBeGreaterThan(0.01);
  });
  it('treats a 1-star and a 5-star group alike', () => {
    const high = summarizeReviews(set(40, () => 5, 60)).checks.find((c) => c.check === 'new-account')!.newAccounts!;
    const low = summarizeReviews(set(40, () => 1, 60)).checks.find((c) => c.check === 'new-account')!.newAccounts!;
    expect(low.ratingPValue).toBeCloseTo(high.ratingPValue!, 12);
    expect(low.significant).toBe(high.significant);
  });
});
