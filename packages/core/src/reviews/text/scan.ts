/**
 * Word scanning for the hot loops. Every review is read once per pass with charCodeAt, and each
 * word becomes a 32-bit FNV-1a hash plus its offsets in reusable typed arrays, so the checks and
 * the theme finder look words up without allocating a string per word. Lexicon lookups verify a
 * hash hit against the real word, so a hash collision can never invent a match.
 */

/** FNV-1a over a string that is already lower-case, with ’ folded to '. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c === 0x2019) c = 0x27;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/**
 * True for characters that are part of a word: ASCII letters and digits, and letters outside
 * ASCII (Latin-1 and beyond), but not the general punctuation, CJK punctuation and fullwidth
 * punctuation blocks, nor × and ÷. Text is lower-cased before scanning.
 */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // emoji halves: not words
  return true;
}

/** isWordChar for U+0000..U+00FF, as a table. */
const LATIN1_WORD = new Uint8Array(256);
for (let c = 0; c < 256; c++) LATIN1_WORD[c] = isWordChar(c) ? 1 : 0;

/**
 * toLowerCase for U+0000..U+00FF, as a table: A-Z and À-Þ (but not ×) move up by 0x20, the rest
 * stay. Within Latin-1, lower-casing maps one character to one, so text made only of these
 * characters can be scanned in its original case, as its lower-case form would be.
 */
export const LATIN1_LOWER = new Uint16Array(256);
for (let c = 0; c < 256; c++) LATIN1_LOWER[c] = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 0x20 : c;

/**
 * What scanLatin1 needs to know of any UTF-16 unit in one read: the lower-case character for a
 * Latin-1 word character, MARK for a character the sentence splitter stops at (. ! ? line feed,
 * carriage return, next line), 0 for other Latin-1 characters, -1 from U+0100 up (128 KB, most
 * of which is never touched).
 */
const LATIN1_CLASS = new Int16Array(0x10000).fill(-1);
const MARK = -2;
for (let c = 0; c < 256; c++) LATIN1_CLASS[c] = LATIN1_WORD[c] === 1 ? LATIN1_LOWER[c]! : 0;
for (const c of [0x2e, 0x21, 0x3f, 0x0a, 0x0d, 0x85]) LATIN1_CLASS[c] = MARK;

/** Reusable scratch buffers; one scan at a time (the engine is synchronous). */
export class WordBuffer {
  /**
   * One instance kept for as long as the module is loaded. V8 forgets the hidden class of a class
   * whose instances are all gone at a full GC, and then throws away every function optimised for
   * it ("deoptimizing ... reason: weak objects"): the next call ran its hottest loops unoptimised
   * while they were compiled again (50 to 80 ms of main-thread time on 10,000 reviews after each
   * full GC of the benchmark). A page that summarizes again after a GC pays the same.
   * The engine's word scan and the theme finder also scan into it (one at a time: the engine is
   * synchronous), so a call of the engine allocates no buffers of its own (a catalogue has
   * thousands of small products, for which those allocations were a tenth of the time).
   */
  static readonly keep = new WordBuffer();

  starts = new Int32Array(512);
  ends = new Int32Array(512);
  hashes = new Int32Array(512);
  /** Where scanLatin1 met . ! ? or a line break (offset added), for the sentence splitter. */
  marks = new Int32Array(64);
  markCount = 0;

  grow(): void {
    const size = this.starts.length * 2;
    const next = (old: Int32Array) => {
      const array = new Int32Array(size);
      array.set(old);
      return array;
    };
    this.starts = next(this.starts);
    this.ends = next(this.ends);
    this.hashes = next(this.hashes);
  }

  growMarks(): void {
    const marks = new Int32Array(this.marks.length * 2);
    marks.set(this.marks);
    this.marks = marks;
  }

