/**
 * Records out of a file, in batches (one await per batch, not per record: at a million records the
 * per-record promise was a tenth of the import), each with where it was (line or record number), so
 * a bad record can be reported and skipped without stopping the run. CSV goes through csv-parse,
 * JSON Lines are split from the byte stream, XML goes through saxes; all three stream. A JSON
 * document is read whole (API pages are small).
 */
import { createReadStream } from 'node:fs';
import { open as openFile, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { SaxesParser } from 'saxes';
import type { FormatVariant } from './formats/types.js';
import { PlainCsvReader, type PlainCsvOutcome } from './plain-csv.js';
import type { Row } from './values.js';

export type SourceRecord = { at: string; row: Row } | { at: string; error: string };

export interface ReadOptions {
  delimiter?: string | undefined;
  /** CSV only: read bytes start..end-1 of the file (a part of a split read, see split.ts). */
  range?: CsvRange | undefined;
}

/** A part of a CSV file that starts on a record: its bytes, the line it starts on, and the file's header if the part does not hold it. */
export interface CsvRange {
  start: number;
  end: number;
  firstLine: number;
  header?: string[] | undefined;
}

const open = (file: string, range?: CsvRange): Readable =>
  file === '-' ? process.stdin : range ? createReadStream(file, { start: range.start, end: range.end - 1 }) : createReadStream(file);

export function readRecords(file: string, variant: FormatVariant, options: ReadOptions = {}): AsyncIterable<SourceRecord[]> {
  switch (variant.reader) {
    case 'csv':
      return options.range && file !== '-' && PlainCsvReader.reads(options.delimiter ?? ',')
        ? plainCsvRecords(file, options.range, options.delimiter ?? ',')
        : csvRecords(file, options);
    case 'jsonl':
      return jsonlRecords(file);
    case 'xml':
      return googleFeedRecords(file);
    case 'json':
      return jsonRecords(file, variant);
  }
}

/** Everything a readable stream has buffered, as one array per wake-up. */
async function* batchesOf<T>(stream: Readable): AsyncGenerator<T[]> {
  let ended = false;
  let failed: Error | undefined;
  stream.on('end', () => (ended = true));
  stream.on('error', (error: Error) => (failed = error));
  for (;;) {
    const batch: T[] = [];
    let item: T | null;
    while ((item = stream.read() as T | null) !== null) batch.push(item);
    if (failed) throw failed;
    if (batch.length) {
      yield batch;
      continue;
    }
    if (ended || stream.readableEnded) return;
    await new Promise<void>((resolve) => {
      const wake = () => {
        stream.off('readable', wake);
        stream.off('end', wake);
        stream.off('error', wake);
        resolve();
      };
      stream.once('readable', wake);
      stream.once('end', wake);
      stream.once('error', wake);
    });
  }
}

/**
 * Newlines inside a record's cells: the lines it spans beyond its first. A newline can only be
 * inside a quoted cell or end the record, so these are the record's newlines but its last one.
 */
function newlinesIn(record: readonly string[]): number {
  let count = 0;
  for (const cell of record) for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * CSV through csv-parse. A broken quote can swallow the rows after it (csv-parse resumes only
 * where the quoting makes sense again), so lines are tracked: every span of lines that produced no
 * record is reported as one bad record with csv-parse's reasons, never lost silently. A record's
 * first line is csv-parse's line count at its end less the newlines in its cells; csv-parse's
 * `raw` option would give the same from the record's text, but it copies every character of the
 * file once more and was a tenth of an import worker's time.
 */
async function* csvRecords(file: string, options: ReadOptions): AsyncIterable<SourceRecord[]> {
  const reasons: { line: number; message: string }[] = [];
  // csv-parse counts lines from 1 at the start of what it reads.
  const lineOffset = (options.range?.firstLine ?? 1) - 1;
  const parser = open(file, options.range).pipe(
    parseCsv({
      bom: true,
      delimiter: options.delimiter ?? ',',
      info: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error: { lines?: number; message: string } | undefined) => {
        if (error) reasons.push({ line: (error.lines ?? 0) + lineOffset, message: error.message });
      },
    }),
  );
  let header: string[] | undefined = options.range?.header;
  let nextLine = options.range?.firstLine ?? 1;
  /** Lines nextLine..until-1 gave no record: one bad record for them, with csv-parse's first reason. */
  const gap = (out: SourceRecord[], until: number) => {
    const why = reasons.filter((reason) => reason.line < until);
    reasons.splice(0, why.length);
    const lines = until - 1 > nextLine ? `lines ${nextLine}-${until - 1}` : `line ${nextLine}`;
    const more = why.length > 1 ? ` (and ${why.length - 1} more)` : '';
    out.push({ at: lines, error: `${why[0]?.message ?? 'no record could be read'}${more}; the rows on these lines are not imported` });
  };
  for await (const batch of batchesOf<{ info: { lines: number }; record: string[] }>(parser)) {
    const out: SourceRecord[] = [];
    for (const { info, record } of batch) {
      const lines = info.lines + lineOffset;
      const first = lines - newlinesIn(record);
      if (first > nextLine) gap(out, first);
      // The line after the record. Only the file's last record can lack its newline, and then no line follows to be counted.
      nextLine = lines + 1;
      if (!header) {
        header = record.map((cell) => cell.trim());
        continue;
      }
      if (record.length === 1 && record[0] === '') continue;
      out.push(rowOf(record, header, first));
    }
    yield out;
  }
  const out: SourceRecord[] = [];
  if (reasons.length) gap(out, Math.max(nextLine, ...reasons.map((reason) => reason.line)) + 1);
  if (out.length) yield out;
}

/** A record's cells under the header's names, or why they do not fit it. */
function rowOf(record: readonly string[], header: readonly string[], line: number): SourceRecord {
  const at = `line ${line}`;
  if (record.length !== header.length)
    return { at, error: `${record.length} cells where the header has ${header.length} (a missing quote or delimiter?)` };
  const row: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) row[header[i]!] = record[i]!;
  return { at, row };
}

