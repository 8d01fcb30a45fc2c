/**
 * Issue 12, the engine's side: each case here failed on the code before the fix (see the commit
 * that added it) and names the item it covers.
 */
import { describe, expect, it } from 'vitest';
import {
  coolingOffKey,
  fetchableUrl,
  idRecord,
  parseConfig,
  readCoolingOff,
  saveCoolingOff,
  sweepExpiredCoolingOff,
  recomputeWithout,
  resolveProductFacts,
  safeLink,
  summarizeReviews,
  validateConfig,
  type ReviewInput,
} from '../../src/index.js';
import { nearestKey } from '../../src/config/describe.js';
import { parseIsoDate } from '../../src/reviews/prepare.js';
import { parseCsv, reviewsFromCsv } from '../../src/reviews/adapters/csv.js';
import { parseXml } from '../../src/reviews/adapters/xml.js';
import { segmenterCount } from '../../src/reviews/text/sentences.js';

const PAGE = 'https://shop.example/p/jacket';

describe('item 3: links that look local but are not', () => {
  const foreign = [
    '/\\evil.example/alt',
    '/\\\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '//evil.example',
    'https:evil.example',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://shop.example/',
    'https://user:pw@evil.example/',
    'https://',
    'vbscript:msgbox(1)',
    '/\u2028/evil.example',
  ];
  it.each(foreign)('%j is not a safe link, on a page or in the validator', (value) => {
    expect(safeLink(value, PAGE)).toBeUndefined();
    expect(safeLink(value)).toBeUndefined();
  });

  it.each(['/returns', '/policies/reviews#fake', 'https://shop.example/policies', 'https://help.example.org/reviews?x=1'])(
    '%j is a safe link',
    (value) => {
      expect(safeLink(value, PAGE)).toBe(value);
    },
  );

  it('the config refuses /\\evil.example for every link and data URL', () => {
    const result = validateConfig({
      version: 1,
      store: { reviewPolicyUrl: '/\\evil.example/policy' },
      reviews: { source: { url: '/\\evil.example/{productId}.json' } },
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(['$.reviews.source.url', '$.store.reviewPolicyUrl']);
  });

  it.each([
    '/\\evil.example/r.json',
    '\\\\evil.example/r.json',
    '//evil.example/r.json',
    'javascript:alert(1)',
    'data:application/json,[]',
    'blob:https://shop.example/x',
    'file:///etc/passwd',
    'ftp://shop.example/r.json',
  ])('%j is never fetched', (value) => {
    expect(fetchableUrl(value, PAGE)).toBeUndefined();
  });

  it('http(s) and paths are fetched, resolved against the page', () => {
    expect(fetchableUrl('/reviews/a.json', PAGE)).toBe('https://shop.example/reviews/a.json');
    expect(fetchableUrl('https://cdn.example/r.json', PAGE)).toBe('https://cdn.example/r.json');
  });
});

describe('item 4: prototype keys', () => {
  const review = (id: string, rating: number, extra: Partial<ReviewInput> = {}): ReviewInput => ({
    id,
    rating,
    createdAt: '2024-05-05',
    content: `Honest words ${id} about the jacket and its zip.`,
    ...extra,
  });

  it('a review id "__proto__" keeps its flag, and the show-your-work figures equal the summary', () => {
    const reviews = [
      ...Array.from({ length: 12 }, (_, i) => review(`r${i}`, 3)),
      review('__proto__', 5, { isIncentivized: true }),
      review('constructor', 5, { isIncentivized: true }),
    ];
    const summary = summarizeReviews(reviews, { checks: { incentivized: { mode: 'exclude' } } });
    expect(Object.keys(summary.reviewFlags).sort()).toEqual(['__proto__', 'constructor']);
    expect(summary.trustedCount).toBe(12);
    const again = recomputeWithout(summary, []);
    expect(again.trustedCount).toBe(summary.trustedCount);
    expect(again.adjustedAverage).toBeCloseTo(summary.adjustedAverage!, 12);
    // And through JSON, as a summary file arrives.
    const parsed = JSON.parse(JSON.stringify(summary));
    expect(recomputeWithout(parsed, []).adjustedAverage).toBeCloseTo(3, 12);
  });

  it.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf'])('a config key %j is an unknown key, not accepted silently', (key) => {
    const result = validateConfig({ version: 1, store: { [key]: 'x' } });
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.message).toContain(`unknown key "${key}"`);
  });

  it('"__proto__" in a config file is an unknown key', () => {
    const result = parseConfig('{"version":1,"store":{"__proto__":{"polluted":true}}}');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a product id "constructor" finds its own entry, and nothing when there is none', () => {
    const withEntry = validateConfig({ version: 1, products: { constructor: { price: 12 } } });
    expect(withEntry.ok).toBe(true);
    expect(resolveProductFacts('constructor', withEntry.config!).price).toBe(12);
    const without = validateConfig({ version: 1 });
    expect(resolveProductFacts('constructor', without.config!)).toEqual({ productId: 'constructor', sources: {} });
    expect(resolveProductFacts('toString', without.config!)).toEqual({ productId: 'toString', sources: {} });
  });

  it('idRecord has no prototype', () => {
    const record = idRecord<number>();
    record['__proto__'] = 1;
    expect(Object.keys(record)).toEqual(['__proto__']);
    expect(record['toString']).toBeUndefined();
  });
});

