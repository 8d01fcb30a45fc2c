/**
 * candor summarize: grouping with spill gives the same result as grouping in memory; the same
 * input gives the same bytes; unchanged products are skipped; shards split the catalogue with
 * no overlap and merge back; the summary files are what the widgets read.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '@candor/core';
import { summarizeReviews, summaryOptionsFromConfig, type ReviewInput } from '@candor/core/reviews';
import { Grouper } from '../src/group/grouper.js';
import { mergeRatings, runSummarize, shardOf } from '../src/summarize/run.js';
import { tempDir } from './helpers.js';

function catalogue(products: number, seed = 1): { productId: string; review: ReviewInput }[] {
  const lines: { productId: string; review: ReviewInput }[] = [];
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let p = 0; p < products; p++) {
    const count = 1 + Math.floor(random() * 12);
    for (let r = 0; r < count; r++) {
      const day = 1 + Math.floor(random() * 27);
      lines.push({
        productId: `product-${p}`,
        review: {
          id: `p${p}-r${r}`,
          rating: 1 + Math.floor(random() * 5),
          createdAt: `2024-02-${String(day).padStart(2, '0')}`,
          content: `Review ${r} of product ${p}: the fit is fine and the fabric is warm.`,
        },
      });
    }
  }
  return lines;
}

/** Ungrouped NDJSON (no header line): reviews in a shuffled order. */
function writeShuffled(path: string, lines: { productId: string; review: ReviewInput }[]): void {
  const shuffled = [...lines].sort((a, b) =>
    a.review.id.split('').reverse().join('') < b.review.id.split('').reverse().join('') ? -1 : 1,
  );
  writeFileSync(path, shuffled.map((line) => JSON.stringify(line)).join('\n') + '\n');
}

/** A group's text as its lines (each ends in a newline). */
const linesOf = (text: Buffer) => text.toString('utf8').split('\n').slice(0, -1);

const quietly = { quiet: true, log: () => {}, workers: 0 } as const;

