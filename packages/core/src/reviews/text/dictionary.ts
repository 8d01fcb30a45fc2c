/**
 * The words of one summarizeReviews call, each distinct word hash numbered once, so that what the
 * checks and the theme finder need to know about a word (its lexicon entries) is looked up once
 * per distinct word instead of once per occurrence. The table is open addressing over typed
 * arrays: a probe is a few integer operations and allocates nothing.
 *
 * A word id stands for a hash. Two different words with the same 32-bit hash are rare but
 * possible; `intern` tells them apart (it returns ~id for an occurrence whose text differs from
 * the id's first text), so no lexicon fact is ever attached to the wrong word.
 */
import { kept } from '../typed-arrays.js';
import { LATIN1_LOWER } from './scan.js';

const fold = (c: number) => (c === 0x2019 ? 0x27 : c);

export class WordDictionary<Facts> {
  /** Kept for as long as the module is loaded, so optimised code survives a full GC (see WordBuffer.keep). */
  static readonly keep = new WordDictionary<undefined>(() => undefined, 16);

  private keys: Int32Array;
  private slots: Int32Array;
  private mask: number;
  /** First raw text of each id (for callers that compare raw text). */
  readonly raw: string[] = [];
  /** Facts of each id's first text (`describe` must treat ’ as ', as WordTable lookups do). */
  readonly facts: Facts[] = [];

  constructor(
    private readonly describe: (word: string) => Facts,
    capacity = 256,
  ) {
    let size = 64;
    while (size < capacity * 2) size *= 2;
    this.keys = kept(Int32Array, size);
    this.slots = kept(Int32Array, size, 0);
    this.mask = size - 1;
  }

  /**
   * The id of the word lower[start, end) with hash `hash`: id when its text (’ folded to ') is the
   * id's text, ~id (negative) when only the hash is shared.
   */
  intern(hash: number, lower: string, start: number, end: number): number {
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= this.mask;
      const stored = this.slots[slot]!;
      if (stored === 0) break;
      if (this.keys[slot] === hash) {
        const id = stored - 1;
        const raw = this.raw[id]!;
        const length = end - start;
        if (raw.length === length) {
          let k = 0;
          while (k < length && fold(lower.charCodeAt(start + k)) === fold(raw.charCodeAt(k))) k++;
          if (k === length) return id;
        }
        return ~id;
      }
      slot++;
    }
    return this.add(slot, hash, lower.slice(start, end));
  }

  private add(slot: number, hash: number, raw: string): number {
    const id = this.raw.length;
    this.raw.push(raw);
    this.facts.push(this.describe(raw));
    this.keys[slot] = hash;
    this.slots[slot] = id + 1;
    if (id * 2 > this.mask) this.grow();
    return id;
  }

  /**
   * intern() of the word text[start, end) lower-cased, for text whose characters are all below
   * U+0100 (see scanLatin1): compared character by character through the Latin-1 lower-case
   * table, so no lower-case copy of the text is needed. Its probe loop repeats intern()'s on
   * purpose: one shared probe method measured about 10% slower on 10,000 reviews (main-thread CPU,
   * seven interleaved runs each), in the engine's hottest loop.
   */
  internLatin1(hash: number, text: string, start: number, end: number): number {
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= this.mask;
      const stored = this.slots[slot]!;
      if (stored === 0) break;
      if (this.keys[slot] === hash) {
        const id = stored - 1;
        const length = end - start;
        const raw = this.raw[id]!;
        if (raw.length !== length) return ~id;
        let k = 0;
        while (k < length && raw.charCodeAt(k) === LATIN1_LOWER[text.charCodeAt(start + k)]) k++;
        if (k === length) return id;
        // Latin-1 text has no ’, so only the stored text can need folding.
        while (k < length && fold(raw.charCodeAt(k)) === LATIN1_LOWER[text.charCodeAt(start + k)]) k++;
        return k === length ? id : ~id;
      }
      slot++;
    }
    return this.add(slot, hash, text.slice(start, end).toLowerCase());
  }

  private grow(): void {
    const keys = this.keys;
    const slots = this.slots;
    const size = keys.length * 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      if (slots[i] === 0) continue;
      let slot = Math.imul(keys[i]!, 0x9e3779b1) >>> 0;
      for (;;) {
        slot &= this.mask;
        if (this.slots[slot] === 0) break;
        slot++;
      }
      this.keys[slot] = keys[i]!;
      this.slots[slot] = slots[i]!;
    }
  }
}
