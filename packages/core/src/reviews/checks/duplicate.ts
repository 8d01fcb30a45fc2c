/**
 * Near-duplicate reviews: the same text posted again, lightly edited or not. Each review becomes
 * its set of 3-word shingles (ReviewMeta's "repeated substantial phrases of 3+ words"); two
 * reviews are copies when the Jaccard similarity of their sets reaches the threshold (0.8 by
 * default). Reviews shorter than `minWords` are never called copies: "Great product, fast
 * delivery" is common, not copied.
 *
 * Up to `exactLimit` eligible reviews (2,000 by default) the search is exact: every pair that could
 * reach the threshold is compared, found through prefix filtering (see below) instead of trying
 * all n² pairs. Above it, MinHash signatures
 * (one-permutation hashing with densification, 96 bins) go through LSH banding (16 bands of 6
 * rows: a pair at similarity 0.8 becomes a candidate with probability 0.992, at 0.9 with
 * 0.99999, at 0.5 with 0.22 and at 0.3 with 0.01, which keeps the candidate pairs few), and every
 * candidate pair is confirmed with the exact Jaccard, so LSH can only miss, not invent, a copy. Ratings are never read: a copied 1-star review is treated as a copied 5-star one.
 */

import { kept } from '../typed-arrays.js';

export const SHINGLE = 3;
const BANDS = 16;
const ROWS = 6;
const BINS = BANDS * ROWS;
const EMPTY = 0x7fffffff;
/** LSH buckets up to this size compare all their pairs; larger ones meet at most BUCKET_PIVOTS pivots per member. */
const BUCKET_PAIRS = 24;
const BUCKET_PIVOTS = 6;

/** Integer mixer (murmur3 finaliser): spreads shingle hashes before binning. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Every review's distinct shingles in one flat pool, built during the engine's word scan: review
 * i's set is pool[start[i], start[i] + size[i]) (size -1: too short to judge). A set is stored
 * unsorted (deduplicated through a small hash table instead of sorted: sorting every review's
 * shingles was the costliest part of the check) and sorted in place only when it must be merged
 * with another one (see similarity). Each set also gets two order-independent hashes, which group
 * exact copies without looking at the order of the shingles.
 */
export class ShingleSets {
  /** Kept for as long as the module is loaded, so optimised code survives a full GC (see WordBuffer.keep). */
  static readonly keep = new ShingleSets(0, 0);

  pool: Int32Array;
  used = 0;
  readonly start: Int32Array;
  readonly size: Int32Array;
  readonly hash1: Int32Array;
  readonly hash2: Int32Array;
  private readonly sorted: Uint8Array;
  /** Scratch hash table for deduplication; `stamps` tell this review's entries from older ones. */
  private keys = kept(Int32Array, 512);
  private stamps = kept(Int32Array, 512, 0);
  private stamp = 0;

  constructor(reviews: number, capacity: number) {
    this.pool = kept(Int32Array, Math.max(64, capacity));
    this.start = kept(Int32Array, reviews, 0);
    this.size = kept(Int32Array, reviews, -1);
    this.hash1 = kept(Int32Array, reviews, 0);
    this.hash2 = kept(Int32Array, reviews, 0);
    this.sorted = kept(Uint8Array, reviews, 0);
  }