describe('Grouper', () => {
  it('spilling to disk gives the same groups in the same order as holding everything in memory', () => {
    const lines = catalogue(300);
    const run = (budget: number) => {
      const dir = tempDir();
      const grouper = new Grouper({ spillDir: join(dir, 'spill'), memoryBudget: budget, buckets: 8 });
      for (const line of lines) grouper.add(line.productId, JSON.stringify(line.review));
      const files = () => (existsSync(join(dir, 'spill')) ? readdirSync(join(dir, 'spill')).length : 0);
      const spilledFiles = files();
      const groups = [...grouper.groups()].map((g) => [g.productId, g.lines, linesOf(g.text)[0]]);
      const spills = grouper.spills;
      // Each bucket's file is deleted once read, so writing the groups can reuse its page cache.
      const filesLeft = files();
      grouper.dispose();
      return { groups, spills, spilledFiles, filesLeft };
    };
    const inMemory = run(1e9);
    const spilled = run(4000);
    expect(inMemory.spills).toBe(0);
    expect(spilled.spills).toBeGreaterThan(10);
    expect(spilled.spilledFiles).toBe(8);
    expect(spilled.filesLeft).toBe(0);
    expect(spilled.groups).toEqual(inMemory.groups);
    expect(inMemory.groups).toHaveLength(300);
  });

  it("a product's lines come out part by part, whatever order the parts arrive in, spilled or not; discarded parts are gone", () => {
    const lines = catalogue(200, 5);
    const half = Math.floor(lines.length / 2);
    const run = (budget: number, discard: boolean) => {
      const dir = tempDir();
      const grouper = new Grouper({ spillDir: join(dir, 'spill'), memoryBudget: budget, buckets: 8 });
      // Two workers' parts interleaved, the second half of the file (part 1) often first, as messages arrive.
      for (let i = 0; i < half; i++) {
        const later = lines[half + i];
        if (later) grouper.add(later.productId, later.review.id, 1);
        grouper.add(lines[i]!.productId, lines[i]!.review.id, 0);
      }
      for (let i = 2 * half; i < lines.length; i++) grouper.add(lines[i]!.productId, lines[i]!.review.id, 1);
      if (discard) {
        grouper.discardParts(1);
        for (let i = half; i < lines.length; i++) grouper.add(lines[i]!.productId, lines[i]!.review.id, 2);
      }
      const groups = [...grouper.groups()].map((g) => [g.productId, linesOf(g.text)]);
      grouper.dispose();
      return groups;
    };
    // What a one-part read gives: the file's order within each product.
    const expected = new Map<string, string[]>();
    for (const line of lines) expected.set(line.productId, [...(expected.get(line.productId) ?? []), line.review.id]);
    for (const budget of [1e9, 2000])
      for (const discard of [false, true])
        expect(new Map(run(budget, discard) as [string, string[]][]), `budget ${budget}, discard ${discard}`).toEqual(expected);
  });

  it("runs of a product's lines added at once come out as the same lines added one at a time, spilled or not", () => {
    const lines = [...catalogue(120, 3)].sort((a, b) =>
      a.review.id.split('').reverse().join('') < b.review.id.split('').reverse().join('') ? -1 : 1,
    );
    const groupsOf = (grouper: Grouper) => {
      const groups = [...grouper.groups()].map((g) => [g.productId, g.lines, linesOf(g.text)]);
      grouper.dispose();
      return groups;
    };
    const oneByOne = new Grouper({ spillDir: join(tempDir(), 'spill'), buckets: 8 });
    for (const line of lines) oneByOne.add(line.productId, line.review.id);
    const expected = groupsOf(oneByOne);
    let longestRun = 0;
    for (const budget of [1e9, 1500]) {
      const grouper = new Grouper({ spillDir: join(tempDir(), 'spill'), memoryBudget: budget, buckets: 8 });
      // Batches of 50 lines, each handed over as import's workers hand theirs: a run per product, in order of first appearance.
      for (let from = 0; from < lines.length; from += 50) {
        const runs = new Map<string, string[]>();
        for (const line of lines.slice(from, from + 50)) runs.set(line.productId, [...(runs.get(line.productId) ?? []), line.review.id]);
        const ends: number[] = [];
        let text = '';
        for (const ids of runs.values()) {
          ends.push((text += ids.map((id) => `${id}\n`).join('')).length);
          longestRun = Math.max(longestRun, ids.length);
        }
        grouper.addRuns(
          [...runs.keys()],
          [...runs.values()].map((ids) => ids.length),
          ends,
          Buffer.from(text),
        );
      }
      const spills = grouper.spills;
      expect(groupsOf(grouper), `budget ${budget}`).toEqual(expected);
      expect(spills > 0, `budget ${budget}`).toBe(budget < 1e9);
    }
    expect(expected).toHaveLength(120);
    expect(longestRun).toBeGreaterThan(1);
  });
});

