/**
 * Every import format on a fixture shaped like the platform's export, with its traps: Judge.me's
 * day-first dates, WooCommerce HTML, Magento percent ratings, Bazaarvoice syndication, Amazon
 * millisecond timestamps, Loox's merchant-applied "verified", and what each leaves out and why.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFixture, tempDir } from './helpers.js';

describe('judgeme CSV', () => {
  it('reads day-first dates as the template declares, leaves out spam, unmoderated and store reviews, and reports bad rows by line', async () => {
    const { report, reviews, lines } = await importFixture('judgeme', 'judgeme-export.csv');
    const beanie = reviews.filter((r) => r.productId === 'merino-beanie');
    expect(beanie.map((r) => r.review.createdAt)).toEqual(['2024-03-05', '2024-03-23', '2024-04-12']);
    expect(report.leftOut).toEqual({ spam: 1, unpublished: 1, 'store review (no product)': 1 });
    expect(report.bad.total).toBe(2);
    expect(report.bad.first.map((b) => [b.at, b.reason])).toEqual([
      ['line 8', 'no such day: 2024-13-01'],
      ['line 9', 'rating 6 is outside 1..5'],
    ]);
    expect(lines.some((line) => /judgeme-export\.csv:line 8: no such day/.test(line))).toBe(true);
    expect(lines).toContain('  left out, spam: 1');
    // A quoted body with a line break is one record; the next record's line is counted correctly.
    expect(reviews.find((r) => r.productId === 'trail-jacket')?.review.content).toBe('Multi-line\nreview body, quoted as RFC 4180 says');
  });

  it('keeps no e-mail address and never claims verification the export does not have', async () => {
    const { reviews, out } = await importFixture('judgeme', 'judgeme-export.csv');
    const text = JSON.stringify(reviews);
    expect(text).not.toContain('@example');
    expect(reviews.every((r) => r.review.isVerifiedPurchase === undefined)).toBe(true);
    expect(reviews.find((r) => r.review.content?.startsWith('Five stars'))?.review.source).toBe('imported');
    expect(out).toBeTruthy();
  });

  it('gives every review a stable id: the same file imports to the same bytes', async () => {
    const a = await importFixture('judgeme', 'judgeme-export.csv');
    const b = await importFixture('judgeme', 'judgeme-export.csv');
    expect(a.reviews).toEqual(b.reviews);
    expect(new Set(a.reviews.map((r) => r.review.id)).size).toBe(a.reviews.length);
  });

  it('--strict makes a bad row an error and writes nothing', async () => {
    const { exitCode, reviews, lines } = await importFixture('judgeme', 'judgeme-export.csv', { strict: true });
    expect(exitCode).toBe(1);
    expect(reviews).toEqual([]);
    expect(lines.at(-1)).toMatch(/--strict: 2 records could not be read; nothing was written/);
  });

  it('--orders joins order and delivery dates by customer and product, and that verifies the purchase', async () => {
    const { reviews, report } = await importFixture('judgeme', 'judgeme-export.csv', {
      orders: (await import('./helpers.js')).fixture('orders.csv'),
    });
    const hannah = reviews.find((r) => r.review.reviewer?.name === 'Hannah K.')!.review;
    expect(hannah).toMatchObject({ orderedAt: '2024-02-20', deliveredAt: '2024-02-24', isVerifiedPurchase: true });
    const tom = reviews.find((r) => r.review.reviewer?.name === 'Tom')!.review;
    expect(tom).toMatchObject({ orderedAt: '2024-03-01', isVerifiedPurchase: true });
    expect(tom.deliveredAt).toBeUndefined();
    expect(report.orders).toEqual({ 'by customer and product': 2, 'no matching order': 2 });
  });
});

describe('CSV damage', () => {
  it('a broken quote that swallows the rows after it is reported with the lines lost, never silently', async () => {
    const { reviews, report } = await importFixture('judgeme', 'judgeme-broken-quote.csv');
    expect(reviews.map((r) => r.review.reviewer?.name)).toEqual(['A', 'E']);
    expect(report.bad.first).toEqual([
      {
        file: expect.stringMatching(/broken-quote\.csv$/),
        at: 'lines 3-6',
        reason: expect.stringMatching(
          /^Invalid Closing Quote: got "q" at line 3 .* \(and 2 more\); the rows on these lines are not imported$/,
        ),
      },
    ]);
  });

  it('a quote left open to the end of the file is reported, with the lines it took', async () => {
    const dir = tempDir();
    const header =
      'title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,reply_date,picture_urls,ip_address,location';
    writeFileSync(
      join(dir, 'open.csv'),
      `${header}\nA,ok,4,01/02/2024,email,ok,A,,1,p1,,,,,\nB,"never closed,3,02/02/2024,email,ok,B,,1,p1,,,,,\nC,lost,5,03/02/2024,email,ok,C,,1,p1,,,,,\n`,
    );
    const { report, reviews } = await importFixture('judgeme', join(dir, 'open.csv'));
    expect(reviews).toHaveLength(1);
    expect(report.bad.total).toBe(1);
    expect(report.bad.first[0]).toMatchObject({
      at: expect.stringMatching(/^lines? 3/),
      reason: expect.stringMatching(/Quote Not Closed.*not imported$/),
    });
  });

  it('counts lines through CRLF record ends, quoted line breaks and a last row with no newline', async () => {
    const dir = tempDir();
    const header =
      'title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,reply_date,picture_urls,ip_address,location';
    const rows = [
      header,
      'A,"two\nlines",4,01/02/2024,email,ok,A,,1,p1,,,,,',
      'B,"three\nquoted\nlines",9,02/02/2024,email,ok,B,,1,p1,,,,,',
      'C,ok,5,31/02/2024,email,ok,C,,1,p1,,,,,',
      'D,last,7,03/02/2024,email,ok,D,,1,p1,,,,,',
    ];
    writeFileSync(join(dir, 'crlf.csv'), rows.join('\r\n'));
    const { report, reviews } = await importFixture('judgeme', join(dir, 'crlf.csv'));
    expect(reviews.map((r) => r.review.reviewer?.name)).toEqual(['A']);
    expect(report.bad.first.map((b) => [b.at, b.reason])).toEqual([
      ['line 4', 'rating 9 is outside 1..5'],
      ['line 7', 'no such day: 2024-02-31'],
      ['line 8', 'rating 7 is outside 1..5'],
    ]);
  });

  it('a record over several lines is reported at the line it starts on', async () => {
    const { report } = await importFixture('judgeme', 'judgeme-export.csv');
    expect(report.bad.first.map((b) => b.at)).toEqual(['line 8', 'line 9']);
  });
});

describe('judgeme API JSON', () => {
  it('maps verified "buyer" and leaves out hidden reviews', async () => {
    const { reviews, report, byId } = await importFixture('judgeme', 'judgeme-api.json');
    expect(reviews).toHaveLength(2);
    expect(byId('182736451')).toMatchObject({
      rating: 4,
      isVerifiedPurchase: true,
      createdAt: '2024-05-02T09:13:44Z',
      reviewer: { id: '6543210987', name: 'Kim' },
    });
    expect(byId('182736452')?.isVerifiedPurchase).toBe(false);
    expect(report.leftOut).toEqual({ unpublished: 1 });
  });
});

describe('google-feed', () => {
  it('2.4: scales min/max ratings, keeps verified and incentive flags, hides anonymous names, one review per product, spam left out', async () => {
    const { reviews, report } = await importFixture('google-feed', 'google-feed-2.4.xml');
    const first = reviews.find((r) => r.review.id === '147258')!;
    expect(first.productId).toBe('aero-headphones');
    expect(first.review).toMatchObject({
      rating: 1 + (8 * 4) / 9,
      isVerifiedPurchase: true,
      isIncentivized: false,
      locale: 'en-US',
      pros: ['comfortable', 'battery'],
      cons: ['case is bulky'],
      reviewer: { id: '88392', name: 'Jackie' },
    });
    expect(first.review.content).toBe('Comfortable for long flights & the battery lasts.');
    const second = reviews.filter((r) => r.review.id === '147259');
    expect(second.map((r) => r.productId).sort()).toEqual(['aero-headphones', 'aero-headphones-pro']);
    expect(second[0]!.review).toMatchObject({ rating: 4.4, isIncentivized: true, createdAt: '2014-05-01T10:00:00-05:00' });
    expect(second[0]!.review.reviewer).toBeUndefined();
    expect(report.leftOut).toEqual({ spam: 1 });
    expect(report.bad.first).toEqual([
      { file: expect.stringMatching(/2\.4\.xml$/), at: expect.stringMatching(/^line \d+$/), reason: 'rating 7 is outside 1..5' },
    ]);
  });

  it('2.3 has no verification or incentive fields: both stay unknown; the mpn identifies the product', async () => {
    const { reviews } = await importFixture('google-feed', 'google-feed-2.3.xml');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.productId).toBe('TJ-01');
    expect(reviews[0]!.review.isVerifiedPurchase).toBeUndefined();
    expect(reviews[0]!.review.isIncentivized).toBeUndefined();
  });
});

describe('bazaarvoice', () => {
  it('keeps syndicated reviews marked syndicated, reads incentive badges and context values, rescales RatingRange, leaves out removed ones', async () => {
    const { byId, report } = await importFixture('bazaarvoice', 'bazaarvoice-reviews.json');
    expect(byId('192612')).toMatchObject({
      source: 'native',
      isVerifiedPurchase: true,
      helpfulVotes: 4,
      locale: 'en-US',
      pros: ['dry', 'light'],
      cons: ['sleeves short'],
    });
    expect(byId('192613')).toMatchObject({ source: 'syndicated', isIncentivized: true });
    expect(byId('192615')).toMatchObject({ rating: 1 + (7 * 4) / 9, locale: 'de-DE' });
    expect(byId('192615')?.content).toBeUndefined();
    expect(report.leftOut).toEqual({ removed: 1 });
  });
});

describe('yotpo', () => {
  it('API JSON: verified buyers, helpful votes; site reviews and deleted ones left out', async () => {
    const { byId, report, reviews } = await importFixture('yotpo', 'yotpo-reviews.json');
    expect(reviews).toHaveLength(1);
    expect(byId('41001')).toMatchObject({ isVerifiedPurchase: true, helpfulVotes: 3, reviewer: { id: 'cust-551', name: 'Ola N.' } });
    expect(report.leftOut).toEqual({ 'store review (no product)': 1, removed: 1 });
  });

  it('import CSV: an ambiguous date is an error for that row unless --date-order is given', async () => {
    const plain = await importFixture('yotpo', 'yotpo-import.csv');
    expect(plain.report.bad.first[0]).toMatchObject({ at: 'line 4', reason: expect.stringMatching(/ambiguous date "03\/04\/2024"/) });
    expect(plain.report.leftOut).toEqual({ unpublished: 1 });
    const ordered = await importFixture('yotpo', 'yotpo-import.csv', { dateOrder: 'mdy' });
    expect(ordered.report.bad.total).toBe(0);
    expect(ordered.reviews.map((r) => r.review.createdAt)).toContain('2024-03-04');
  });
});

describe('okendo', () => {
  it('reads isIncentivized and isVerifiedBuyer, falls back to the sku, leaves out rejected reviews', async () => {
    const { reviews, report } = await importFixture('okendo', 'okendo-import.csv');
    const mia = reviews.find((r) => r.review.reviewer?.name === 'Mia')!.review;
    expect(mia).toMatchObject({ isIncentivized: true, isVerifiedPurchase: false, createdAt: '2024-03-10T10:00:00Z' });
    expect(reviews.find((r) => r.review.reviewer?.name === 'Noah')!.review.isVerifiedPurchase).toBe(true);
    expect(reviews.map((r) => r.productId).sort()).toEqual(['TJ-02', 'trail-jacket', 'trail-jacket']);
    expect(report.leftOut).toEqual({ rejected: 1 });
  });
});

describe('okendo storefront JSON', () => {
  it('strips the shopify- prefix from product ids and reads reviewer.isVerified', async () => {
    const { reviews } = await importFixture('okendo', 'okendo-storefront.json');
    expect(reviews.map((r) => [r.productId, r.review.rating, r.review.isVerifiedPurchase])).toEqual([
      ['7421880213', 5, true],
      ['7421880213', 2, false],
    ]);
    expect(reviews[0]!.review).toMatchObject({
      id: '2c9f1a3e-0b1d-4d5e-9a77-1f0c3b2a4d10',
      helpfulVotes: 2,
      createdAt: '2024-11-02T08:15:30.123Z',
    });
  });
});

describe('stamped', () => {
  it('CSV: YYYY-MM-DD HH:MM:SS dates; a word for a rating is reported', async () => {
    const { reviews, report } = await importFixture('stamped', 'stamped-import.csv');
    expect(reviews[0]!.review).toMatchObject({ createdAt: '2024-06-01T08:30:00Z', isVerifiedPurchase: true });
    expect(report.bad.first[0]!.reason).toBe('rating "three" is not a number');
  });

  it('widget JSON: reviewVerifiedType 2 is a verified buyer, 0 is not; the ISO date wins over the month-first one', async () => {
    const { byId } = await importFixture('stamped', 'stamped-widget.json');
    expect(byId('9001')).toMatchObject({ isVerifiedPurchase: true, createdAt: '2024-06-01T08:30:00.000Z', helpfulVotes: 2 });
    expect(byId('9002')).toMatchObject({ isVerifiedPurchase: false, createdAt: '2024-06-03' });
  });
});

describe('loox', () => {
  it('never takes the merchant-applied verified_purchase as a verified purchase, and says so', async () => {
    const { reviews, report } = await importFixture('loox', 'loox-import.csv', { dateOrder: 'dmy' });
    expect(reviews).toHaveLength(3);
    expect(reviews.every((r) => r.review.isVerifiedPurchase === undefined)).toBe(true);
    expect(report.notes.join(' ')).toMatch(/merchant.*not taken as a verified purchase/);
    expect(reviews.find((r) => r.review.reviewer?.name === 'Rosa')!.review.isIncentivized).toBe(true);
    expect(reviews.find((r) => r.review.reviewer?.name === 'Luca')!.review.createdAt).toBe('2024-02-11');
  });
});

describe('reviewsio and trustpilot', () => {
  it('reviewsio: "yes"/"no" verified buyers, space-separated date-times, surname shortened', async () => {
    const { byId } = await importFixture('reviewsio', 'reviewsio-product-reviews.json');
    expect(byId('5550001')).toMatchObject({ isVerifiedPurchase: true, createdAt: '2024-07-01T14:22:10Z', reviewer: { name: 'Amelia J.' } });
    expect(byId('5550002')).toMatchObject({ isVerifiedPurchase: false, reviewer: { name: 'Oliver' } });
  });

  it('trustpilot: importedProductReviews stay marked imported', async () => {
    const { byId } = await importFixture('trustpilot', 'trustpilot-product-reviews.json');
    expect(byId('61f0c1d2e3a4b5c6d7e8f901')).toMatchObject({ source: 'native', rating: 5, locale: 'en' });
    expect(byId('61f0c1d2e3a4b5c6d7e8f902')).toMatchObject({ source: 'imported', rating: 2 });
  });
});

describe('powerreviews', () => {
  it('month-first dates as its import spec says; whole-number ratings only; pending and rejected left out', async () => {
    const { reviews, report, byId } = await importFixture('powerreviews', 'powerreviews-import.csv');
    expect(reviews).toHaveLength(1);
    expect(byId('PR-1')).toMatchObject({ createdAt: '2024-05-03', isVerifiedPurchase: true });
    expect(report.leftOut).toEqual({ unpublished: 1, rejected: 1 });
    expect(report.bad.first[0]!.reason).toMatch(/Rating "4.5" is not a whole number/);
  });
});

describe('shopify', () => {
  it('legacy Product Reviews CSV: only published reviews', async () => {
    const { reviews, report } = await importFixture('shopify', 'shopify-product-reviews.csv');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.review.createdAt).toBe('2023-11-02T10:14:00Z');
    expect(report.leftOut).toEqual({ unpublished: 1, spam: 1 });
  });

  it('product_review metaobjects: rating JSON with its scale, order reference kept for --orders, unpublished left out', async () => {
    const { reviews, report } = await importFixture('shopify', 'shopify-metaobjects.json');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      productId: '8001',
      review: { id: 'review-1001', rating: 4, reviewer: { id: 'shopify-customer-77', name: 'Priya' } },
    });
    expect(report.leftOut).toEqual({ unpublished: 1 });
  });
});

describe('woocommerce', () => {
  it('turns review HTML into text (entities decoded, scripts dropped), uses the GMT date, leaves out held, spam and unrated reviews', async () => {
    const { byId, report } = await importFixture('woocommerce', 'woocommerce-reviews.json');
    expect(byId('22')).toMatchObject({
      content: 'Warm & windproof.\nThe hood is a bit tight – size up.\n\nWould buy again.',
      createdAt: '2024-01-12T15:06:43Z',
      isVerifiedPurchase: true,
    });
    expect(byId('26')?.content).toBe('Nice');
    expect(report.leftOut).toEqual({ unpublished: 1, spam: 1, 'no rating given': 1 });
  });
});

describe('magento', () => {
  it('reads 0-100 percent ratings as stars: 80 is 4, 40 is 2, 100 is 5', async () => {
    const { reviews } = await importFixture('magento', 'magento-graphql.json');
    expect(reviews.map((r) => [r.review.title, r.review.rating])).toEqual([
      ['Roomy', 4],
      ['Strap broke', 2],
      ['Quality', 5],
    ]);
    expect(reviews.every((r) => r.productId === '24-MB01')).toBe(true);
    expect(reviews[0]!.review.createdAt).toBe('2024-03-05T14:02:11Z');
  });
});

describe('amazon-2023', () => {
  it('reads millisecond timestamps as milliseconds, refuses a seconds value, reports a broken line', async () => {
    const { reviews, report } = await importFixture('amazon-2023', 'amazon-2023.jsonl');
    expect(reviews.map((r) => r.review.createdAt).sort()).toEqual(['2020-05-04T18:10:55.070Z', '2020-05-05T14:08:48.923Z']);
    expect(reviews.find((r) => r.productId === 'B00YQ6X8EO')!.review.content).toContain('texture I want.\nI have a lot of hair');
    expect(report.bad.first.map((b) => [b.at, b.reason.slice(0, 29)])).toEqual([
      ['line 3', '1588615855 is not a date in U'],
      ['line 4', 'invalid JSON: Unexpected toke'],
    ]);
  });
});

describe('meta-shops', () => {
  it('the required incentivized flag is kept; a review without it is reported', async () => {
    const { byId, report } = await importFixture('meta-shops', 'meta-shops-feed.json');
    expect(byId('m-1')).toMatchObject({ isIncentivized: false, isVerifiedPurchase: true, content: 'Great colours 😍' });
    expect(report.bad.first[0]!.reason).toMatch(/incentivized is required/);
  });

  it("the CSV feed uses dotted column names; an anonymous reviewer's name is not kept", async () => {
    const { byId } = await importFixture('meta-shops', 'meta-shops-feed.csv');
    expect(byId('mc-1')).toMatchObject({ isIncentivized: true, isVerifiedPurchase: false, reviewer: { id: 'r-9', name: 'Ana' } });
    expect(byId('mc-2')?.reviewer).toEqual({ id: 'r-10' });
  });
});

describe('csv and jsonl with a column map', () => {
  it('csv: --map column=field, a chosen delimiter and decimal commas', async () => {
    const { byId } = await importFixture('csv', 'generic.csv', {
      delimiter: ';',
      map: ['Review ID=id', 'Product=productId', 'Stars=rating', 'Date=createdAt', 'Text=content', 'Verified=isVerifiedPurchase'],
    });
    expect(byId('g-1')).toMatchObject({ rating: 4.5, isVerifiedPurchase: true, createdAt: '2024-04-01' });
    expect(byId('g-2')?.isVerifiedPurchase).toBe(false);
  });

  it('jsonl: nested or flat ReviewInput lines, order dates kept', async () => {
    const { byId } = await importFixture('jsonl', 'generic.jsonl');
    expect(byId('j-1')).toMatchObject({ orderedAt: '2024-03-20', deliveredAt: '2024-03-25', isVerifiedPurchase: true });
    expect(byId('j-2')).toMatchObject({ rating: 2, content: 'Flat shape' });
  });

  it('a bad --map is a usage error that shows the right form', async () => {
    await expect(importFixture('csv', 'generic.csv', { map: ['Stars'] })).rejects.toThrow(/expected column=field/);
  });
});
