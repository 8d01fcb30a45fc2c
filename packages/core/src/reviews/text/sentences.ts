/**
 * Sentence splitting. Intl.Segmenter is the splitter of record: it implements Unicode's sentence
 * rules (UAX #29) for every script and language. In V8 it costs about 14 µs per review, three
 * times the whole engine's budget for 10,000 reviews, so a cheap pre-filter reads each text once
 * first: when every sentence end in it is one whose outcome UAX #29 fixes beyond doubt ("." "!"
 * or "?", optional closing quotes or brackets, spaces, then an ASCII capital; a line break; the
 * end of the text; a full stop inside "2.5" or "e.g"), it returns the bounds the rules give,
 * which are Segmenter's bounds. Anything else in the text (other scripts, other sentence
 * punctuation, a lower-case letter, digit or dash after a sentence end, a carriage return, ...)
 * sends the whole text to Intl.Segmenter. A test compares both on generated reviews and on
 * random strings of the tricky characters.
 */

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;
const isNewline = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
/** Sentence_Break=Close among ASCII: " ' ( ) [ ] { } */
const isAsciiClose = (c: number) =>
  c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;

const segmenters = new Map<string, Intl.Segmenter>();
/** How many segmenters are kept (for the test that the cache stays small). */
export const segmenterCount = (): number => segmenters.size;

/**
 * One segmenter per language, keyed by the primary language subtag ("de" for "de-CH"): the key
 * comes from each review's `locale`, so keying by the whole string let a feed of made-up locales
 * grow the cache without bound. Sentence rules do not differ between regions of one language.
 */
function segmenterFor(tag: string): Intl.Segmenter | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  const primary = /^[a-z]{2,3}(?=$|[-_])/i.exec(tag)?.[0].toLowerCase();
  const locale = primary && (segmenters.has(primary) || segmenters.size < 200) ? primary : 'en';
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Languages whose sentence rules in ICU are the plain UAX #29 ones for the text the pre-filter
 * accepts (checked by the test). Greek, for one, ends questions with ";", so it is not here.
 */
const PLAIN_LOCALE = /^(?:en|de|fr|es|it|nl|pt)(?:[-_]|$)/i;

/** Characters the loop in fastSplit does something for: . ! ? and the line breaks LF and CR. */
const SPECIAL = /[.!?\n\r]/g;
/**
 * Characters the loop refuses or must look at one by one (NEL, anything from U+0250 except
 * general punctuation that is not a terminal or separator, and U+FE0F; surrogates included).
 */
const NEEDS_CHARACTER_LOOP = /[\x85\u0250-\u1fff\u2024\u2028\u2029\u203c\u203d\u2047-\u2049\u2070-\ufe0e\ufe10-\uffff]/;

/** Where the line break at `i` ends: after "\r\n" as one break, else after the one character. */
function lineBreakEnd(text: string, i: number): number {
  return text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
}

/** Adds the sentence text[start, end), trimmed, to `bounds` as offset + its bounds, unless it is empty. */
function push(text: string, bounds: number[], offset: number, start: number, end: number): void {
  while (start < end && (isSpace(text.charCodeAt(start)) || isNewline(text.charCodeAt(start)))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || isNewline(text.charCodeAt(end - 1)))) end--;
  if (end > start) bounds.push(offset + start, offset + end);
}

/**
 * The pre-filter: fills `bounds` and returns true when UAX #29's outcome is certain for every
 * position of `text`; returns false (bounds then hold garbage) when Intl.Segmenter must decide.
 *
 * Why each accepted case is certain (rule numbers of UAX #29):
 * - A line break always ends a sentence after it (SB4): "\n", "\r" alone, or "\r\n" as one (SB3),
 *   so Windows line endings from CSV and feed imports stay on the fast path.
 * - A run of . ! ? then Close* then at least one space then an ASCII capital: SB8 needs a
 *   lower-case letter next, SB8a a continuation or terminal, SB7 no space; so SB11 breaks before
 *   the capital. The same run before a line break breaks after the break (SB11); before the end
 *   of the text nothing follows.
 * - A run ending in "." then spaces then an ASCII lower-case letter: SB8, no break.
 * - A single "." directly followed by a digit (SB6) or an ASCII lower-case letter (SB8): no break.
 * Characters that are not sentence punctuation, separators or format/extend characters cannot
 * change a break elsewhere, so every other character only needs to be one of those known kinds.
 */
