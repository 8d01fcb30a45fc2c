/**
 * Records to outcomes, and outcomes to the import's counts and groups; shared by the whole-file
 * read and the split read, in which each part of a CSV file is read and mapped by its own worker
 * thread (worker.ts) while the main thread groups. Each part keeps its own counts, merged in file
 * order at the end, so a split read reports and writes exactly what a whole read does.
 */
import { Worker } from 'node:worker_threads';
import type { DateOrder } from './dates.js';
import type { FormatName } from './formats/index.js';
import type { FormatVariant } from './formats/types.js';
import type { CsvRange, SourceRecord } from './readers.js';
import type { ImportedReview, LeftOutReason, MapContext } from './record.js';

/** What one worker reads: a part of a CSV file and everything the mapping needs. */
export interface PartJob {
  file: string;
  format: FormatName;
  range: CsvRange;
  delimiter?: string | undefined;
  dateOrder?: DateOrder | undefined;
  columns: Record<string, string>;
  productId?: string | undefined;
  ratingScale: number;
}

/** The outcomes of a batch of records, in file order within each kind. */
export interface OutcomeBatch {
  records: number;
  bad: { at: string; reason: string }[];
  leftOut: LeftOutReason[];
  /** Reviews kept: their product ids, and their NDJSON lines (UTF-8, each ending in a newline) in the same order. */
  ids: string[];
  text: Uint8Array;
  /** A record the CSV reader could not read (a broken quote, a wrong number of cells). */
  csvError: boolean;
}

export interface Tally {
  records: number;
  reviews: number;
  leftOut: Partial<Record<LeftOutReason, number>>;
  bad: { total: number; byReason: Record<string, number>; first: { file: string; at: string; reason: string }[] };
}

export const MAX_LISTED = 200;

/** Reasons are grouped without their specifics ("rating 7 is outside 1..5" counts as "rating ... is outside"). */
const reasonKind = (reason: string) => reason.replace(/"[^"]*"/g, '"…"').replace(/-?\d+(\.\d+)?/g, 'N');

export const emptyTally = (): Tally => ({ records: 0, reviews: 0, leftOut: {}, bad: { total: 0, byReason: {}, first: [] } });

/** Maps each record with the format's mapping; `join` sees every review before it becomes a line (for --orders). */
export function mapBatch(
  batch: readonly SourceRecord[],
  variant: FormatVariant,
  context: MapContext,
  join?: (value: ImportedReview) => void,
): OutcomeBatch {
  const out: OutcomeBatch = { records: batch.length, bad: [], leftOut: [], ids: [], text: EMPTY, csvError: false };
  const lines: string[] = [];
  for (const record of batch) {
    if ('error' in record) {
      out.bad.push({ at: record.at, reason: record.error });
      out.csvError = true;
      continue;
    }
    const mapped = variant.map(record.row, context);
    for (const outcome of Array.isArray(mapped) ? mapped : [mapped]) {
      if (outcome.kind === 'bad') out.bad.push({ at: record.at, reason: outcome.reason });
      else if (outcome.kind === 'left-out') out.leftOut.push(outcome.reason);
      else {
        join?.(outcome.value);
        out.ids.push(outcome.value.productId);
        lines.push(JSON.stringify({ productId: outcome.value.productId, review: outcome.value.review }));
      }
    }
  }
  if (lines.length) out.text = encodeLines(lines);
  return out;
}

/** Where a batch's lines are encoded before they get a buffer of their exact size. */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

/**
 * The lines as UTF-8, each followed by a newline, in one buffer of its own: it crosses from a
 * worker without a copy, and the grouper keeps it as it is. Each line is encoded on its own: joined
 * first, one line with an é would make the whole batch a two-byte string (about three times the cost).
 */
