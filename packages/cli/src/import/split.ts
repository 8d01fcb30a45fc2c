/**
 * Cuts a CSV file into parts that each start on a record, so they can be parsed at the same time.
 * In RFC 4180 CSV every quote opens or closes a quoted field (a doubled quote does both), so a
 * newline with an even number of quotes before it ends a record. That holds only for a well-formed
 * file: the caller checks that every part parsed without a CSV error and otherwise reads the file
 * whole, so a broken quote is reported exactly as a whole read reports it.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { CsvRange } from './readers.js';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CHUNK = 1 << 22;

/**
 * `parts` ranges covering the file after its header, cut at record ends near equal sizes; fewer
 * when the file is too small or a cut finds no record end. Each range knows its first line and the header.
 */
export function splitCsv(file: string, parts: number, delimiter = ','): CsvRange[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(CHUNK);
    let quotes = 0;
    let newlines = 0;
    let position = 0;
    /**
     * The first record end at or after `target`: the offset after its newline and the lines up to
     * there; undefined at the end of the file. Counts resume where the last call stopped.
     */
    const recordEndFrom = (target: number): { at: number; lines: number } | undefined => {
      while (position < size) {
        const length = readSync(fd, buffer, 0, Math.min(CHUNK, size - position), position);
        if (length <= 0) return undefined;
        // Native searches, one per quote and per line, not a loop over every byte.
        let q = buffer.indexOf(QUOTE, 0);
        for (let n = buffer.indexOf(NEWLINE, 0); n !== -1 && n < length; n = buffer.indexOf(NEWLINE, n + 1)) {
          while (q !== -1 && q < n) {
            quotes++;
            q = buffer.indexOf(QUOTE, q + 1);
          }
          newlines++;
          if (position + n >= target && quotes % 2 === 0) {
            position += n + 1;
            return { at: position, lines: newlines };
          }
        }
        while (q !== -1 && q < length) {
          quotes++;
          q = buffer.indexOf(QUOTE, q + 1);
        }
        position += length;
      }
      return undefined;
    };
    const headerEnd = recordEndFrom(0);
    if (!headerEnd) return [];
    const header = (parse(readBytes(fd, 0, headerEnd.at), { bom: true, delimiter, relax_column_count: true }) as string[][])[0]?.map(
      (cell) => cell.trim(),
    );
    if (!header) return [];
    const ranges: CsvRange[] = [];
    let start = 0;
    let firstLine = 1;
    for (let k = 1; k < parts; k++) {
      const cut = recordEndFrom(Math.max(headerEnd.at, Math.floor((size * k) / parts)));
      if (!cut || cut.at >= size) break;
      ranges.push({ start, end: cut.at, firstLine, ...(start > 0 ? { header } : {}) });
      start = cut.at;
      firstLine = cut.lines + 1;
    }
    ranges.push({ start, end: size, firstLine, ...(start > 0 ? { header } : {}) });
    return ranges;
  } finally {
    closeSync(fd);
  }
}

function readBytes(fd: number, start: number, end: number): Buffer {
  const bytes = Buffer.allocUnsafe(end - start);
  readSync(fd, bytes, 0, end - start, start);
  return bytes;
}
