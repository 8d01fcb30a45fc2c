/**
 * `candor import`: read a platform's export, map each record to a ReviewInput, join orders,
 * group by product (bounded memory) and write `reviews.ndjson` plus `import-report.json`.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { AtomicLineWriter, RUN_ID, writeFileAtomic } from '../files.js';
import { Grouper } from '../group/grouper.js';
import { createProgress } from '../progress.js';
import type { DateOrder } from './dates.js';
import { FORMAT_NAMES, variantFor, type FormatName } from './formats/index.js';
import { OrderBook, type JoinOutcome } from './orders.js';
import { applyBatch, mapBatch, MAX_LISTED, mergeTally, readInParts, type PartJob } from './parallel.js';
import { readRecords } from './readers.js';
import { splitCsv } from './split.js';
import type { ImportedReview, LeftOutReason, MapContext } from './record.js';

export const REVIEWS_FILE = 'reviews.ndjson';
export const REPORT_FILE = 'import-report.json';
/**
 * The first line of reviews.ndjson: the lines are grouped by product (so summarize can stream
 * them) and every rating is on 1..ratingScale (so summarize can refuse a config with another scale).
 */
export const reviewsHeader = (ratingScale: number) => ({ candor: 'reviews', version: 1, grouped: true, ratingScale });

export interface ImportOptions {
  input: string;
  from: FormatName;
  out: string;
  map?: string[];
  dateOrder?: DateOrder;
  orders?: string;
  product?: string;
  delimiter?: string;
  strict?: boolean;
  quiet?: boolean;
  memoryMb?: number;
  /** The scale ratings are written on (default 5): the store config's reviews.ratingScale. */
  ratingScale?: number;
  /** Worker threads for a big CSV file (default: one per core; 0 or 1 reads on the main thread). */
  workers?: number;
  /** A CSV file at least this big (bytes) is read in parts by the workers (default 8 MB). */
  splitFromBytes?: number;
  log?: (line: string) => void;
}

export interface ImportReport {
  format: FormatName;
  files: string[];
  records: number;
  reviews: number;
  products: number;
  leftOut: Partial<Record<LeftOutReason, number>>;
  bad: { total: number; byReason: Record<string, number>; first: { file: string; at: string; reason: string }[] };
  orders?: Partial<Record<JoinOutcome, number>>;
  notes: string[];
  timings: { parseMs: number; groupMs: number };
}

export class UsageError extends Error {}

const SPLIT_FROM_BYTES = 8 * 1024 * 1024;

export function parseColumnMap(pairs: readonly string[] = []): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new UsageError(`--map ${pair}: expected column=field, for example --map "Stars=rating"`);
    columns[pair.slice(at + 1).trim()] = pair.slice(0, at).trim();
  }
  return columns;
}