  /**
   * Scans `lower` (lower-cased text) from `from` to `to`. An apostrophe inside a word stays part
   * of it ("don't", "l'article"); hyphens split words.
   */
  scan(lower: string, from = 0, to = lower.length): number {
    let starts = this.starts;
    let ends = this.ends;
    let hashes = this.hashes;
    let count = 0;
    let i = from;
    while (i < to) {
      let c = lower.charCodeAt(i);
      if (c < 256 ? LATIN1_WORD[c] === 0 : !isWordChar(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5;
      for (;;) {
        h = Math.imul(h ^ c, 0x01000193);
        i++;
        if (i >= to) break;
        c = lower.charCodeAt(i);
        if (c < 256 ? LATIN1_WORD[c] === 1 : isWordChar(c)) continue;
        // An apostrophe inside a word is part of it, hashed as ' whichever one it is.
        if ((c === 0x27 || c === 0x2019) && i + 1 < to && isWordChar(lower.charCodeAt(i + 1))) {
          c = 0x27;
          continue;
        }
        break;
      }
      if (count === starts.length) {
        this.grow();
        starts = this.starts;
        ends = this.ends;
        hashes = this.hashes;
      }
      starts[count] = start;
      ends[count] = i;
      hashes[count] = h | 0;
      count++;
    }
    return count;
  }
}

/**
 * WordBuffer.scan of `text.toLowerCase()`, read from `text` itself (no lower-case copy is made),
 * for text whose characters are all below U+0100; the words are added after the first `count`
 * ones, with their offsets moved by `offset`. Returns the new count, or -1 when the text has a
 * character from U+0100 up (its lower case can differ in length, ’ is folded to ', ...): the
 * caller then scans the lower-case text with scan(). On the way, the positions of the characters
 * the sentence splitter stops at are added to `buffer.marks` (see appendSentences).
 * Its word loop repeats WordBuffer.scan's on purpose: this is the engine's hottest loop, and each
 * copy reads its own character table.
 */
export function scanLatin1(buffer: WordBuffer, text: string, offset: number, count: number): number {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let lower = LATIN1_CLASS[text.charCodeAt(i)]!;
    if (lower <= 0) {
      if (lower === MARK) {
        if (buffer.markCount === buffer.marks.length) buffer.growMarks();
        buffer.marks[buffer.markCount++] = i + offset;
      } else if (lower < 0) return -1;
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    for (;;) {
      h = Math.imul(h ^ lower, 0x01000193);
      i++;
      if (i >= n) break;
      lower = LATIN1_CLASS[text.charCodeAt(i)]!;
      if (lower > 0) continue;
      // An apostrophe inside a word is part of it.
      if (lower === 0 && text.charCodeAt(i) === 0x27 && i + 1 < n && LATIN1_CLASS[text.charCodeAt(i + 1)]! > 0) {
        lower = 0x27;
        continue;
      }
      break;
    }
    if (count === buffer.starts.length) buffer.grow();
    buffer.starts[count] = start + offset;
    buffer.ends[count] = i + offset;
    buffer.hashes[count] = h | 0;
    count++;
  }
  return count;
}

/** A lookup table from words to values, keyed by hash, verified against the word on a hit. */
export class WordTable<V> {
  private readonly table = new Map<number, { word: string; value: V }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [word, value] of entries) {
      const key = word.toLowerCase().replace(/’/g, "'");
      const h = hashWord(key);
      const bucket = this.table.get(h);
      if (bucket) bucket.push({ word: key, value });
      else this.table.set(h, [{ word: key, value }]);
    }
  }

  /** The value for the word at lower[start, end) whose hash is `hash`, if any. */
  get(hash: number, lower: string, start: number, end: number): V | undefined {
    const bucket = this.table.get(hash);
    if (bucket === undefined) return undefined;
    for (const entry of bucket) {
      if (entry.word.length !== end - start) continue;
      let same = true;
      for (let k = 0; k < entry.word.length; k++) {
        let c = lower.charCodeAt(start + k);
        if (c === 0x2019) c = 0x27;
        if (c !== entry.word.charCodeAt(k)) {
          same = false;
          break;
        }
      }
      if (same) return entry.value;
    }
    return undefined;
  }

  /** The value for a whole word (lower-case), if any. */
  lookup(word: string): V | undefined {
    const h = hashWord(word);
    return this.table.has(h) ? this.get(h, word, 0, word.length) : undefined;
  }
}

/**
 * A global regex whose source began with a zero-width assertion, compiled without it, plus the
 * assertion as a sticky regex. V8 tries a leading look-behind at every position of the text, which
 * made these patterns several times slower; a search for the rest, with the assertion checked
 * where a match starts (and the search resumed one position later when it fails), finds exactly
 * the matches of the original pattern, in the same order.
 */
export interface GuardedPattern {
  readonly pattern: RegExp;
  readonly guard: RegExp | null;
}

/**
 * Compiled on first use, not when the module loads: with their Unicode letter classes the text
 * patterns took about 35 ms of main-thread time to build (one task, on every page that loads the
 * engine), and most of them (other languages' incentive phrases) are never needed on a page.
 */
export function guarded(source: string, assertion: string): GuardedPattern {
  let pattern: RegExp | undefined;
  let guard: RegExp | null = null;
  const compile = (): RegExp => {
    const split = source.startsWith(assertion);
    pattern = new RegExp(split ? source.slice(assertion.length) : source, 'gu');
    if (split) guard = new RegExp(assertion, 'uy');
    return pattern;
  };
  return {
    get pattern() {
      return pattern ?? compile();
    },
    get guard() {
      if (pattern === undefined) compile();
      return guard;
    },
  };
}

/** The next match of `p.pattern` from its lastIndex, as the original pattern would find it. */
export function execGuarded(p: GuardedPattern, text: string): RegExpExecArray | null {
  for (;;) {
    const match = p.pattern.exec(text);
    if (match === null || p.guard === null) return match;
    p.guard.lastIndex = match.index;
    if (p.guard.test(text)) return match;
    p.pattern.lastIndex = nextCodePoint(text, match.index);
  }
}

/**
 * Where to search again after a rejected match at `index`: one whole code point on. With the `u`
 * flag, V8 moves a lastIndex that points between the halves of a surrogate pair back to the pair's
 * start, so `index + 1` after an emoji would find the same match forever.
 */
export function nextCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index + (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1);
}