describe('runSummarize', () => {
  it("writes the engine's summary per product and a ratings index, from ungrouped input, byte for byte the same on a second run", async () => {
    const dir = tempDir();
    const lines = catalogue(40);
    writeShuffled(join(dir, 'reviews.ndjson'), lines);
    const out = join(dir, 'out');
    const report = await runSummarize({ input: join(dir, 'reviews.ndjson'), out, memoryMb: 0.01, ...quietly });
    expect(report).toMatchObject({ products: 40, summarized: 40, unchanged: 0, reviews: lines.length });

    const mine = lines.filter((l) => l.productId === 'product-7').map((l) => l.review);
    const written = JSON.parse(readFileSync(join(out, 'product-7.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(summarizeReviews(mine, summaryOptionsFromConfig(defaultConfig())))));
    const index = JSON.parse(readFileSync(join(out, 'ratings.json'), 'utf8'));
    expect(index.fields).toEqual(['average', 'checkedAverage', 'count', 'checkedCount']);
    expect(Object.keys(index.products)).toHaveLength(40);
    expect(index.products['product-7'][2]).toBe(written.total);
    expect(index.products['product-7'][0]).toBeLessThanOrEqual(written.rawAverage);
    expect(written.rawAverage - index.products['product-7'][0]).toBeLessThan(0.01);

    const before = Object.fromEntries(
      readdirSync(out)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f, readFileSync(join(out, f), 'utf8')]),
    );
    const again = join(dir, 'again');
    await runSummarize({ input: join(dir, 'reviews.ndjson'), out: again, ...quietly });
    for (const [file, text] of Object.entries(before)) expect(readFileSync(join(again, file), 'utf8'), file).toBe(text);
    expect(readdirSync(out).some((f) => f.includes('.tmp-') || f.startsWith('.candor-spill'))).toBe(false);
  });

  it('grouped input is read in pieces: a product over several 1 MB reads, blank lines and CRLF give what the ungrouped path gives', async () => {
    const dir = tempDir();
    const lines = catalogue(30, 3);
    // One product of 9,000 reviews (about 2 MB of lines): it spans three reads of the file.
    for (let r = 0; r < 9000; r++)
      lines.push({
        productId: 'product-big',
        review: { id: `big-${r}`, rating: 1 + (r % 5), createdAt: '2024-03-01', content: `Review ${r}: ${'warm and soft '.repeat(8)}` },
      });
    // Within a product, the ungrouped path keeps the shuffled file's order (the engine's output depends on order): so does this file.
    const shuffled = [...lines].sort((a, b) =>
      a.review.id.split('').reverse().join('') < b.review.id.split('').reverse().join('') ? -1 : 1,
    );
    const byProduct = shuffled.sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
    const text = byProduct.map((line, i) => JSON.stringify(line) + (i % 97 === 5 ? '\r\n\n  \n' : '\n')).join('');
    writeFileSync(
      join(dir, 'grouped.ndjson'),
      `${JSON.stringify({ candor: 'reviews', version: 1, grouped: true, ratingScale: 5 })}\n${text.trimEnd()}`,
    );
    writeShuffled(join(dir, 'ungrouped.ndjson'), lines);
    const grouped = await runSummarize({ input: join(dir, 'grouped.ndjson'), out: join(dir, 'grouped'), ...quietly });
    const ungrouped = await runSummarize({ input: join(dir, 'ungrouped.ndjson'), out: join(dir, 'ungrouped'), ...quietly });
    expect(grouped).toMatchObject({ products: 31, reviews: lines.length });
    expect(ungrouped).toMatchObject({ products: 31, reviews: lines.length });
    // Every file but the manifest, whose hashes are over each file's own bytes and order.
    for (const file of readdirSync(join(dir, 'ungrouped')).filter((f) => f.endsWith('.json') && !f.startsWith('.')))
      expect(readFileSync(join(dir, 'grouped', file), 'utf8'), file).toBe(readFileSync(join(dir, 'ungrouped', file), 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'grouped', 'product-big.json'), 'utf8')).total).toBe(9000);
  }, 120_000);

  it('skips unchanged products on a re-run, recomputes changed ones and removes products that are gone', async () => {
    const dir = tempDir();
    const lines = catalogue(30);
    writeShuffled(join(dir, 'reviews.ndjson'), lines);
    const out = join(dir, 'out');
    await runSummarize({ input: join(dir, 'reviews.ndjson'), out, ...quietly });
    const untouched = readFileSync(join(out, 'product-2.json'), 'utf8');

    const changed = lines
      .filter((l) => l.productId !== 'product-29')
      .map((l) => (l.review.id === 'p3-r0' ? { ...l, review: { ...l.review, rating: l.review.rating === 1 ? 5 : 1 } } : l));
    writeShuffled(join(dir, 'reviews.ndjson'), changed);
    const report = await runSummarize({ input: join(dir, 'reviews.ndjson'), out, ...quietly });
    expect(report).toMatchObject({ products: 29, summarized: 1, unchanged: 28, removed: 1 });
    expect(existsSync(join(out, 'product-29.json'))).toBe(false);
    expect(readFileSync(join(out, 'product-2.json'), 'utf8')).toBe(untouched);
    const index = JSON.parse(readFileSync(join(out, 'ratings.json'), 'utf8'));
    expect(index.products['product-29']).toBeUndefined();
    const product3 = JSON.parse(readFileSync(join(out, 'product-3.json'), 'utf8'));
    expect(index.products['product-3']).toEqual([
      Math.floor(product3.rawAverage * 100 + 1e-9) / 100,
      product3.adjustedAverage === null ? null : Math.floor(product3.adjustedAverage * 100 + 1e-9) / 100,
      product3.total,
      product3.trustedCount,
    ]);

    const forced = await runSummarize({ input: join(dir, 'reviews.ndjson'), out, force: true, ...quietly });
    expect(forced.summarized).toBe(29);
  });

  it('a changed store config recomputes every product', async () => {
    const dir = tempDir();
    writeShuffled(join(dir, 'reviews.ndjson'), catalogue(5));
    const out = join(dir, 'out');
    await runSummarize({ input: join(dir, 'reviews.ndjson'), out, ...quietly });
    writeFileSync(join(dir, 'candor.json'), JSON.stringify({ version: 1, reviews: { checks: { burst: { mode: 'off' } } } }));
    const report = await runSummarize({ input: join(dir, 'reviews.ndjson'), out, config: join(dir, 'candor.json'), ...quietly });
    expect(report.summarized).toBe(5);
  });

  it('shards cover every product exactly once and merge into the same ratings.json as one run', async () => {
    const dir = tempDir();
    writeShuffled(join(dir, 'reviews.ndjson'), catalogue(60));
    const whole = join(dir, 'whole');
    await runSummarize({ input: join(dir, 'reviews.ndjson'), out: whole, ...quietly });
    const sharded = join(dir, 'sharded');
    const counts: number[] = [];
    for (const k of [1, 2, 3])
      counts.push((await runSummarize({ input: join(dir, 'reviews.ndjson'), out: sharded, shard: `${k}/3`, ...quietly })).products);
    expect(counts.reduce((a, b) => a + b)).toBe(60);
    expect(Math.min(...counts)).toBeGreaterThan(5);
    expect(new Set(Array.from({ length: 60 }, (_, p) => shardOf(`product-${p}`, 3))).size).toBe(3);
    expect(() => mergeRatings(join(dir, 'nothing-here-yet'))).toThrow();
    expect(mergeRatings(sharded)).toEqual({ products: 60, shards: 3 });
    expect(readFileSync(join(sharded, 'ratings.json'), 'utf8')).toBe(readFileSync(join(whole, 'ratings.json'), 'utf8'));
    expect(readFileSync(join(sharded, 'product-11.json'), 'utf8')).toBe(readFileSync(join(whole, 'product-11.json'), 'utf8'));
  });

  it('refuses a bad --shard and a file that says it is grouped but is not', async () => {
    const dir = tempDir();
    await expect(runSummarize({ input: join(dir, 'x.ndjson'), out: dir, shard: '4/3', ...quietly })).rejects.toThrow(
      /expected k\/n with 1 <= k <= n/,
    );
    writeFileSync(
      join(dir, 'bad.ndjson'),
      [
        '{"candor":"reviews","version":1,"grouped":true}',
        ...['a', 'b', 'a'].map((p, i) => JSON.stringify({ productId: p, review: { id: String(i), rating: 4, createdAt: '2024-01-01' } })),
      ].join('\n'),
    );
    await expect(runSummarize({ input: join(dir, 'bad.ndjson'), out: join(dir, 'o'), ...quietly })).rejects.toThrow(
      /bad\.ndjson:4: product a appears again/,
    );
  });
});

