/**
 * A reader for plain RFC 4180 CSV, used on the parts of a split read (split.ts, worker.ts). It
 * finds cells with native string searches instead of looking at every character, and builds no
 * per-record `info` object: on the benchmark's catalogue it reads a part in about a third of
 * csv-parse's CPU. It reads only what csv-parse reads the same way: a quote only opens a cell or
 * closes it (a doubled quote inside is one quote), records end with LF or, from the first record
 * on, all with CRLF. Anything else (a stray quote, text after a closing quote, a CR that does not
 * end a record, a quote left open) makes it stop and say so; a split read then reads the whole file through csv-parse,
 * so damage is reported exactly as a whole read reports it (test/plain-csv.test.ts compares both).
 */

/** One record: its cells and the line it starts on. */
export interface PlainRecord {
  line: number;
  cells: string[];
}

export interface PlainCsvOutcome {
  records: PlainRecord[];
  /** Set when the text is not plain CSV; `records` holds those before it, and the reader reads no further. */
  irregular?: string;
}

const QUOTE = '"';
const BOM = '\uFEFF';
/** The UTF-8 byte order mark's bytes read as latin1. */
const BOM_BYTES = '\u00EF\u00BB\u00BF';
const HIGH = /[\x80-\xff]/g;
const HIGH_IN = /[\x80-\xff]/;
const NEWLINE = '\n';
const RETURN = '\r';

/** How the records end: undecided until the first record's end is seen. */
type Ending = 'unknown' | 'lf' | 'crlf';

/** Stops a record that needs more text than has arrived. */
const INCOMPLETE = Symbol('incomplete');

export class PlainCsvReader {
  readonly #delimiter: string;
  readonly #delimiterCode: number;
  #line: number;
  #rest = '';
  #ending: Ending = 'unknown';
  #started = false;
  #stopped = false;
  readonly #bytes: boolean;
  /** Bytes mode: where the next byte over 0x7f is in the current input (searched again once passed). */
  #nextHigh = -1;

  /** Whether the reader takes this delimiter: one character, not a quote or a line break (csv-parse takes longer ones). */
  static reads(delimiter: string): boolean {
    return delimiter.length === 1 && delimiter !== QUOTE && delimiter !== NEWLINE && delimiter !== RETURN;
  }

  /**
   * `firstLine`: the file line the text starts on. `bytes`: the text is the file's bytes read as
   * latin1 (one character a byte, a plain copy) and the reader decodes each cell holding a byte
   * over 0x7f as UTF-8. Cells of ASCII (most of a catalogue) then become one-byte strings, where
   * decoding a whole read as UTF-8 makes every cell of it two-byte if one name in it has an é;
   * later steps (the mapping, JSON, the hand-off to the main thread, writing) cost less for them.
   * A UTF-8 sequence never holds an ASCII byte, so the cells are found the same way either way.
   */
  constructor(delimiter: string, firstLine: number, bytes = false) {
    this.#bytes = bytes;
    if (!PlainCsvReader.reads(delimiter))
      throw new Error(
        `the plain CSV reader takes a one-character delimiter other than a quote or a line break, not ${JSON.stringify(delimiter)}`,
      );
    this.#delimiter = delimiter;
    this.#delimiterCode = delimiter.charCodeAt(0);
    this.#line = firstLine;
  }

