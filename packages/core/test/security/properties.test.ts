/**
 * Property-based tests (fast-check) of the engine, the adapters, the config validator and link
 * safety. Each property runs from a fixed seed (a failure prints the seed and the shrunk case, and
 * the same run repeats it) and stops after a time budget, so a loaded CI machine runs fewer cases
 * rather than timing out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fetchableUrl,
  recomputeWithout,
  reviewsFromCsv,
  safeLink,
  summarizeReviews,
  validateConfig,
  type ReviewInput,
} from '../../src/index.js';
import { parseCsv } from '../../src/reviews/adapters/csv.js';
import { parseXml, XmlError } from '../../src/reviews/adapters/xml.js';

/** Seeded and bounded: at most `numRuns` cases, and no more than `ms` of them. */
const run = (ms: number, numRuns = 300) => ({ seed: 20261206, numRuns, interruptAfterTimeLimit: ms });

const ID = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const DAY = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2025, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const WORDS = [
  'warm',
  'zip',
  'broke',
  'great',
  'jacket',
  'after',
  'a',
  'week',
  'fits',
  'well',
  'free',
  'product',
  'in',
  'exchange',
  'for',
  'my',
  'honest',
  'review',
  'months',
  'later',
  'still',
  'good',
  '!',
  '.',
];
const TEXT = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 80 }),
);

const REVIEW = fc.record(
  {
    rating: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true })),
    createdAt: DAY,
    title: TEXT,
    content: TEXT,
    isVerifiedPurchase: fc.boolean(),
    isIncentivized: fc.boolean(),
    helpfulVotes: fc.nat({ max: 50 }),
    pros: fc.array(TEXT, { maxLength: 3 }),
  },
  { requiredKeys: ['rating', 'createdAt'] },
);
/** Review sets with distinct ids (some of them prototype names). */
const REVIEWS = fc
  .uniqueArray(ID, { maxLength: 60 })
  .chain((ids) =>
    fc.tuple(...ids.map(() => REVIEW)).map((reviews) => reviews.map((review, i): ReviewInput => ({ id: ids[i]!, ...review }))),
  );
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('engine invariants', () => {
  it('never throws; totals add up; averages stay on the scale', () => {
    fc.assert(
      fc.property(REVIEWS, (reviews) => {
        const summary = summarizeReviews(reviews);
        // Every review received is counted or reported: none disappears without a word.
        expect(summary.received).toBe(reviews.length);
        const dropped = new Set(summary.invalid.filter((entry) => entry.action !== 'field-ignored').map((entry) => entry.index));
        expect(summary.total + dropped.size).toBe(reviews.length);
        expect(sum(summary.histogram.raw)).toBe(summary.total);
        expect(sum(summary.histogram.trusted)).toBe(summary.trustedCount);
        expect(summary.trustedCount).toBeLessThanOrEqual(summary.total);
        for (const average of [summary.rawAverage, summary.adjustedAverage])
          if (average !== null) {
            expect(average).toBeGreaterThanOrEqual(1 - 1e-9);
            expect(average).toBeLessThanOrEqual(5 + 1e-9);
          }
        // Every review the summary counts and flags is in the flags record (none vanishes into a prototype).
        const flagged = Object.keys(summary.reviewFlags);
        expect(new Set(flagged).size).toBe(flagged.length);
        for (const id of flagged) expect(typeof summary.flaggedRatings[id]).toBe('number');
      }),
      run(8000, 200),
    );
  });

  it('survives a JSON round trip, and recomputing with nothing switched off gives the adjusted figures', () => {
    fc.assert(
      fc.property(REVIEWS, (reviews) => {
        const summary = summarizeReviews(reviews);
        const parsed = JSON.parse(JSON.stringify(summary)) as typeof summary;
        expect(parsed).toEqual(JSON.parse(JSON.stringify(summary)));
        for (const source of [summary, parsed]) {
          const again = recomputeWithout(source, []);
          expect(again.trustedCount).toBe(summary.trustedCount);
          if (summary.adjustedAverage === null) expect(again.adjustedAverage).toBeNull();
          else expect(again.adjustedAverage!).toBeCloseTo(summary.adjustedAverage, 9);
        }
        // Switching every check off counts every review the population holds.
        const all = recomputeWithout(summary, ['unverified', 'incentivized', 'duplicate', 'burst', 'insider']);
        expect(all.trustedCount).toBe(summary.total);
      }),
      run(8000, 200),
    );
  });

  it('is symmetric: the order of the reviews does not change the totals or the raw figures', () => {
    fc.assert(
      fc.property(REVIEWS, fc.integer(), (reviews, seed) => {
        const shuffled = [...reviews].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7));
        const one = summarizeReviews(reviews);
        const two = summarizeReviews(shuffled);
        expect(two.total).toBe(one.total);
        expect(two.histogram.raw).toEqual(one.histogram.raw);
        if (one.rawAverage !== null) expect(two.rawAverage!).toBeCloseTo(one.rawAverage, 9);
        expect(
          new Set(Object.keys(two.reviewFlags).filter((id) => two.reviewFlags[id]!.some((flag) => flag.check !== 'duplicate'))),
        ).toEqual(new Set(Object.keys(one.reviewFlags).filter((id) => one.reviewFlags[id]!.some((flag) => flag.check !== 'duplicate'))));
      }),
      run(8000, 150),
    );
  });

  it('takes any value as input and options without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (reviews, options) => {
        expect(() => summarizeReviews(reviews as ReviewInput[], options as never)).not.toThrow();
      }),
      run(4000),
    );
  });
});