describe('item 9: the validator stays fast on a huge key', () => {
  it('a 1 MB unknown key is reported in well under a second', () => {
    const key = 'x'.repeat(1_000_000);
    const started = performance.now();
    const result = validateConfig({ version: 1, [key]: 1 });
    expect(result.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(nearestKey('stroe', ['store', 'reviews'])).toBe('store');
  });
});

describe('item 12: dates and options', () => {
  const base = (createdAt: string): ReviewInput[] => [{ id: 'a', rating: 4, createdAt, content: 'Fine.' }];

  it('summarizeReviews(reviews, null) does not throw', () => {
    expect(() => summarizeReviews(base('2024-05-05'), null)).not.toThrow();
    expect(summarizeReviews(base('2024-05-05'), null).total).toBe(1);
  });

  it('years 0000-0099 are not read as 1900-1999', () => {
    const year50 = new Date(0);
    year50.setUTCFullYear(50, 0, 1);
    expect(parseIsoDate('0050-01-01T00:00:00+01:00')).toBe(year50.getTime() - 3_600_000);
    expect(new Date(parseIsoDate('0099-12-31T12:00')!).getUTCFullYear()).toBe(99);
  });

  it.each(['2999-01-01', '1970-01-01'])(
    'one review dated %s does not flag every review as a burst; it is reported and left out of the time-based checks',
    (odd) => {
      const reviews: ReviewInput[] = Array.from({ length: 60 }, (_, i) => ({
        id: `r${i}`,
        rating: 1 + (i % 5),
        createdAt: new Date(Date.UTC(2024, 0, 1 + i * 3)).toISOString().slice(0, 10),
        content: `Review ${i} of the jacket.`,
      }));
      reviews.push({ id: 'odd', rating: 5, createdAt: odd, content: 'Dated oddly.' });
      const summary = summarizeReviews(reviews, { now: '2024-12-31' });
      const burst = Object.values(summary.reviewFlags).filter((flags) => flags.some((flag) => flag.check === 'burst'));
      expect(burst).toEqual([]);
      expect(summary.total).toBe(61);
      expect(summary.invalid).toContainEqual(
        expect.objectContaining({ index: 60, id: 'odd', field: 'createdAt', action: 'field-ignored' }),
      );
    },
  );

  it('a leap second is accepted', () => {
    const summary = summarizeReviews(base('2016-12-31T23:59:60+00:00'));
    expect(summary.invalid).toEqual([]);
    expect(summary.total).toBe(1);
  });
});

describe('item 9: unbounded growth', () => {
  it('review locales do not grow the segmenter cache without bound', () => {
    // Japanese text goes to Intl.Segmenter (the ASCII pre-filter does not decide it).
    const reviews: ReviewInput[] = Array.from({ length: 600 }, (_, i) => ({
      id: `r${i}`,
      rating: 4,
      createdAt: '2024-05-05',
      locale: `ja-x-${i}`,
      content: `このジャケットは暖かいです。ファスナーも丈夫です${i}。良い！`,
    }));
    summarizeReviews(reviews);
    expect(segmenterCount()).toBeLessThan(10);
  });

  it('pros and cons are cut at 20 items per review, and that is reported', () => {
    const pros = Array.from({ length: 100_000 }, (_, i) => `pro ${i}`);
    const summary = summarizeReviews([{ id: 'a', rating: 5, createdAt: '2024-05-05', content: 'Fine.', pros }]);
    expect(summary.invalid).toEqual([
      expect.objectContaining({ id: 'a', field: 'pros', reason: 'pros has 100000 items; only the first 20 are read' }),
    ]);
  });

  it('a CSV of 8 MB is split in cells cut from the text, quickly', () => {
    const line = '"r1","5","2024-05-05","A ""quoted"" review, with a comma\nand a line break"\r\n';
    const text = `id,rating,createdAt,content\r\n${line.repeat(100_000)}`;
    const started = performance.now();
    const rows = parseCsv(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(rows).toHaveLength(100_001);
    expect(rows[1]).toEqual(['r1', '5', '2024-05-05', 'A "quoted" review, with a comma\nand a line break']);
  });
});

describe('item 11: CSV that read as "no reviews" without a word', () => {
  const csv = ['id,rating,createdAt,content', ...Array.from({ length: 30 }, (_, i) => `r${i},4,2024-05-05,Good ${i}`)].join('\n');

  it('a product id with no product column reads every row and says so', () => {
    const result = reviewsFromCsv(csv, {
      columns: { id: 'id', rating: 'rating', createdAt: 'createdAt', content: 'content', productId: 'productId' },
      productId: 'sku-1',
    });
    expect(result.reviews).toHaveLength(30);
    expect(result.problems).toContainEqual({ at: 'header', reason: 'no product column, so every row is read as a review of sku-1' });
  });

  it.each([
    ['', 'no rating'],
    ['0x5', 'rating "0x5" is not a number'],
    ['1e1', 'rating "1e1" is not a number'],
    [' ', 'no rating'],
  ])('a rating cell %j is refused (%s), not read as a number', (cell, reason) => {
    const result = reviewsFromCsv(`id,rating,createdAt\nr1,${cell},2024-05-05\nr2,4.5,2024-05-05\nr3,"3,5",2024-05-05`, {
      columns: { id: 'id', rating: 'rating', createdAt: 'createdAt' },
    });
    expect(result.reviews.map((review) => review.rating)).toEqual([4.5, 3.5]);
    expect(result.problems).toEqual([{ at: 'line 2', reason }]);
  });
});

describe('item 13: XML', () => {
  it('a DOCTYPE internal subset containing ">" is skipped whole, and cannot inject elements', () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE feed [
  <!ELEMENT feed (review)*>
  <!ENTITY note "a > b">
  <!-- a comment with > in it -->
]>
<feed><review id="1"/></feed>`;
    const root = parseXml(xml);
    expect(root.name).toBe('feed');
    expect(root.children.map((child) => child.name)).toEqual(['review']);
  });

  it('an entity value "a>b<c" in the subset does not reject a valid feed', () => {
    expect(parseXml('<!DOCTYPE feed [ <!ENTITY e "a>b<c"> ]><feed><review id="1"/></feed>').name).toBe('feed');
  });

  it('a DTD cannot inject an element', () => {
    const root = parseXml(`<!DOCTYPE feed [ <!ENTITY e "x><review id='injected'/>"> ]><feed><review id="1"/></feed>`);
    expect(root.name).toBe('feed');
    expect(root.children.map((child) => child.attributes['id'])).toEqual(['1']);
  });

  it('an attribute over 4 KB does not reject the feed', () => {
    const long = 'x'.repeat(20_000);
    const root = parseXml(`<feed><review title="${long}" id='2'>text</review></feed>`);
    expect(root.children[0]!.attributes).toEqual({ title: long, id: '2' });
  });

  it('a ">" inside an attribute value is part of the value', () => {
    expect(parseXml('<a b="1 > 0"/>').attributes['b']).toBe('1 > 0');
  });
});

describe('item 15: cooling-off records', () => {
  const HOUR = 3_600_000;
  const NOW = Date.UTC(2026, 5, 1);
  // A Storage in memory. Its key list is kept between writes so that `key(i)` is cheap, as in a
  // browser: the bounded-sweep test reads 2,000 of 20,000 keys.
  const memory = () => {
    const map = new Map<string, string>();
    let keys: string[] | undefined;
    const changed = () => void (keys = undefined);
    return {
      map,
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void (map.has(key) || changed(), map.set(key, value)),
      removeItem: (key: string) => void (map.delete(key) && changed()),
      key: (index: number) => (keys ??= [...map.keys()])[index] ?? null,
      get length() {
        return map.size;
      },
    };
  };

  it('an implausible stored record is not shown (and is removed)', () => {
    const storage = memory();
    storage.setItem(coolingOffKey('p'), JSON.stringify({ v: 1, savedAt: NOW, readyAt: NOW + 1e21, expiresAt: NOW + 2e21 }));
    expect(readCoolingOff(storage, 'p', () => NOW)).toEqual({ state: 'none' });
    expect(storage.map.size).toBe(0);
  });

  it('moving the clock back never stretches the wait beyond what was saved', () => {
    const storage = memory();
    saveCoolingOff(storage, 'p', 48, () => NOW);
    const state = readCoolingOff(storage, 'p', () => NOW - 30 * 24 * HOUR);
    expect(state.state).toBe('cooling');
    expect(state.state === 'cooling' && state.remaining).toBe(48 * HOUR);
  });

  it('a full storage is told apart from one that refuses everything', () => {
    const full = {
      ...memory(),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(saveCoolingOff(full, 'p', 48, () => NOW)).toEqual({ state: 'unavailable', reason: 'full' });
    const blocked = {
      ...memory(),
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(saveCoolingOff(blocked, 'p', 48, () => NOW)).toEqual({ state: 'unavailable' });
  });

  it('a sweep looks at a bounded number of keys', () => {
    const storage = memory();
    for (let i = 0; i < 20_000; i++) storage.setItem(`other:${i}`, 'x');
    let reads = 0;
    const counting = {
      ...storage,
      key: (index: number) => (reads++, storage.key(index)),
      get length() {
        return storage.map.size;
      },
    };
    sweepExpiredCoolingOff(counting, () => NOW, 2000);
    expect(reads).toBe(2000);
  });
});