  /** Stores the shingle set of review `i` from its `count` word hashes. */
  add(i: number, wordHashes: Int32Array, count: number): void {
    const n = Math.max(0, count - SHINGLE + 1);
    if (this.used + n > this.pool.length) {
      const next = new Int32Array(Math.max(this.pool.length * 2, this.used + n));
      next.set(this.pool.subarray(0, this.used));
      this.pool = next;
    }
    let tableSize = 64;
    while (tableSize < n * 2) tableSize *= 2;
    if (tableSize > this.keys.length) {
      this.keys = new Int32Array(tableSize);
      this.stamps = new Int32Array(tableSize);
      this.stamp = 0;
    }
    const mask = tableSize - 1;
    const keys = this.keys;
    const stamps = this.stamps;
    const stamp = ++this.stamp;
    const pool = this.pool;
    const at = this.used;
    let unique = 0;
    let h1 = 0;
    let h2 = 0;
    for (let k = 0; k < n; k++) {
      const x = shingleHash(wordHashes[k]!, wordHashes[k + 1]!, wordHashes[k + 2]!);
      let slot = x & mask;
      let known = false;
      while (stamps[slot] === stamp) {
        if (keys[slot] === x) {
          known = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (known) continue;
      stamps[slot] = stamp;
      keys[slot] = x;
      pool[at + unique++] = x;
      // Sums are order-independent; x is already mixed, so a cheap second transform will do.
      h1 = (h1 + x) | 0;
      h2 = (h2 + Math.imul(x ^ (x >>> 15), 0x2c1b3c6d)) | 0;
    }
    this.start[i] = at;
    this.size[i] = unique;
    this.hash1[i] = h1;
    this.hash2[i] = h2;
    this.used += unique;
  }

  /**
   * Review i's set in the pool, in no particular order until similarity() sorts it in place (most
   * sets are never compared with another, so most are never sorted).
   */
  setOf(i: number): Int32Array {
    return this.pool.subarray(this.start[i]!, this.start[i]! + this.size[i]!);
  }

  /** Jaccard similarity of the sets of reviews a and b (shared shingles over all distinct ones), merging their sorted sets. */
  similarity(a: number, b: number): number {
    this.sort(a);
    this.sort(b);
    const pool = this.pool;
    let i = this.start[a]!;
    let j = this.start[b]!;
    const endA = i + this.size[a]!;
    const endB = j + this.size[b]!;
    let shared = 0;
    while (i < endA && j < endB) {
      const x = pool[i]!;
      const y = pool[j]!;
      if (x === y) {
        shared++;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    const union = this.size[a]! + this.size[b]! - shared;
    return union === 0 ? 0 : shared / union;
  }

  private sort(i: number): void {
    if (this.sorted[i] === 1) return;
    this.sorted[i] = 1;
    const from = this.start[i]!;
    const to = from + this.size[i]!;
    const pool = this.pool;
    if (to - from > 64) {
      pool.subarray(from, to).sort();
      return;
    }
    // Insertion sort: for a review's few dozen shingles far cheaper than TypedArray#sort.
    for (let k = from + 1; k < to; k++) {
      const x = pool[k]!;
      let j = k - 1;
      while (j >= from && pool[j]! > x) {
        pool[j + 1] = pool[j]!;
        j--;
      }
      pool[j + 1] = x;
    }
  }
}

/** The hash of the shingle of three consecutive words. */
export function shingleHash(a: number, b: number, c: number): number {
  return mix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d) ^ 0x27d4eb2f);
}

export interface DuplicateInput {
  /** Shingle set per review (size -1 when the review is too short to judge). */
  sets: ShingleSets;
  /** Order of originality: the earlier review of a copied pair is the original. */
  created: number[];
  ids: string[];
}

/** This many copies of one text or more are a campaign: none of them is trusted. */
export const CAMPAIGN = 3;

export interface DuplicateHit {
  index: number;
  /** The earliest review of its pair, or -1 in a campaign (which has no original). */
  original: number;
  /** Every review of its group, oldest first (shared by the group's hits). */
  group: number[];
  /** The most similar other review and the similarity. */
  partner: number;
  similarity: number;
}

/** Every review that is a later copy of another, with its original, and every review of a campaign. */
export function findDuplicates(input: DuplicateInput, threshold: number, exactLimit: number): DuplicateHit[] {
  // Candidate search (identical sets, then exact or LSH) links pairs; grouping turns the links into hits.
  const pairs = new PairLinks(input.sets.size.length);
  const representatives = linkIdentical(input, pairs);
  if (representatives.length <= exactLimit) searchExact(input, representatives, threshold, pairs);
  else searchLsh(input, representatives, threshold, pairs);
  return groupHits(input, pairs);
}

/** The earlier review (then the smaller id): the original of a copied pair. */
const before = (input: DuplicateInput, a: number, b: number) =>
  input.created[a]! < input.created[b]! || (input.created[a] === input.created[b] && input.ids[a]! < input.ids[b]!);

/** The pairs found so far: groups of linked reviews (union-find) and each review's most similar partner. */
class PairLinks {
  readonly parent: Int32Array;
  readonly best: Float64Array;
  readonly partner: Int32Array;

  constructor(n: number) {
    this.parent = kept(Int32Array, n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.best = kept(Float64Array, n, 0);
    this.partner = kept(Int32Array, n, -1);
  }

  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  }

  link(a: number, b: number, similarity: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
    if (similarity > this.best[a]!) {
      this.best[a] = similarity;
      this.partner[a] = b;
    }
    if (similarity > this.best[b]!) {
      this.best[b] = similarity;
      this.partner[b] = a;
    }
  }

  /** Links the pair when its similarity reaches the threshold. */
  compare(sets: ShingleSets, a: number, b: number, threshold: number): void {
    const similarity = sets.similarity(a, b);
    if (similarity >= threshold) this.link(a, b, similarity);
  }
}

/**
 * Identical shingle sets first, in one pass: a thousand copies of one text must not become a
 * million pair comparisons. Links each copy to the first review with its set; returns the
 * reviews left for the search (one per distinct set, plus hash collisions).
 */
function linkIdentical(input: DuplicateInput, pairs: PairLinks): number[] {
  const { sets } = input;
  const sizes = sets.size;
  const n = sizes.length;
  const bySignature = new SignatureTable(n);
  const representatives: number[] = [];
  for (let i = 0; i < n; i++) {
    if (sizes[i]! <= 0) continue;
    const first = bySignature.firstWith(sets.hash1[i]!, sets.hash2[i]!, sizes[i]!, i);
    if (first === i) representatives.push(i);
    else if (sizes[i] === sizes[first] && sets.similarity(i, first) === 1) pairs.link(i, first, 1);
    else representatives.push(i);
  }
  return representatives;
}

/** Candidate search, exact: every pair of representatives that could reach the threshold is compared. */
function searchExact(input: DuplicateInput, representatives: readonly number[], threshold: number, pairs: PairLinks): void {
  const { sets } = input;
  const { pool, start } = sets;
  const sizes = sets.size;
  // Exact, with prefix filtering (Chaudhuri et al.; PPJoin): order shingles rare-first; two sets
  // with Jaccard >= t must share one of the first |x| - ceil(t|x|) + 1 shingles of each, so only
  // pairs sharing such a prefix shingle are compared. No pair that reaches t is ever skipped, in
  // whatever order shingles of the same count are put (here: the order they are first met).
  let total = 0;
  let largest = 0;
  for (const i of representatives) {
    total += sizes[i]!;
    largest = Math.max(largest, sizes[i]!);
  }
  const reps = representatives.length;
  // Shingles are numbered in the order they are first met, through an open-addressing table that
  // holds each slot's shingle and number + 1 (0: empty) side by side, so a probe reads one cache
  // line. A shingle is already a mixed hash (shingleHash): its low bits choose the slot as they
  // are. The table starts small and doubles at half full: reviews of one product share most of
  // their shingles, and a table sized for every shingle of 2,000 reviews (megabytes, cleared on
  // each call) missed the cache on most probes.
  let size = 64;
  while (size < total * 2 && size < 8192) size *= 2;
  let slots = kept(Int32Array, size * 2, 0);
  let distinct = 0;
  const frequency = kept(Int32Array, total, 0);
  // Each shingle's number, then its rank, kept by its place in the pool. The places hold: a set
  // is sorted in place only by a comparison, which comes after its ranks are read.
  const numbers = kept(Int32Array, sets.used);
  for (const i of representatives) {
    for (let at = start[i]!; at < start[i]! + sizes[i]!; at++) {
      const h = pool[at]!;
      let slot = (h & (size - 1)) << 1;
      while (slots[slot + 1] !== 0 && slots[slot] !== h) slot = (slot + 2) & (size * 2 - 2);
      let number = slots[slot + 1]! - 1;
      if (number < 0) {
        slots[slot] = h;
        slots[slot + 1] = (number = distinct++) + 1;
        if (distinct * 2 > size) slots = rehashed(slots, (size *= 2));
      }
      frequency[(numbers[at] = number)]!++;
    }
  }
  // Rarity ranks by one counting sort: by count (1 up to one per set), then by number. The
  // shingles no other set has take the ranks below `unshared`.
  const byCount = kept(Int32Array, reps + 2, 0);
  for (let s = 0; s < distinct; s++) byCount[frequency[s]! + 1]!++;
  for (let c = 1; c <= reps; c++) byCount[c]! += byCount[c - 1]!;
  const unshared = byCount[2]!;
  for (let s = 0; s < distinct; s++) frequency[s] = byCount[frequency[s]!]!++;
  // Sets by size (a counting sort, stable: representatives come in review order).
  const bySize = kept(Int32Array, largest + 2, 0);
  for (const i of representatives) bySize[sizes[i]! + 1]!++;
  for (let s = 1; s <= largest; s++) bySize[s]! += bySize[s - 1]!;
  const ordered = kept(Int32Array, reps);
  for (const i of representatives) ordered[bySize[sizes[i]!]!++] = i;
  // Each set's prefix: its `prefix` rarest ranks, kept by insertion (most ranks are larger than
  // the kept ones, so this beats sorting the set), one set after another in size order.
  const prefixes = kept(Int32Array, total);
  // The posting list of each shared shingle (rank - unshared) lies in `postings` from
  // starts[r] (first counted, then laid out one after another); ends[r] is where the next entry goes.
  const shared = distinct - unshared;
  const starts = kept(Int32Array, shared + 1, 0);
  let used = 0;
  for (const a of ordered) {
    const length = sizes[a]!;
    const prefix = length - Math.ceil(threshold * length) + 1;
    let held = 0;
    for (let k = start[a]!; k < start[a]! + length; k++) {
      const rank = frequency[numbers[k]!]!;
      if (held === prefix && rank >= prefixes[used + held - 1]!) continue;
      let j = used + (held < prefix ? held++ : held - 1);
      while (j > used && prefixes[j - 1]! > rank) {
        prefixes[j] = prefixes[j - 1]!;
        j--;
      }
      prefixes[j] = rank;
    }
    // A shingle of no other set leads to no pair: no posting list for it.
    for (let k = used; k < used + prefix; k++) if (prefixes[k]! >= unshared) starts[prefixes[k]! - unshared + 1]! += 2;
    used += prefix;
  }
  for (let r = 1; r <= shared; r++) starts[r]! += starts[r - 1]!;
  const ends = kept(Int32Array, shared);
  ends.set(starts.subarray(0, shared));
  // Each set in a list is followed by the shingle's place in that set's order.
  const postings = kept(Int32Array, starts[shared]!);
  const seen = kept(Int32Array, sizes.length, -1);
  used = 0;
  for (const a of ordered) {
    const length = sizes[a]!;
    const prefix = length - Math.ceil(threshold * length) + 1;
    for (let k = 0; k < prefix; k++) {
      const r = prefixes[used + k]! - unshared;
      if (r < 0) continue;
      for (let e = starts[r]!; e < ends[r]!; e += 2) {
        const b = postings[e]!;
        if (seen[b] === a) continue;
        seen[b] = a;
        // b is no larger than a (sorted by size): skip when too small to reach the threshold, or
        // when too few shingles are left from this one on (PPJoin's positional filter): it is the
        // first shingle the two share in the order (an earlier shared one would lie in both
        // prefixes and have paired them already), so they share at most the shorter tail.
        const most = Math.min(length - k, sizes[b]! - postings[e + 1]!);
        if (sizes[b]! >= threshold * length && most / (length + sizes[b]! - most) >= threshold) pairs.compare(sets, a, b, threshold);
      }
      postings[ends[r]!++] = a;
      postings[ends[r]!++] = k;
    }
    used += prefix;
  }
}

/** The numbering table of searchExact moved into one of `size` slots. */
function rehashed(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(size * 2);
  for (let at = 0; at < old.length; at += 2) {
    if (old[at + 1] === 0) continue;
    let slot = (old[at]! & (size - 1)) << 1;
    while (slots[slot + 1] !== 0) slot = (slot + 2) & (size * 2 - 2);
    slots[slot] = old[at]!;
    slots[slot + 1] = old[at + 1]!;
  }
  return slots;
}

/** Candidate search, LSH: pairs that share a band of their MinHash signatures are compared. */
function searchLsh(input: DuplicateInput, representatives: readonly number[], threshold: number, pairs: PairLinks): void {
  const { sets } = input;
  const sizes = sets.size;
  /**
   * LSH candidates: a pair already in one group is not compared again (a pair shares up to 16
   * buckets, and no pair set is kept: 10,000 templated reviews made 50 million of them). True when
   * the pair is (now) in one group.
   */
  const compareUnlinked = (a: number, b: number) => {
    if (pairs.find(a) === pairs.find(b)) return true;
    const small = Math.min(sizes[a]!, sizes[b]!);
    const large = Math.max(sizes[a]!, sizes[b]!);
    if (small >= threshold * large) pairs.compare(sets, a, b, threshold);
    return pairs.find(a) === pairs.find(b);
  };
  // Every (review, band) entry is bucketed by its band hash. Not a Map of arrays (16 small
  // arrays per review) and not one big table (a cache miss per entry): entries are first
  // partitioned by the top bits of their hash (a stable counting sort), then each partition
  // goes through a small open-addressing table that stays in cache. A bucket is a chain of
  // entries in entry order; buckets are visited in the order of their first entry, the order
  // the candidate pairs were always compared in.
  const reps = representatives.length;
  const entries = reps * BANDS;
  const hashes = new Int32Array(entries);
  const signature = new Int32Array(BINS);
  for (let p = 0; p < reps; p++) {
    const r = representatives[p]!;
    minhash(sets.pool, sets.start[r]!, sizes[r]!, signature);
    // A band's rows are folded with one multiply each and mixed once at the end (a full mix
    // per row, 96 per review, cost as much as the signature itself). A band hash only has to
    // tell bands apart: the order candidates are compared in never depends on its value.
    for (let band = 0; band < BANDS; band++) {
      let h = Math.imul(band + 1, 0x9e3779b1);
      for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signature[band * ROWS + r]!, 0x01000193);
      hashes[p * BANDS + band] = mix(h);
    }
  }
  let bits = 0;
  while (bits < 16 && entries >> bits > 2048) bits++;
  const parts = 1 << bits;
  const partOf = (h: number) => (bits === 0 ? 0 : h >>> (32 - bits));
  const starts = new Int32Array(parts + 1);
  for (let e = 0; e < entries; e++) starts[partOf(hashes[e]!) + 1]!++;
  let largest = 0;
  for (let q = 0; q < parts; q++) {
    largest = Math.max(largest, starts[q + 1]!);
    starts[q + 1]! += starts[q]!;
  }
  const order = new Int32Array(entries);
  const fill = starts.slice(0, parts);
  for (let e = 0; e < entries; e++) order[fill[partOf(hashes[e]!)]!++] = e;
  let size = 64;
  while (size < largest * 2) size *= 2;
  const mask = size - 1;
  // Per slot, side by side: hash, first entry + 1 (0: empty), last entry.
  const table = new Int32Array(size * 4);
  const next = new Int32Array(entries).fill(-1);
  const shared: number[] = [];
  for (let q = 0; q < parts; q++) {
    table.fill(0);
    for (let k = starts[q]!; k < starts[q + 1]!; k++) {
      const entry = order[k]!;
      const h = hashes[entry]!;
      let at = (h & mask) << 2; // the top bits chose the part, the low bits the slot
      while (table[at + 1] !== 0 && table[at] !== h) at = (at + 4) & (mask << 2);
      if (table[at + 1] === 0) {
        table[at] = h;
        table[at + 1] = entry + 1;
      } else {
        const last = table[at + 2]!;
        next[last] = entry;
        if (last === table[at + 1]! - 1) shared.push(last);
      }
      table[at + 2] = entry;
    }
  }
  shared.sort((x, y) => x - y);
  const members: number[] = [];
  const pivots: number[] = [];
  for (const head of shared) {
    members.length = 0;
    for (let entry = head; entry !== -1; entry = next[entry]!) members.push(representatives[(entry / BANDS) | 0]!);
    if (members.length <= BUCKET_PAIRS) {
      for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) compareUnlinked(members[x]!, members[y]!);
      continue;
    }
    // A huge bucket (a campaign, or a template filled in thousands of times) is read as one
    // cluster: each member meets a few pivots, never every other member, so the search stays
    // linear. Members are taken oldest first so the outcome does not depend on input order.
    members.sort((a, b) => (before(input, a, b) ? -1 : 1));
    pivots.length = 0;
    for (const member of members) {
      let linked = false;
      for (const pivot of pivots) if (compareUnlinked(member, pivot)) linked = true;
      if (!linked && pivots.length < BUCKET_PIVOTS) pivots.push(member);
    }
  }
}