function inputFiles(input: string): string[] {
  if (input === '-') return ['-'];
  const path = resolve(input);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`${input}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [input];
  const files = readdirSync(path)
    .filter((name) => /\.(csv|tsv|json|jsonl|ndjson|xml)$/i.test(name))
    .sort()
    .map((name) => join(input, name));
  if (files.length === 0) throw new UsageError(`${input}: the folder has no .csv, .json, .jsonl or .xml files`);
  return files;
}

export async function runImport(options: ImportOptions): Promise<{ report: ImportReport; exitCode: number }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!(FORMAT_NAMES as readonly string[]).includes(options.from))
    throw new UsageError(`--from ${options.from}: expected one of ${FORMAT_NAMES.join(', ')}`);
  const files = inputFiles(options.input);
  const columns = parseColumnMap(options.map);
  const orders = options.orders ? OrderBook.fromCsv(options.orders, options.dateOrder) : undefined;
  for (const problem of orders?.problems.slice(0, 20) ?? []) log(problem);
  mkdirSync(options.out, { recursive: true });

  const notes = new Set<string>();
  const report: ImportReport = {
    format: options.from,
    files,
    records: 0,
    reviews: 0,
    products: 0,
    leftOut: {},
    bad: { total: 0, byReason: {}, first: [] },
    ...(orders ? { orders: {} } : {}),
    notes: [],
    timings: { parseMs: 0, groupMs: 0 },
  };
  const ratingScale = options.ratingScale ?? 5;
  if (!Number.isInteger(ratingScale) || ratingScale < 3 || ratingScale > 10)
    throw new UsageError(`--rating-scale ${ratingScale}: expected a whole number from 3 to 10, as candor.json's reviews.ratingScale`);
  const context: MapContext = {
    dateOrder: options.dateOrder,
    columns,
    productId: options.product,
    ratingScale,
    note: (text) => notes.add(text),
  };
  const grouper = new Grouper({
    spillDir: join(options.out, `.candor-spill-${RUN_ID}`),
    ...(options.memoryMb ? { memoryBudget: options.memoryMb * 1024 * 1024 } : {}),
  });
  /** The grouper's part for the next lines: a split file takes one per part, so lines keep file order within a product. */
  let part = 0;
  const joinOrder = orders
    ? (value: ImportedReview) => {
        const joined = orders.join(value);
        report.orders![joined] = (report.orders![joined] ?? 0) + 1;
      }
    : undefined;
  const progress = createProgress({ label: 'import', unit: 'records', quiet: options.quiet ?? false });
  const writer = new AtomicLineWriter(join(options.out, REVIEWS_FILE));
  const cleanUp = () => {
    writer.abort();
    grouper.dispose();
  };
  const onSignal = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const workers = options.workers ?? availableParallelism();
  try {
    const started = performance.now();
    for (const file of files) {
      const chosen = variantFor(options.from, file);
      if ('error' in chosen) throw new UsageError(chosen.error);
      const variant = chosen.variant;
      if (variant.dateOrder && options.dateOrder && variant.dateOrder !== options.dateOrder) {
        notes.add(`--date-order ${options.dateOrder} overrides the ${variant.dateOrder} order that --from ${options.from} declares.`);
      }
      // --orders joins on the main thread, so a split read leaves it out.
      const splittable =
        variant.reader === 'csv' &&
        file !== '-' &&
        !orders &&
        workers > 1 &&
        statSync(file).size >= (options.splitFromBytes ?? SPLIT_FROM_BYTES);
      if (splittable) {
        const ranges = splitCsv(file, workers, options.delimiter);
        const jobs: PartJob[] = ranges.map((range) => ({
          file,
          format: options.from,
          range,
          delimiter: options.delimiter,
          dateOrder: options.dateOrder,
          columns,
          productId: options.product,
          ratingScale,
        }));
        let recordsSoFar = report.records;
        const parts =
          ranges.length > 1
            ? await readInParts(
                jobs,
                (batch, k) => grouper.addRuns(batch.ids, batch.runLines, batch.runEnds, batch.text, part + k),
                (records) => progress.update((recordsSoFar += records)),
              )
            : undefined;
        if (parts) {
          parts.tallies.forEach((tally) => mergeTally(report, tally));
          parts.notes.flat().forEach((text) => notes.add(text));
          part += parts.tallies.length;
          continue;
        }
        // A part met a CSV error, or the file had no cut: read it whole, so errors are reported as a whole read sees them.
        grouper.discardParts(part);
        part += ranges.length;
      }
      for await (const batch of readRecords(file, variant, { delimiter: options.delimiter })) {
        progress.update(report.records);
        applyBatch(report, file, mapBatch(batch, variant, context, joinOrder), (mapped) =>
          grouper.addRuns(mapped.ids, mapped.runLines, mapped.runEnds, mapped.text, part),
        );
      }
      part++;
    }
    progress.stop();
    report.timings.parseMs = Math.round(performance.now() - started);
    report.notes = [...notes];

    for (const entry of report.bad.first.slice(0, 50)) log(`${entry.file}:${entry.at}: ${entry.reason}`);
    if (report.bad.total > 50)
      log(`... ${report.bad.total - 50} more bad records; the first ${MAX_LISTED} are in ${join(options.out, REPORT_FILE)}`);
    if (options.strict && report.bad.total > 0) {
      cleanUp();
      log(
        `--strict: ${report.bad.total} record${report.bad.total === 1 ? '' : 's'} could not be read; nothing was written (fix them, or run without --strict to skip them).`,
      );
      return { report, exitCode: 1 };
    }

    const grouping = performance.now();
    await writer.write(Buffer.from(`${JSON.stringify(reviewsHeader(ratingScale))}\n`));
    // The writer copies each group's text before the next is made, so the grouper may reuse one buffer for all.
    for (const group of grouper.groups(true)) {
      report.products++;
      await writer.write(group.text);
    }
    await writer.commit();
    grouper.dispose();
    report.timings.groupMs = Math.round(performance.now() - grouping);
    writeFileAtomic(join(options.out, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
    for (const line of describeReport(report)) log(line);
    return { report, exitCode: 0 };
  } catch (error) {
    cleanUp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The end-of-run summary: counts per reason, never silent about what was left out. */
export function describeReport(report: ImportReport): string[] {
  const lines = [`imported ${report.reviews} reviews of ${report.products} products from ${report.records} records (${report.format})`];
  for (const [reason, count] of Object.entries(report.leftOut)) lines.push(`  left out, ${reason}: ${count}`);
  for (const [reason, count] of Object.entries(report.bad.byReason)) lines.push(`  skipped, ${reason}: ${count}`);
  for (const [outcome, count] of Object.entries(report.orders ?? {})) lines.push(`  orders joined ${outcome}: ${count}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  return lines;
}
