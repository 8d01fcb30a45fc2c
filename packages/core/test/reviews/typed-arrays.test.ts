/**
 * The engine's typed arrays kept from call to call (typed-arrays.ts): a call's arrays never share
 * memory, the next call gets the same memory again, and what is kept stays bounded.
 */
import { describe, expect, it } from 'vitest';
import { generateReviewSet, summarizeReviews } from '../../src/index.js';
import '../../src/reviews/theme-finder.js';
import { kept, keepFromHere } from '../../src/reviews/typed-arrays.js';

describe('typed arrays kept from call to call', () => {
  it('gives one call arrays of their own, filled as asked, and the next call the same memory', () => {
    keepFromHere();
    const first = [kept(Int32Array, 100, 0), kept(Float64Array, 50, -1), kept(Uint8Array, 300, 7)];
    expect(Array.from(first[0]!)).toEqual(new Array(100).fill(0));
    expect(Array.from(first[1]!)).toEqual(new Array(50).fill(-1));
    expect(Array.from(first[2]!)).toEqual(new Array(300).fill(7));
    first[0]!.fill(5);
    expect(first[1]![0]).toBe(-1);
    expect(first[2]![0]).toBe(7);
    keepFromHere();
    const again = kept(Int32Array, 80);
    expect(again.buffer).toBe(first[0]!.buffer);
    expect(again.length).toBe(80);
    expect(again[0]).toBe(5); // without a fill, what the call before left
    // Another type at that place, or more elements than kept there: new memory.
    const other = kept(Int32Array, 60);
    expect(other).toBeInstanceOf(Int32Array);
    expect(other.buffer).not.toBe(first[1]!.buffer);
    const larger = kept(Uint8Array, 301);
    expect(larger.buffer).not.toBe(first[2]!.buffer);
  });

  it('keeps no array past 131,072 elements and no more than 64 arrays', () => {
    keepFromHere();
    const huge = kept(Int32Array, 200_000, 0);
    keepFromHere();
    expect(kept(Int32Array, 200_000, 0).buffer).not.toBe(huge.buffer);
    keepFromHere();
    const many = Array.from({ length: 70 }, () => kept(Int32Array, 32, 0));
    keepFromHere();
    const again = Array.from({ length: 70 }, () => kept(Int32Array, 32, 0));
    expect(again.slice(0, 64).every((array, k) => array.buffer === many[k]!.buffer)).toBe(true);
    expect(again.slice(64).some((array, k) => array.buffer === many[64 + k]!.buffer)).toBe(false);
  });

  it('leaves no kept array in a summary: a summary is the same after other products are summarized', () => {
    const products = [1, 2, 3].map((seed) => generateReviewSet({ seed, count: 60 }).reviews);
    const summaries = products.map((reviews) => summarizeReviews(reviews, { now: '2026-12-01' }));
    const before = summaries.map((summary) => JSON.stringify(summary));
    for (const reviews of [...products].reverse()) summarizeReviews(reviews, { now: '2026-12-01' });
    expect(summaries.map((summary) => JSON.stringify(summary))).toEqual(before);
    expect(products.map((reviews) => JSON.stringify(summarizeReviews(reviews, { now: '2026-12-01' })))).toEqual(before);
  });
});