/** Grouping: the linked reviews as hits, each with its group, its original and its closest partner. */
function groupHits(input: DuplicateInput, pairs: PairLinks): DuplicateHit[] {
  const n = input.sets.size.length;
  const { partner, best } = pairs;
  // A pair keeps its earlier review (then the smaller id) as the original; three or more copies of
  // one text are a campaign, which has no original: every copy is a hit.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (partner[i] === -1) continue;
    const root = pairs.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  const hits: DuplicateHit[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => (before(input, a, b) ? -1 : 1));
    const campaign = group.length >= CAMPAIGN;
    for (let k = campaign ? 0 : 1; k < group.length; k++) {
      const i = group[k]!;
      hits.push({ index: i, original: campaign ? -1 : group[0]!, partner: partner[i]!, similarity: best[i]!, group });
    }
  }
  return hits.sort((x, y) => x.index - y.index);
}

/**
 * Reviews grouped by the two order-independent hashes and the size of their shingle set.
 */
class SignatureTable {
  /** Kept for as long as the module is loaded, so optimised code survives a full GC (see WordBuffer.keep). */
  static readonly keep = new SignatureTable(0);

  private readonly h1s: Int32Array;
  private readonly h2s: Int32Array;
  private readonly sizes: Int32Array;
  private readonly firsts: Int32Array;
  private readonly mask: number;