  /** Reads the records `text` completes (with what came before); `final` says no text follows. */
  push(text: string, final = false): PlainCsvOutcome {
    if (this.#stopped) return { records: [] };
    let input = this.#rest + text;
    // csv-parse's `bom` option: a byte order mark at the very start is not part of the first cell.
    const bom = this.#bytes ? BOM_BYTES : BOM;
    if (!this.#started && input.length > 0) {
      if (input.length < bom.length && !final && bom.startsWith(input)) {
        this.#rest = input;
        return { records: [] };
      }
      this.#started = true;
      if (input.startsWith(bom)) input = input.slice(bom.length);
    }
    const records: PlainRecord[] = [];
    let at = 0;
    this.#nextHigh = -1;
    try {
      while (at < input.length) {
        const end = this.#record(input, at, final, records);
        if (end === INCOMPLETE) break;
        if (this.#bytes) this.#decode(input, at, end, records[records.length - 1]!);
        at = end;
      }
    } catch (error) {
      if (!(error instanceof Irregular)) throw error;
      this.#stopped = true;
      this.#rest = '';
      return { records, irregular: `line ${error.line}: ${error.message}` };
    }
    this.#rest = input.slice(at);
    if (final && this.#rest) {
      this.#stopped = true;
      return { records, irregular: `line ${this.#line}: the text ends inside a quoted cell` };
    }
    return { records };
  }

  /** Reads the record starting at `start` into `records`; its end, or INCOMPLETE when more text is needed. */
  #record(input: string, start: number, final: boolean, records: PlainRecord[]): number | typeof INCOMPLETE {
    const delimiter = this.#delimiter;
    const cells: string[] = [];
    let newlines = 0;
    let at = start;
    for (;;) {
      if (input[at] === QUOTE) {
        let value = '';
        let from = at + 1;
        let close: number;
        for (;;) {
          close = input.indexOf(QUOTE, from);
          if (close === -1 || close + 1 === input.length) {
            if (!final) return INCOMPLETE;
            if (close === -1) throw new Irregular(this.#line, 'a quoted cell is not closed');
          }
          if (input[close + 1] !== QUOTE) break;
          value += input.slice(from, close + 1);
          from = close + 2;
        }
        value += input.slice(from, close);
        // csv-parse counts a CR in a quoted cell as a line of its own, split.ts does not: such a file is read whole.
        if (value.includes(RETURN)) throw new Irregular(this.#line, 'a carriage return inside a quoted cell');
        for (let n = value.indexOf(NEWLINE); n !== -1; n = value.indexOf(NEWLINE, n + 1)) newlines++;
        cells.push(value);
        const after = close + 1;
        if (after === input.length) {
          // final is true here (the loop above returned otherwise): the file's last record has no line break.
          this.#finish(cells, newlines, records);
          return after;
        }
        const next = input[after];
        if (next === delimiter) {
          at = after + 1;
          continue;
        }
        const end = this.#lineEnd(input, after, final);
        if (end === INCOMPLETE) return INCOMPLETE;
        if (end === -1) throw new Irregular(this.#line, 'text follows a closing quote');
        this.#finish(cells, newlines, records);
        return end;
      }
      // An unquoted cell runs to the next delimiter or line break, and holds no quote and no CR.
      const stop = nextSpecial(input, at, this.#delimiterCode);
      const value = input.slice(at, stop);
      if (stop === input.length) {
        if (!final) return INCOMPLETE;
        cells.push(value);
        this.#finish(cells, newlines, records);
        return stop;
      }
      const c = input[stop];
      if (c === QUOTE) throw new Irregular(this.#line, 'a quote inside an unquoted cell');
      cells.push(value);
      if (c === delimiter) {
        at = stop + 1;
        continue;
      }
      const end = this.#lineEnd(input, stop, final);
      if (end === INCOMPLETE) return INCOMPLETE;
      if (end === -1) throw new Irregular(this.#line, 'a carriage return that does not end a record');
      this.#finish(cells, newlines, records);
      return end;
    }
  }

  /** The end of the record ending at `at` (LF or CRLF, as the file's first record ended); -1 if it does not end there. */
  #lineEnd(input: string, at: number, final: boolean): number | typeof INCOMPLETE | -1 {
    if (input[at] === NEWLINE) {
      if (this.#ending === 'crlf') throw new Irregular(this.#line, 'a line break without the carriage return the other records end with');
      this.#ending = 'lf';
      return at + 1;
    }
    if (input[at] !== RETURN) return -1;
    if (at + 1 === input.length) return final ? -1 : INCOMPLETE;
    if (input[at + 1] !== NEWLINE || this.#ending === 'lf') return -1;
    this.#ending = 'crlf';
    return at + 2;
  }

  /** Bytes mode: decodes as UTF-8 the cells of a record (input[start..end)) that hold a byte over 0x7f. */
  #decode(input: string, start: number, end: number, record: PlainRecord): void {
    if (this.#nextHigh < start) {
      HIGH.lastIndex = start;
      this.#nextHigh = HIGH.test(input) ? HIGH.lastIndex - 1 : input.length;
    }
    if (this.#nextHigh >= end) return;
    const cells = record.cells;
    for (let i = 0; i < cells.length; i++) if (HIGH_IN.test(cells[i]!)) cells[i] = Buffer.from(cells[i]!, 'latin1').toString('utf8');
  }

  #finish(cells: string[], newlines: number, records: PlainRecord[]): void {
    records.push({ line: this.#line, cells });
    this.#line += newlines + 1;
  }
}

class Irregular extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** The first delimiter, line break, CR or quote at or after `from` (the text's length if none). */
function nextSpecial(input: string, from: number, delimiter: number): number {
  for (let i = from; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === delimiter || c === 0x0a || c === 0x0d || c === 0x22) return i;
  }
  return input.length;
}