/** A split read's reads, and the pieces it parses them in (see plainCsvRecords). */
const READ_BYTES = 1 << 20;
const PARSE_BYTES = 1 << 17;

/**
 * A part of a split read through the plain CSV reader (plain-csv.ts): the same records as
 * csvRecords gives for plain CSV. Text it cannot read plainly becomes one bad record, so the
 * import reads the whole file through csv-parse instead (a bad record in a part does that).
 */
async function* plainCsvRecords(file: string, range: CsvRange, delimiter: string): AsyncIterable<SourceRecord[]> {
  const reader = new PlainCsvReader(delimiter, range.firstLine, true);
  let header = range.header;
  const rows = ({ records, irregular }: PlainCsvOutcome): SourceRecord[] => {
    const out: SourceRecord[] = [];
    for (const { line, cells } of records) {
      if (!header) {
        header = cells.map((cell) => cell.trim());
        continue;
      }
      if (cells.length === 1 && cells[0] === '') continue;
      out.push(rowOf(cells, header, line));
    }
    if (irregular) out.push({ at: irregular, error: 'not plain CSV: read the file whole to report it' });
    return out;
  };
  // 1 MB reads, all into one buffer: a read stream takes new memory for each, and on this machine
  // the first touch of new memory cost more than the read. Bytes as latin1: the reader decodes UTF-8 cell by cell.
  // Each read is parsed and handed on in pieces of 128 KB: the records of a whole read (2,500 of them,
  // each an array of cells and a row) were alive at every young-generation collection, which copied
  // them and then moved them to the old generation; with pieces of 128 KB, collection is a fifth of
  // what it was and a worker's CPU 15 % less.
  const handle = await openFile(file, 'r');
  const buffer = Buffer.allocUnsafeSlow(READ_BYTES);
  try {
    for (let position = range.start; position < range.end;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, range.end - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      for (let from = 0; from < bytesRead; from += PARSE_BYTES) {
        const outcome = reader.push(buffer.toString('latin1', from, Math.min(from + PARSE_BYTES, bytesRead)));
        const out = rows(outcome);
        if (out.length) yield out;
        if (outcome.irregular) return;
      }
    }
    const out = rows(reader.push('', true));
    if (out.length) yield out;
  } finally {
    await handle.close();
  }
}

