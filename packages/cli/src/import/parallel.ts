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
  /** Reviews kept. */
  reviews: number;
  /**
   * The reviews' NDJSON lines (UTF-8, each ending in a newline) in runs, one run per product of
   * the batch in the order products first appear, each product's lines in file order: its
   * product id, its number of lines, and where it ends in `text` (after its last newline).
   */
  ids: string[];
  runLines: number[];
  runEnds: number[];
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

const EMPTY = new Uint8Array(0);

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
  const builder = new OutcomeBuilder(variant, context, join);
  for (const record of batch) builder.add(record);
  return builder.take();
}

/**
 * Outcomes of records mapped one at a time: each kept review's line is encoded into a growing
 * buffer as soon as it is made, so neither the record nor its line outlives its mapping. Held until
 * a batch was complete, a few thousand records and lines were still alive at each young-generation
 * collection, which then copied them (a fifth of an import worker's time was garbage collection).
 * Each line is encoded on its own: joined first, one line with an é would make the whole batch a
 * two-byte string (about three times the cost). take() hands the lines over grouped by product
 * within the batch, so the grouper holds one byte range per run instead of one per line, and
 * gathers a product's lines from fewer places at the end.
 */
export class OutcomeBuilder {
  readonly #variant: FormatVariant;
  readonly #context: MapContext;
  readonly #join: ((value: ImportedReview) => void) | undefined;
  #batch = OutcomeBuilder.#empty();
  #bytes: Buffer | undefined;
  #at = 0;
  /** Each kept line's product id, and where it ends in #bytes (after its newline). */
  #lineIds: string[] = [];
  #lineEnds: number[] = [];

  constructor(variant: FormatVariant, context: MapContext, join?: (value: ImportedReview) => void) {
    this.#variant = variant;
    this.#context = context;
    this.#join = join;
  }

  static #empty(): OutcomeBatch {
    return { records: 0, bad: [], leftOut: [], reviews: 0, ids: [], runLines: [], runEnds: [], text: EMPTY, csvError: false };
  }

  /** Records mapped since the last take(). */
  get records(): number {
    return this.#batch.records;
  }

  add(record: SourceRecord): void {
    const out = this.#batch;
    out.records++;
    if ('error' in record) {
      out.bad.push({ at: record.at, reason: record.error });
      out.csvError = true;
      return;
    }
    const mapped = this.#variant.map(record.row, this.#context);
    for (const outcome of Array.isArray(mapped) ? mapped : [mapped]) {
      if (outcome.kind === 'bad') out.bad.push({ at: record.at, reason: outcome.reason });
      else if (outcome.kind === 'left-out') out.leftOut.push(outcome.reason);
      else {
        this.#join?.(outcome.value);
        out.reviews++;
        this.#encode(JSON.stringify({ productId: outcome.value.productId, review: outcome.value.review }));
        this.#lineIds.push(outcome.value.productId);
        this.#lineEnds.push(this.#at);
      }
    }
  }

  /** The line as UTF-8 and a newline, after the lines before it. */
  #encode(line: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    const most = this.#at + line.length * 3 + 1;
    if (!this.#bytes || this.#bytes.length < most) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(most, 2 * (this.#bytes?.length ?? 1 << 15)));
      this.#bytes?.copy(bigger, 0, 0, this.#at);
      this.#bytes = bigger;
    }
    this.#at += this.#bytes.write(line, this.#at);
    this.#bytes[this.#at++] = 0x0a;
  }

  /**
   * The outcomes since the last take(); the lines are copied, one product's after the other, into
   * a buffer of their exact size, of their own, which crosses from a worker without a copy and
   * which the grouper keeps as it is.
   */
  take(): OutcomeBatch {
    const out = this.#batch;
    if (this.#at > 0) {
      const runs = new Map<string, number[]>();
      this.#lineIds.forEach((productId, line) => {
        const lines = runs.get(productId);
        if (lines) lines.push(line);
        else runs.set(productId, [line]);
      });
      const bytes = this.#bytes!;
      const ends = this.#lineEnds;
      const text = (out.text = Buffer.from(new ArrayBuffer(this.#at)));
      let at = 0;
      for (const [productId, lines] of runs) {
        for (const line of lines) at += bytes.copy(text, at, line === 0 ? 0 : ends[line - 1], ends[line]);
        out.ids.push(productId);
        out.runLines.push(lines.length);
        out.runEnds.push(at);
      }
    }
    this.#batch = OutcomeBuilder.#empty();
    this.#at = 0;
    this.#lineIds = [];
    this.#lineEnds = [];
    return out;
  }
}

/** The buffers a batch can hand over to another thread without copying (a small one may share Node's pool). */
export const transferable = (batch: OutcomeBatch): ArrayBuffer[] =>
  batch.text.byteOffset === 0 && batch.text.byteLength === batch.text.buffer.byteLength && batch.text.byteLength > 0
    ? [batch.text.buffer as ArrayBuffer]
    : [];

/** Counts a batch into `tally` and hands its reviews to `add`. */
export function applyBatch(tally: Tally, file: string, batch: OutcomeBatch, add: (batch: OutcomeBatch) => void): void {
  tally.records += batch.records;
  for (const { at, reason } of batch.bad) {
    tally.bad.total++;
    const kind = reasonKind(reason);
    tally.bad.byReason[kind] = (tally.bad.byReason[kind] ?? 0) + 1;
    if (tally.bad.first.length < MAX_LISTED) tally.bad.first.push({ file, at, reason });
  }
  for (const reason of batch.leftOut) tally.leftOut[reason] = (tally.leftOut[reason] ?? 0) + 1;
  tally.reviews += batch.reviews;
  if (batch.reviews) add(batch);
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
  add: (batch: OutcomeBatch, part: number) => void,
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
            const addToPart = (batch: OutcomeBatch) => add(batch, part);
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