function fastSplit(text: string, offset: number, bounds: number[], marks: Int32Array | null, markFrom: number, markTo: number): boolean {
  const n = text.length;
  let start = 0;
  // Text with only characters the loop below passes over silently (the common case) is searched
  // for . ! ? and line breaks by the regex engine, much faster than a character loop. Latin-1
  // text comes with the positions of those characters (and of NEL, which the loop refuses) from
  // the word scan, so it needs no search at all.
  const jump = marks !== null || !NEEDS_CHARACTER_LOOP.test(text);
  let m = markFrom;
  for (let i = 0; i < n; i++) {
    if (marks !== null) {
      while (m < markTo && marks[m]! - offset < i) m++;
      if (m === markTo) break;
      i = marks[m]! - offset;
    } else if (jump) {
      SPECIAL.lastIndex = i;
      if (!SPECIAL.test(text)) break;
      i = SPECIAL.lastIndex - 1;
    }
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x0a || c === 0x0d) {
        const end = lineBreakEnd(text, i);
        push(text, bounds, offset, start, end);
        start = end;
        i = end - 1;
        continue;
      }
      if (!isTerminal(c)) continue;
      let j = i + 1;
      while (j < n && isTerminal(text.charCodeAt(j))) j++;
      const lastIsFullStop = text.charCodeAt(j - 1) === 0x2e;
      const runEnd = j;
      while (j < n && isAsciiClose(text.charCodeAt(j))) j++;
      let k = j;
      while (k < n && text.charCodeAt(k) === 0x20) k++;
      if (k >= n) break; // the rest is the last sentence
      const next = text.charCodeAt(k);
      if (next === 0x0a || next === 0x0d) {
        i = k - 1; // the line break ends the sentence: the branch above handles it next
        continue;
      }
      if (k > j) {
        if (isAsciiUpper(next)) {
          push(text, bounds, offset, start, k);
          start = k;
          i = k - 1;
          continue;
        }
        if (isAsciiLower(next) && lastIsFullStop) {
          i = k - 1;
          continue;
        }
        return false;
      }
      // No space: only "2.5" and "e.g"-like cases are certain.
      if (k === runEnd && runEnd === i + 1 && c === 0x2e && (isAsciiDigit(next) || isAsciiLower(next))) continue;
      return false;
    }
    if (c < 0x250) {
      if (c === 0x85) return false; // NEL: a paragraph separator
      continue;
    }
    if (c >= 0x2000 && c <= 0x206f) {
      // General punctuation: refuse the sentence terminals (‥ is not one, ․ ‼ ‽ ⁇ ⁈ ⁉ are) and separators.
      if (c === 0x2024 || c === 0x203c || c === 0x203d || c === 0x2047 || c === 0x2048 || c === 0x2049 || c === 0x2028 || c === 0x2029)
        return false;
      continue;
    }
    if (c === 0xfe0f) continue;
    if (c >= 0xd83c && c <= 0xd83e) {
      // Emoji and pictographs (U+1F000..U+1FBFF): never sentence punctuation.
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        continue;
      }
    }
    return false;
  }
  push(text, bounds, offset, start, n);
  return true;
}

/**
 * Sentence bounds of `text` as a flat list [start0, end0, start1, end1, ...], each trimmed of
 * surrounding white space; empty sentences are dropped. `mode: 'intl'` skips the pre-filter.
 * `into`: an array to reuse for the result (its contents are replaced).
 */
export function splitSentences(text: string, locale = 'en', mode: 'auto' | 'intl' = 'auto', into?: number[]): number[] {
  const bounds: number[] = into ?? [];
  bounds.length = 0;
  appendSentences(text, 0, locale, mode, bounds);
  return bounds;
}

/**
 * splitSentences(text), each bound moved by `offset`, added to the end of `bounds`. A review's
 * title and content are split one after the other this way instead of as "title\ncontent": a
 * line break always ends a sentence (UAX #29 SB4) and no rule looks across one, so the bounds are
 * the same, and the two strings need not be joined into a new one. `marks`: for text whose
 * characters are all below U+0100, the positions (plus `offset`) of its . ! ? CR LF and NEL,
 * marks[markFrom, markTo), from scanLatin1.
 */
export function appendSentences(
  text: string,
  offset: number,
  locale: string,
  mode: 'auto' | 'intl',
  bounds: number[],
  marks: Int32Array | null = null,
  markFrom = 0,
  markTo = 0,
): void {
  const before = bounds.length;
  if (mode === 'auto' && PLAIN_LOCALE.test(locale) && fastSplit(text, offset, bounds, marks, markFrom, markTo)) return;
  bounds.length = before;
  const segmenter = segmenterFor(locale);
  if (!segmenter) {
    roughSplit(text, offset, bounds);
    return;
  }
  for (const segment of segmenter.segment(text)) push(text, bounds, offset, segment.index, segment.index + segment.segment.length);
}

/** Sentence punctuation (with closing quotes or brackets) before a space or the end, or a line break. */
const ROUGH_END = /[.!?\u2026\u203c\u2047-\u2049\u3002\uff01\uff1f]+["'\u2019\u201d)\]]*(?=\s|$)|\r\n|[\n\r\x85\u2028\u2029]/gu;

/**
 * Where Intl.Segmenter does not exist (Firefox before 125, old webviews): breaks after sentence
 * punctuation followed by a space, and at line breaks. Rougher than UAX #29 ("Mr. Smith" splits),
 * but the engine keeps working instead of failing on the first text the pre-filter cannot settle.
 */
function roughSplit(text: string, offset: number, bounds: number[]): void {
  let start = 0;
  for (const match of text.matchAll(ROUGH_END)) {
    const end = match.index + match[0].length;
    push(text, bounds, offset, start, end);
    start = end;
  }
  push(text, bounds, offset, start, text.length);
}

/** How many texts of a list the pre-filter settles without Intl.Segmenter (for tests and the benchmark). */
export function fastSplitShare(texts: string[], locale = 'en'): number {
  let fast = 0;
  const scratch: number[] = [];
  for (const text of texts) {
    scratch.length = 0;
    if (PLAIN_LOCALE.test(locale) && fastSplit(text, 0, scratch, null, 0, 0)) fast++;
  }
  return texts.length ? fast / texts.length : 0;
}
