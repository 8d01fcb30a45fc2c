/**
 * The plain forms of the near-duplicate check's sets, which the engine's pooled and unsorted
 * ShingleSets are tested against: a review's sorted, distinct shingle hashes, and the Jaccard
 * similarity of two such sets.
 */
import { SHINGLE, shingleHash } from '../../src/reviews/checks/duplicate.js';

export function shingleSet(wordHashes: Int32Array, count: number): Int32Array {
  const n = Math.max(0, count - SHINGLE + 1);
  const hashes = Int32Array.from({ length: n }, (_, i) => shingleHash(wordHashes[i]!, wordHashes[i + 1]!, wordHashes[i + 2]!)).sort();
  return hashes.filter((hash, i) => i === 0 || hash !== hashes[i - 1]);
}

export function jaccard(a: Int32Array, b: Int32Array): number {
  const shared = a.filter((hash) => b.includes(hash)).length;
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