function encodeLines(lines: readonly string[]): Uint8Array {
  let most = 0;
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  for (const line of lines) most += line.length * 3 + 1;
  if (scratch.length < most) scratch = Buffer.allocUnsafeSlow(most);
  let at = 0;
  for (const line of lines) {
    at += scratch.write(line, at);
    scratch[at++] = 0x0a;
  }
  const text = new Uint8Array(at);
  text.set(scratch.subarray(0, at));
  return text;
}

const EMPTY = new Uint8Array(0);

/** The buffers a batch can hand over to another thread without copying (a small one may share Node's pool). */
export const transferable = (batch: OutcomeBatch): ArrayBuffer[] =>
  batch.text.byteOffset === 0 && batch.text.byteLength === batch.text.buffer.byteLength && batch.text.byteLength > 0
    ? [batch.text.buffer as ArrayBuffer]
    : [];

/** Counts a batch into `tally` and hands its reviews to `add`. */
export function applyBatch(tally: Tally, file: string, batch: OutcomeBatch, add: (ids: readonly string[], text: Uint8Array) => void): void {
  tally.records += batch.records;
  for (const { at, reason } of batch.bad) {
    tally.bad.total++;
    const kind = reasonKind(reason);
    tally.bad.byReason[kind] = (tally.bad.byReason[kind] ?? 0) + 1;
    if (tally.bad.first.length < MAX_LISTED) tally.bad.first.push({ file, at, reason });
  }
  for (const reason of batch.leftOut) tally.leftOut[reason] = (tally.leftOut[reason] ?? 0) + 1;
  tally.reviews += batch.ids.length;
  if (batch.ids.length) add(batch.ids, batch.text);
}

/** Adds `from` (a later part of the input) to `into`: counts summed, first-seen order of reasons kept. */
export function mergeTally(into: Tally, from: Tally): void {
  into.records += from.records;
  into.reviews += from.reviews;
  for (const [reason, count] of Object.entries(from.leftOut) as [LeftOutReason, number][])
    into.leftOut[reason] = (into.leftOut[reason] ?? 0) + count;
  into.bad.total += from.bad.total;
  for (const [kind, count] of Object.entries(from.bad.byReason)) into.bad.byReason[kind] = (into.bad.byReason[kind] ?? 0) + count;
  for (const entry of from.bad.first) if (into.bad.first.length < MAX_LISTED) into.bad.first.push(entry);
}

/**
 * Reads the parts at once, one worker each. `add` gets every review with its part number; the
 * result is each part's tally and notes, in part order, or undefined when a part met a CSV error
 * (then the caller discards what it was given and reads the file whole).
 */
export async function readInParts(
  jobs: readonly PartJob[],
  add: (ids: readonly string[], text: Uint8Array, part: number) => void,
  onRecords: (records: number) => void,
): Promise<{ tallies: Tally[]; notes: string[][] } | undefined> {
  const tallies = jobs.map(emptyTally);
  const notes: string[][] = jobs.map(() => []);
  const workers: Worker[] = [];
  let failed = false;
  const stopAll = () => {
    failed = true;
    // terminate() resolves with the exit code and does not reject; the caller reads the file whole.
    for (const worker of workers) void worker.terminate();
  };
  try {
    await Promise.all(
      jobs.map(
        (job, part) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: job });
            workers.push(worker);
            let finished = false;
            const addToPart = (ids: readonly string[], text: Uint8Array) => add(ids, text, part);
            worker.on('message', (message: OutcomeBatch | { done: true; notes: string[] }) => {
              if (failed) return;
              if ('done' in message) {
                notes[part] = message.notes;
                finished = true;
                resolve();
                return;
              }
              if (message.csvError) {
                stopAll();
                resolve();
                return;
              }
              applyBatch(tallies[part]!, job.file, message, addToPart);
              onRecords(message.records);
            });
            worker.on('error', reject);
            worker.on('exit', (code) =>
              finished || failed ? resolve() : reject(new Error(`an import worker stopped before the end of its part (exit code ${code})`)),
            );
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return failed ? undefined : { tallies, notes };
}