  constructor(n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.h1s = kept(Int32Array, size, 0);
    this.h2s = kept(Int32Array, size, 0);
    this.sizes = kept(Int32Array, size, 0);
    this.firsts = kept(Int32Array, size, -1);
    this.mask = size - 1;
  }

  /** The first review whose set has these hashes and size; `index` itself when it is the first. */
  firstWith(h1: number, h2: number, size: number, index: number): number {
    let slot = mix(h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    for (;;) {
      const first = this.firsts[slot]!;
      if (first === -1) {
        this.h1s[slot] = h1;
        this.h2s[slot] = h2;
        this.sizes[slot] = size;
        this.firsts[slot] = index;
        return index;
      }
      if (this.h1s[slot] === h1 && this.h2s[slot] === h2 && this.sizes[slot] === size) return first;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Each bin's fixed probe sequence for densification, computed once: PROBES[bin * 64 + attempt]. */
const PROBES = new Uint8Array(BINS * 64);
for (let b = 0; b < BINS; b++)
  for (let attempt = 1; attempt < 64; attempt++) PROBES[b * 64 + attempt] = (mix(Math.imul(b + 1, 0x9e3779b1) ^ attempt) >>> 0) % BINS;

/**
 * One-permutation MinHash: each shingle lands in one of the bins, keeping the bin's minimum. Short
 * reviews leave bins empty; each empty bin borrows from a bin chosen by a fixed probe sequence of
 * its own (Shrivastava's "optimal densification"), so two reviews agree on an empty bin only as
 * often as they agree on a random filled one.
 */
function minhash(pool: Int32Array, from: number, size: number, out: Int32Array): void {
  out.fill(EMPTY);
  for (let i = from; i < from + size; i++) {
    const h = mix(pool[i]! ^ 0x5bd1e995) >>> 0;
    const bin = h % BINS;
    const value = (h / BINS) | 0;
    if (value < out[bin]!) out[bin] = value;
  }
  for (let b = 0; b < BINS; b++) {
    if (out[b] !== EMPTY) continue;
    for (let attempt = 1; attempt < 64; attempt++) {
      const probe = PROBES[b * 64 + attempt]!;
      const source = out[probe]!;
      if (source !== EMPTY && source >= 0) {
        // Borrowed values are made negative so they never serve as a source themselves.
        out[b] = -1 - ((source + attempt * 0x1000000) & 0x3fffffff);
        break;
      }
    }
  }
}