async function* jsonlRecords(file: string): AsyncIterable<SourceRecord[]> {
  let line = 0;
  let rest = '';
  const parseLine = (text: string, out: SourceRecord[]) => {
    line++;
    if (!text.trim()) return;
    try {
      const row = JSON.parse(text) as unknown;
      if (typeof row !== 'object' || row === null || Array.isArray(row)) out.push({ at: `line ${line}`, error: 'not a JSON object' });
      else out.push({ at: `line ${line}`, row: row as Row });
    } catch (error) {
      out.push({ at: `line ${line}`, error: `invalid JSON: ${(error as Error).message.slice(0, 80)}` });
    }
  };
  for await (const chunk of open(file).setEncoding('utf8')) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    const out: SourceRecord[] = [];
    for (const text of lines) parseLine(text.endsWith('\r') ? text.slice(0, -1) : text, out);
    yield out;
  }
  const out: SourceRecord[] = [];
  if (rest) parseLine(rest, out);
  yield out;
}

async function* jsonRecords(file: string, variant: FormatVariant): AsyncIterable<SourceRecord[]> {
  const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    yield [{ at: 'the file', error: `invalid JSON: ${(error as Error).message.slice(0, 120)}` }];
    return;
  }
  const records = variant.records?.(document);
  if (!records) {
    yield [{ at: 'the file', error: "found no list of reviews where this format keeps them (see the README's format table)" }];
    return;
  }
  yield records.map((row, index) =>
    typeof row !== 'object' || row === null || Array.isArray(row)
      ? { at: `record ${index + 1}`, error: 'not a JSON object' }
      : { at: `record ${index + 1}`, row },
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Google's feed: every <review> becomes a flat record keyed by its path below <review>. */
async function* googleFeedRecords(file: string): AsyncIterable<SourceRecord[]> {
  const parser = new SaxesParser({ position: true });
  const ready: SourceRecord[] = [];
  const path: string[] = [];
  let current: Record<string, unknown> | undefined;
  let product: Record<string, string> | undefined;
  let text = '';
  let line = 0;
  let parseError: string | undefined;
  parser.on('opentag', (tag) => {
    path.push(tag.name);
    text = '';
    if (tag.name === 'review' && path.length >= 2 && path[path.length - 2] === 'reviews') {
      current = { '@': {} };
      line = parser.line;
    } else if (current) {
      const relative = path.slice(path.indexOf('review') + 1).join('/');
      if (relative === 'products/product') product = {};
      for (const [name, value] of Object.entries(tag.attributes))
        (current['@'] as Record<string, string>)[`${relative}@${name}`] = String(value);
    }
  });
  parser.on('text', (value) => (text += value));
  parser.on('cdata', (value) => (text += value));
  parser.on('closetag', (tag) => {
    if (current) {
      const relative = path.slice(path.indexOf('review') + 1).join('/');
      if (tag.name === 'review' && relative === '') {
        ready.push({ at: `line ${line}`, row: current as Row });
        current = undefined;
      } else if (relative === 'products/product' && product) {
        ((current['products'] ??= []) as Record<string, string>[]).push(product);
        product = undefined;
      } else if (
        product &&
        /^products\/product\/(product_ids\/(gtins\/gtin|mpns\/mpn|skus\/sku|asins\/asin)|product_name)$/.test(relative)
      ) {
        const key = relative.endsWith('product_name') ? 'name' : relative.split('/').pop()!;
        product[key] ??= text.trim();
      } else if (!relative.startsWith('products/')) {
        ((current[relative] ??= []) as string[]).push(text.trim());
      }
    }
    path.pop();
    text = '';
  });
  parser.on('error', (error) => {
    parseError ??= error.message;
  });
  for await (const chunk of open(file).setEncoding('utf8')) {
    parser.write(chunk as string);
    yield ready.splice(0);
    if (parseError) break;
  }
  if (!parseError) parser.close();
  yield ready.splice(0);
  if (parseError)
    yield [{ at: 'the file', error: `the XML is not well-formed: ${parseError.slice(0, 160)}; reviews after this point were not read` }];
}