describe('rating scales', () => {
  it('import writes its scale in the header; summarize refuses a config on another scale, and --rating-scale fixes it', async () => {
    const { runImport } = await import('../src/import/run.js');
    const { fixture } = await import('./helpers.js');
    const dir = tempDir();
    writeFileSync(join(dir, 'candor.json'), JSON.stringify({ version: 1, reviews: { ratingScale: 10 } }));
    await runImport({
      input: fixture('woocommerce-reviews.json'),
      from: 'woocommerce',
      out: join(dir, 'five'),
      quiet: true,
      log: () => {},
    });
    expect(readFileSync(join(dir, 'five/reviews.ndjson'), 'utf8').split('\n')[0]).toBe(
      '{"candor":"reviews","version":1,"grouped":true,"ratingScale":5}',
    );
    await expect(
      runSummarize({ input: join(dir, 'five/reviews.ndjson'), out: join(dir, 'out'), config: join(dir, 'candor.json'), ...quietly }),
    ).rejects.toThrow(/ratings on 1\.\.5 but the config's reviews\.ratingScale is 10: import again with --rating-scale 10/);
    await runImport({
      input: fixture('woocommerce-reviews.json'),
      from: 'woocommerce',
      out: join(dir, 'ten'),
      ratingScale: 10,
      quiet: true,
      log: () => {},
    });
    const ratings = readFileSync(join(dir, 'ten/reviews.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => JSON.parse(line).review.rating);
    expect(ratings).toEqual([1 + (3 * 9) / 4, 10]);
    const report = await runSummarize({
      input: join(dir, 'ten/reviews.ndjson'),
      out: join(dir, 'out'),
      config: join(dir, 'candor.json'),
      ...quietly,
    });
    expect(report.summarized).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out/ratings.json'), 'utf8')).ratingScale).toBe(10);
  });
});

describe('product ids that would escape the output folder', () => {
  it.each(['a/../../evil', '../evil', 'a//b', 'a/./b'])('import reports %s as a bad record; summarize refuses it', async (productId) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.jsonl'), JSON.stringify({ productId, review: { id: 'r1', rating: 4, createdAt: '2024-01-01' } }) + '\n');
    const { runImport } = await import('../src/import/run.js');
    const { report } = await runImport({
      input: join(dir, 'in.jsonl'),
      from: 'jsonl',
      out: join(dir, 'imported'),
      quiet: true,
      log: () => {},
    });
    expect(report.bad.total).toBe(1);
    expect(report.reviews).toBe(0);
    writeFileSync(join(dir, 'raw.ndjson'), JSON.stringify({ productId, review: { id: 'r1', rating: 4, createdAt: '2024-01-01' } }) + '\n');
    await expect(runSummarize({ input: join(dir, 'raw.ndjson'), out: join(dir, 'out'), ...quietly })).rejects.toThrow(/cannot name a file/);
    expect(existsSync(join(dir, 'evil.json'))).toBe(false);
  });
});

describe("the store config's product names", () => {
  it('never become a theme: the config names the product, and its name is not among the pros', async () => {
    const dir = tempDir();
    const texts = [
      'The Zephyr is great and the lid seals well.',
      'Love the Zephyr, the handle stays cool.',
      'The Zephyr is excellent, the spout pours cleanly.',
    ];
    const lines = Array.from({ length: 30 }, (_, i) => ({
      productId: 'zephyr-kettle',
      review: { id: `z${i}`, rating: 5, createdAt: `2024-03-${String(1 + (i % 27)).padStart(2, '0')}`, content: texts[i % 3]! },
    }));
    writeShuffled(join(dir, 'reviews.ndjson'), lines);
    const labels = async (config?: string) => {
      const out = join(dir, config ? 'named' : 'unnamed');
      await runSummarize({ input: join(dir, 'reviews.ndjson'), out, ...(config ? { config } : {}), ...quietly });
      const summary = JSON.parse(readFileSync(join(out, 'zephyr-kettle.json'), 'utf8'));
      return (summary.themes.pros as { label: string }[]).map((theme) => theme.label.toLowerCase());
    };
    const config = join(dir, 'candor.json');
    writeFileSync(
      config,
      JSON.stringify({ version: 1, store: { name: 'Test', currency: 'EUR' }, products: { 'zephyr-kettle': { name: 'Zephyr kettle' } } }),
    );
    // Control: without the name, reviews praising "the Zephyr" make it a pro.
    expect(await labels()).toContain('zephyr');
    expect(await labels(config)).not.toContain('zephyr');
  });
});
