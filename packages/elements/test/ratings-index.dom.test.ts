import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexFaultText } from '../src/ratings-index.faults.js';
import { ratingsFor, readIndex } from '../src/ratings-index.js';
import { stubFetch } from './support/dom.js';
import { resetCandor } from './support/reset.js';

const serve = (body: unknown) => stubFetch(() => new Response(JSON.stringify(body)));
const index = (products: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: 1,
  ratingScale: 5,
  products,
  ...extra,
});
const read = (productId: string) => ratingsFor('/ratings.json', productId, { timeoutMs: 2000 });

beforeEach(() => resetCandor());
afterEach(() => vi.unstubAllGlobals());

describe('ratingsFor', () => {
  it("reads a listed product's figures; an unlisted one is undefined, never a guess", async () => {
    serve(index({ a: [4.38, 4.12, 212, 180], b: [null, null, 0, 0] }));
    expect(await read('a')).toEqual({ rating: 4.38, checked: 4.12, count: 212, checkedCount: 180, scale: 5 });
    expect(await read('b')).toEqual({ rating: null, checked: null, count: 0, checkedCount: 0, scale: 5 });
    expect(await read('toString')).toBeUndefined();
    expect(await read('zzz')).toBeUndefined();
  });

  it.each([
    [{ products: {} }, /expected \{ "version": 1/],
    [index({ a: [4.1, 4, 10] }), /must be \[average, checkedAverage, count, checkedCount\]/],
    [index({ a: [6, 4, 10, 9] }), /average outside 0\.\.5/],
    [index({ a: [4, 4, 10, 11] }), /counts that do not add up/],
    [index({ a: [4, 4, 10.5, 9] }), /counts that do not add up/],
  ])('refuses a file that is not an index (%#) with one sentence', async (body, message) => {
    serve(body);
    await expect(read('a')).rejects.toThrow(message);
  });
});

describe('readIndex (the listing badge reads the index without the sentences)', () => {
  it.each([
    [{ products: {} }, ['version']],
    [{ version: 1, products: null }, ['products']],
    [index({ a: [4.1, 4, 10] }), ['entry', 5]],
    [index({ a: [6, 4, 10, 9] }, { ratingScale: 5 }), ['figures', 5]],
    [index({ a: [4, 4, 10, 11] }, { ratingScale: 7 }), ['figures', 7]],
  ])('returns the fault (%#), the one ratingsFor puts in words', async (body, fault) => {
    expect(readIndex(body, 'a')).toEqual(fault);
    serve(body);
    await expect(read('a')).rejects.toThrow(indexFaultText('/ratings.json', 'a', ...(fault as [never, number?])));
  });

  it('reads figures and unlisted products as ratingsFor does', () => {
    expect(readIndex(index({ a: [4.38, 4.12, 212, 180] }), 'a')).toEqual({
      rating: 4.38,
      checked: 4.12,
      count: 212,
      checkedCount: 180,
      scale: 5,
    });
    expect(readIndex(index({}), 'toString')).toBeUndefined();
  });
});