describe('adapters', () => {
  const CELL = fc.string({ maxLength: 30 });
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

  it('CSV: any quoted table reads back cell for cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(CELL, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, eol) => {
          const text = rows.map((row) => row.map(quote).join(',')).join(eol);
          expect(parseCsv(text)).toEqual(rows);
        },
      ),
      run(4000),
    );
  });

  it('CSV: reviews written out are read back with their ids, ratings and text', () => {
    fc.assert(
      fc.property(REVIEWS, (reviews) => {
        const rows = [
          ['id', 'rating', 'createdAt', 'content'],
          ...reviews.map((review) => [review.id, String(Math.floor(review.rating)), review.createdAt ?? '', review.content ?? '']),
        ];
        const text = rows.map((row) => row.map(quote).join(',')).join('\r\n');
        const result = reviewsFromCsv(text, { columns: { id: 'id', rating: 'rating', createdAt: 'createdAt', content: 'content' } });
        const readable = reviews.filter((review) => review.id.trim() !== '');
        expect(result.reviews.map((review) => [review.id, review.rating])).toEqual(
          readable.map((review) => [review.id.trim(), Math.floor(review.rating)]),
        );
      }),
      run(4000, 150),
    );
  });

  it('CSV and XML: any text is read or refused with an XmlError, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => parseCsv(text)).not.toThrow();
        try {
          parseXml(text);
        } catch (error) {
          expect(error).toBeInstanceOf(XmlError);
        }
      }),
      run(4000, 1000),
    );
  });
});

describe('config validator', () => {
  it('any JSON value is validated without throwing, every issue has a path and a sentence', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            version: fc.constant(1),
            store: fc.jsonValue(),
            reviews: fc.jsonValue(),
            products: fc.dictionary(ID, fc.jsonValue()),
          }),
        ),
        (input) => {
          const result = validateConfig(input);
          if (!result.ok)
            for (const issue of result.issues) {
              expect(issue.path.startsWith('$')).toBe(true);
              expect(issue.message.length).toBeGreaterThan(0);
            }
        },
      ),
      run(6000, 500),
    );
  });

  it('validating a validated config gives it back unchanged (defaults are a fixed point)', () => {
    fc.assert(
      fc.property(
        fc.record({
          coolingOffHours: fc.integer({ min: 1, max: 720 }),
          ratingScale: fc.integer({ min: 3, max: 10 }),
          name: fc.string({ minLength: 1, maxLength: 120 }),
        }),
        ({ coolingOffHours, ratingScale, name }) => {
          const first = validateConfig({ version: 1, store: { name }, honesty: { coolingOffHours }, reviews: { ratingScale } });
          expect(first.ok).toBe(true);
          const second = validateConfig(JSON.parse(JSON.stringify(first.config)));
          expect(second.ok).toBe(true);
          expect(JSON.stringify(second.config)).toBe(JSON.stringify(first.config));
        },
      ),
      run(4000),
    );
  });

  it("a key that is not the schema's own is never accepted, whatever its name", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf', '__defineGetter__'),
          fc.string({ minLength: 1, maxLength: 20 }),
        ),
        (key) => {
          fc.pre(!['name', 'locale', 'currency', 'reviewPolicyUrl', 'fakeReviewPolicyUrl'].includes(key));
          const result = validateConfig(JSON.parse(`{"version":1,"store":{${JSON.stringify(key)}:"x"}}`));
          expect(result.ok).toBe(false);
        },
      ),
      run(4000),
    );
  });
});

describe('link safety', () => {
  const PAGE = 'https://shop.example/products/jacket';
  const TRICKY = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc
      .tuple(
        fc.constantFrom('/', '//', '/\\', '\\\\', 'https://', 'http://', 'javascript:', ' /', '/\t/', 'https:', 'data:'),
        fc.constantFrom('evil.example', 'shop.example', '', '@evil.example'),
        fc.string({ maxLength: 20 }),
      )
      .map((parts) => parts.join('')),
  );

  it("a safe link is an https URL with a host, or resolves to the page's own origin", () => {
    fc.assert(
      fc.property(TRICKY, (value) => {
        const link = safeLink(value, PAGE);
        if (link === undefined) return;
        const url = new URL(link, PAGE);
        expect(link.startsWith('https://') ? url.protocol === 'https:' && url.hostname !== '' : url.origin === 'https://shop.example').toBe(
          true,
        );
      }),
      run(4000, 2000),
    );
  });

  it("a fetchable URL is http(s), and a relative one stays on the page's origin", () => {
    fc.assert(
      fc.property(TRICKY, (value) => {
        const url = fetchableUrl(value, PAGE);
        if (url === undefined) return;
        const parsed = new URL(url);
        expect(['https:', 'http:']).toContain(parsed.protocol);
        if (!/^https?:\/\//i.test(value)) expect(parsed.origin).toBe('https://shop.example');
      }),
      run(4000, 2000),
    );
  });
});
