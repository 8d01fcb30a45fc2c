/**
 * Sentence splitting. Intl.Segmenter implements Unicode's sentence rules (UAX #29) for every
 * script, but in V8 it costs about 15 µs per review, which alone would blow the 10,000-review
 * budget. So Latin-script text goes through a fast splitter that implements the subset of UAX #29
 * that Latin review text meets (a test checks that both agree on generated reviews), and any text
 * with other scripts (CJK, Thai, ...) goes to Intl.Segmenter.
 */

/** Characters the fast splitter knows how to handle: Latin, general punctuation, emoji. */
function isFastPathChar(c: number): boolean {
  return c < 0x250 || (c >= 0x2000 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;
const isNewline = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
/** Closing punctuation that may follow a full stop: ) ] " ' ” ’ » */
const isClose = (c: number) => c === 0x29 || c === 0x5d || c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb;
const isLower = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpper = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string): Intl.Segmenter {
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
 * Sentence bounds of `text` as a flat list [start0, end0, start1, end1, ...], each trimmed of
 * surrounding white space; empty sentences are dropped.
 */
export function splitSentences(text: string, locale = 'en', mode: 'auto' | 'intl' = 'auto'): number[] {
  const bounds: number[] = [];
  const push = (start: number, end: number) => {
    while (start < end && (isSpace(text.charCodeAt(start)) || isNewline(text.charCodeAt(start)))) start++;
    while (end > start && (isSpace(text.charCodeAt(end - 1)) || isNewline(text.charCodeAt(end - 1)))) end--;
    if (end > start) bounds.push(start, end);
  };
  let fast = mode === 'auto';
  if (fast) {
    for (let i = 0; i < text.length; i++) {
      if (!isFastPathChar(text.charCodeAt(i))) {
        fast = false;
        break;
      }
    }
  }
  if (!fast) {
    for (const segment of segmenterFor(locale).segment(text)) push(segment.index, segment.index + segment.segment.length);
    return bounds;
  }
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      // A paragraph separator always ends a sentence (UAX #29 SB4); CR LF counts once.
      i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      push(start, i);
      start = i;
      continue;
    }
    const fullStop = c === 0x2e;
    const terminal = fullStop || c === 0x21 || c === 0x3f || c === 0x2026;
    if (!terminal) {
      i++;
      continue;
    }
    let j = i + 1;
    let onlyFullStops = fullStop;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 0x2e || d === 0x21 || d === 0x3f || d === 0x2026) {
        if (d !== 0x2e) onlyFullStops = false;
        j++;
      } else break;
    }
    while (j < n && isClose(text.charCodeAt(j))) j++;
    const afterClose = j;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (j >= n) break;
    const next = text.charCodeAt(j);
    if (isNewline(next)) {
      i = j;
      continue;
    }
    if (j === afterClose) {
      // No space after the full stop: "2.5", "e.g", "example.com" (SB6, SB7). A "!" or "?"
      // directly followed by a letter is rare in reviews; keep it in the sentence as well.
      i = j;
      continue;
    }
    if (onlyFullStops) {
      // SB8: a full stop followed by a lower-case word does not end the sentence ("approx. ten").
      let k = j;
      while (k < n && !isLower(text.charCodeAt(k)) && !isUpper(text.charCodeAt(k)) && !isSpace(text.charCodeAt(k)) && !isNewline(text.charCodeAt(k)) && text.charCodeAt(k) < 0x250) k++;
      if (k < n && isLower(text.charCodeAt(k))) {
        i = j;
        continue;
      }
    }
    push(start, j);
    start = j;
    i = j;
  }
  push(start, n);
  return bounds;
}
