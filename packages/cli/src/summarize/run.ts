/**
 * `candor summarize`: reviews NDJSON in, one summary file per product plus `ratings.json` out.
 * Streams its input; groups with bounded memory when the input is not already grouped (import's
 * output says it is in its first line); spreads products over worker threads; skips products
 * whose reviews and settings have not changed since the last run (a content hash per product);
 * writes new summaries into a staging folder and moves them into place only when every product is
 * done, so a crash or Ctrl-C leaves the previous output as it was; `--shard k/n` takes only its share of
 * product ids, so machines can split a catalogue with no coordination.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig, parseConfig, formatIssues, summaryOptionsFromConfig, type CandorConfig } from '@candor/core';
import { RUN_ID, writeFileAtomic } from '../files.js';
import { Grouper } from '../group/grouper.js';
import { fnv1a } from '../group/hash.js';
import { isSafePath, PRODUCT_ID } from '../import/build.js';
import { UsageError } from '../import/run.js';
import { createProgress } from '../progress.js';
import { SummaryPool } from './pool.js';
import { hasAt, PRODUCT_PREFIX, summaryPath, type ProductJob, type ProductResult, type RatingEntry } from './summarize-product.js';
import { CLI_VERSION, CORE_VERSION } from '../version.js';

export interface SummarizeOptions {
  input: string;
  out: string;
  config?: string;
  workers?: number;
  shard?: string;
  quiet?: boolean;
  memoryMb?: number;
  /** Recompute every product, ignoring the hashes of the last run. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface SummarizeReport {
  products: number;
  summarized: number;
  unchanged: number;
  removed: number;
  reviews: number;
  shard?: { k: number; n: number };
  timings: { readMs: number; summarizeMs: number; workerMs: number; totalMs: number };
}

export interface RatingsIndex {
  version: 1;
  ratingScale: number;
  /** What each array holds, so the file explains itself. */
  fields: ['average', 'checkedAverage', 'count', 'checkedCount'];
  products: Record<string, RatingEntry>;
}

interface Manifest {
  version: 1;
  settings: string;
  products: Record<string, { hash: string; entry: RatingEntry }>;
}

const BATCH_REVIEWS = 4000;
const BATCH_PRODUCTS = 64;

export function parseShard(value: string | undefined): { k: number; n: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`--shard ${value}: expected k/n with 1 <= k <= n, for example --shard 1/4`);
  return { k, n };
}

/** The shard a product belongs to (1..n); a hash of its id, so every machine agrees without talking. */
export const shardOf = (productId: string, n: number) => (fnv1a(productId) % n) + 1;

export function ratingsFileName(shard?: { k: number; n: number }): string {
  return shard && shard.n > 1 ? `ratings.${shard.k}-of-${shard.n}.json` : 'ratings.json';
}

function loadConfig(path: string | undefined): CandorConfig {
  if (!path) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--config ${path}: no such file`);
  }
  const result = parseConfig(text);
  if (!result.ok)
    throw new UsageError(
      `${formatIssues(result.issues, path)}\nFix the config (candor check ${path} explains each problem) and run again.`,
    );
  return result.config;
}

/**
 * A product's lines as read: the file's bytes, in one or more pieces (a product can span two
 * reads), each piece whole lines ending in a newline. Most products of a re-run are only hashed,
 * never decoded, and none is cut into one object per line on the main thread.
 */
export interface RawGroup {
  productId: string;
  pieces: Buffer[];
  lines: number;
}

const QUOTE = 0x22;
const NEWLINE_BYTE = 0x0a;

/** Lines of import's output start with {"productId":"…" and ids hold no quote, so the id is read without parsing the line. */
function productIdOf(line: Buffer): string {
  if (line.length > PRODUCT_PREFIX.length && PRODUCT_PREFIX.compare(line, 0, PRODUCT_PREFIX.length) === 0) {
    const end = line.indexOf(QUOTE, PRODUCT_PREFIX.length);
    if (end > PRODUCT_PREFIX.length) return line.toString('utf8', PRODUCT_PREFIX.length, end);
  }
  const parsed = JSON.parse(line.toString('utf8')) as { productId?: unknown };
  if (typeof parsed.productId !== 'string' || !parsed.productId) throw new Error('the line has no "productId"');
  return parsed.productId;
}

/**
 * Whether the line at data[start..] is import's form of a line of product `id` (then its id need
 * not be decoded). This runs for every line of a catalogue: byte loops, not native compares.
 */
function startsWithId(data: Buffer, start: number, end: number, id: Buffer): boolean {
  const from = start + PRODUCT_PREFIX.length;
  return from + id.length < end && data[from + id.length] === QUOTE && hasAt(data, start, PRODUCT_PREFIX) && hasAt(data, from, id);
}

function isBlank(data: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (data[i] !== 0x20 && data[i] !== 0x09 && data[i] !== 0x0d) return false;
  return true;
}

async function* groupsOf(
  input: string,
  spillDir: string,
  memoryMb: number | undefined,
  ratingScale: number,
  onLine: () => void,
  onBytes: (bytes: number) => void,
): AsyncGenerator<RawGroup> {
  if (!existsSync(input)) throw new UsageError(`${input}: no such file (run \`candor import\` first; it writes reviews.ndjson)`);
  let lineNumber = 0;
  let grouped = false;
  let current: (RawGroup & { id: Buffer }) | undefined;
  const done = new Set<string>();
  const grouper = new Grouper({ spillDir, ...(memoryMb ? { memoryBudget: memoryMb * 1024 * 1024 } : {}) });

  /** The products completed by the lines of `data` (whole lines, each ending in a newline). */
  function* scan(data: Buffer): Generator<RawGroup> {
    let start = 0;
    /** Where the current product's unrecorded lines start in `data`. */
    let pieceStart = 0;
    const closePiece = (at: number) => {
      if (current && pieceStart < at) current.pieces.push(data.subarray(pieceStart, at));
    };
    for (let end = data.indexOf(NEWLINE_BYTE, start); end !== -1; start = end + 1, end = data.indexOf(NEWLINE_BYTE, start)) {
      lineNumber++;
      if (isBlank(data, start, end)) {
        closePiece(start);
        pieceStart = end + 1;
        continue;
      }
      if (lineNumber === 1 && data.toString('utf8', start, Math.min(end, start + 20)).startsWith('{"candor":"reviews"')) {
        const header = JSON.parse(data.toString('utf8', start, end)) as { grouped?: unknown; ratingScale?: unknown };
        grouped = header.grouped === true;
        if (typeof header.ratingScale === 'number' && header.ratingScale !== ratingScale) {
          throw new UsageError(
            `${input} has ratings on 1..${header.ratingScale} but the config's reviews.ratingScale is ${ratingScale}: import again with --rating-scale ${ratingScale}, or fix the config`,
          );
        }
        pieceStart = end + 1;
        continue;
      }
      onLine();
      if (grouped && current && startsWithId(data, start, end, current.id)) {
        current.lines++;
        continue;
      }
      const line = data.subarray(start, end > start && data[end - 1] === 0x0d ? end - 1 : end);
      let productId: string;
      try {
        productId = productIdOf(line);
      } catch (error) {
        throw new UsageError(`${input}:${lineNumber}: ${(error as Error).message.slice(0, 100)}`);
      }
      if (!grouped) {
        checkId(productId);
        grouper.addBytes(productId, data, start, line.length + start);
        continue;
      }
      if (current && current.productId === productId) {
        current.lines++;
        continue;
      }
      checkId(productId);
      if (current) {
        closePiece(start);
        done.add(current.productId);
        yield current;
      }
      if (done.has(productId))
        throw new UsageError(
          `${input}:${lineNumber}: product ${productId} appears again after other products, but the file's first line says it is grouped`,
        );
      current = { productId, id: Buffer.from(productId), pieces: [], lines: 1 };
      pieceStart = start;
    }
    closePiece(start);
  }
  const checkId = (productId: string) => {
    if (!PRODUCT_ID.test(productId) || !isSafePath(productId)) {
      throw new UsageError(
        `${input}:${lineNumber}: product id "${productId.slice(0, 60)}" cannot name a file (letters, digits and . _ : / - only, no empty, "." or ".." segments)`,
      );
    }
  };

  try {
    /** The start of a line the last read cut off. */
    let rest: Buffer | undefined;
    for await (const chunk of createReadStream(input, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      onBytes(chunk.length);
      const first = chunk.indexOf(NEWLINE_BYTE);
      if (first === -1) {
        rest = rest ? Buffer.concat([rest, chunk]) : chunk;
        continue;
      }
      // Only the cut line is copied to join its two parts, never the whole read.
      let from = 0;
      if (rest) {
        yield* scan(Buffer.concat([rest, chunk.subarray(0, first + 1)]));
        from = first + 1;
      }
      const last = chunk.lastIndexOf(NEWLINE_BYTE);
      if (last >= from) yield* scan(from === 0 && last === chunk.length - 1 ? chunk : chunk.subarray(from, last + 1));
      rest = last < chunk.length - 1 ? chunk.subarray(last + 1) : undefined;
    }
    // A last line without a newline is read as if it had one.
    if (rest?.length) yield* scan(Buffer.concat([rest, Buffer.from('\n')]));
    if (current) yield current;
    if (!grouped) for (const group of grouper.groups()) yield { productId: group.productId, pieces: [group.text], lines: group.lines };
  } finally {
    grouper.dispose();
  }
}

export async function runSummarize(options: SummarizeOptions): Promise<SummarizeReport> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = performance.now();
  const config = loadConfig(options.config);
  const summaryOptions = summaryOptionsFromConfig(config);
  const shard = parseShard(options.shard);
  mkdirSync(options.out, { recursive: true });
  // A change of engine, of settings or of this file format recomputes every product.
  const settings = createHash('sha256')
    .update(JSON.stringify({ core: CORE_VERSION, cli: CLI_VERSION, summaryOptions }))
    .digest('hex')
    .slice(0, 16);
  const manifestPath = join(options.out, shard && shard.n > 1 ? `.candor-manifest.${shard.k}-of-${shard.n}.json` : '.candor-manifest.json');
  const previous = options.force ? undefined : readManifest(manifestPath, settings);
  const next: Manifest = { version: 1, settings, products: {} };

  const workers = options.workers ?? Math.max(1, availableParallelism());
  const staging = join(options.out, `.candor-staging-${RUN_ID}`);
  mkdirSync(staging, { recursive: true });
  const pool = new SummaryPool(workers, summaryOptions, staging);
  const abandon = () => {
    // The process exits next and its workers with it: close() only asks them to stop sooner.
    void pool.close();
    rmSync(staging, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', abandon);
  process.once('SIGTERM', abandon);
  const report: SummarizeReport = {
    products: 0,
    summarized: 0,
    unchanged: 0,
    removed: 0,
    reviews: 0,
    ...(shard ? { shard } : {}),
    timings: { readMs: 0, summarizeMs: 0, workerMs: 0, totalMs: 0 },
  };
  // Progress in megabytes of input read: the number of products is not known until the end.
  const progress = createProgress({ label: 'summarize', unit: 'MB read', quiet: options.quiet ?? false });
  const totalMb = existsSync(options.input) ? Math.ceil(statSync(options.input).size / 1e6) : undefined;
  let bytesRead = 0;
  const onBytes = (bytes: number) => {
    bytesRead += bytes;
    progress.update(Math.floor(bytesRead / 1e6), totalMb);
  };
  const running: Promise<ProductResult[]>[] = [];
  const hashes = new Map<string, string>();
  /** The batch's jobs, with the pieces of their lines still in the read buffers until the batch goes. */
  let batch: { job: Omit<ProductJob, 'bytes'>; pieces: Buffer[] }[] = [];
  let batchReviews = 0;
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    // One buffer for the batch, moved (not copied) to the worker, which gives it back when done.
    const bytes = pool.batchBuffer(batchBytes);
    let at = 0;
    const jobs: ProductJob[] = batch.map(({ job, pieces }) => {
      const start = at;
      for (const piece of pieces) {
        bytes.set(piece, at);
        at += piece.length;
      }
      return { ...job, bytes: bytes.subarray(start, at) };
    });
    const { done } = await pool.submit(jobs, [bytes.buffer]);
    running.push(done);
    batch = [];
    batchReviews = 0;
    batchBytes = 0;
  };
  let readMs = 0;
  try {
    let mark = performance.now();
    for await (const group of groupsOf(
      options.input,
      join(options.out, `.candor-spill-${RUN_ID}`),
      options.memoryMb,
      config.reviews.ratingScale,
      () => report.reviews++,
      onBytes,
    )) {
      if (shard && shardOf(group.productId, shard.n) !== shard.k) continue;
      report.products++;
      const product = productWords(config, group.productId);
      const hash = contentHash(product ? `${settings}${JSON.stringify(product)}` : settings, group.pieces);
      const before = previous?.products[group.productId];
      if (before && before.hash === hash && existsSync(summaryPath(options.out, group.productId))) {
        next.products[group.productId] = before;
        report.unchanged++;
      } else {
        hashes.set(group.productId, hash);
        batch.push({ job: { productId: group.productId, ...(product ? { product } : {}) }, pieces: group.pieces });
        for (const piece of group.pieces) batchBytes += piece.length;
        batchReviews += group.lines;
        readMs += performance.now() - mark;
        if (batchReviews >= BATCH_REVIEWS || batch.length >= BATCH_PRODUCTS) await flush();
        mark = performance.now();
      }
    }
    readMs += performance.now() - mark;
    await flush();
    const summarizeStart = performance.now();
    for (const results of await Promise.all(running)) {
      for (const result of results) {
        next.products[result.productId] = { hash: hashes.get(result.productId)!, entry: result.entry };
        report.summarized++;
      }
    }
    report.timings.summarizeMs = Math.round(performance.now() - summarizeStart);
    // Every product is done: now the new files replace the old ones (renames, no copying).
    for (const productId of hashes.keys()) {
      const target = summaryPath(options.out, productId);
      if (productId.includes('/')) mkdirSync(dirname(target), { recursive: true });
      renameSync(summaryPath(staging, productId), target);
    }
  } finally {
    process.off('SIGINT', abandon);
    process.off('SIGTERM', abandon);
    progress.stop();
    await pool.close();
    rmSync(staging, { recursive: true, force: true });
  }
  // Products gone from the input lose their summary file, so a stale summary is never served.
  for (const productId of Object.keys(previous?.products ?? {})) {
    if (next.products[productId]) continue;
    rmSync(summaryPath(options.out, productId), { force: true });
    report.removed++;
  }
  const ids = Object.keys(next.products).sort();
  const index: RatingsIndex = {
    version: 1,
    ratingScale: config.reviews.ratingScale,
    fields: ['average', 'checkedAverage', 'count', 'checkedCount'],
    products: Object.fromEntries(ids.map((id) => [id, next.products[id]!.entry])),
  };
  writeFileAtomic(join(options.out, ratingsFileName(shard)), `${JSON.stringify(index)}\n`);
  const sortedManifest: Manifest = { ...next, products: Object.fromEntries(ids.map((id) => [id, next.products[id]!])) };
  writeFileAtomic(manifestPath, `${JSON.stringify(sortedManifest)}\n`);
  report.timings.readMs = Math.round(readMs);
  report.timings.workerMs = Math.round(pool.busyMs);
  report.timings.totalMs = Math.round(performance.now() - started);
  log(
    `summarized ${report.summarized} products, ${report.unchanged} unchanged, ${report.removed} removed${shard ? ` (shard ${shard.k}/${shard.n})` : ''}; ${report.reviews} reviews read in ${(report.timings.totalMs / 1000).toFixed(1)} s`,
  );
  return report;
}

const NEWLINE = Buffer.from('\n');

/** The product's own name and category from the store config: the engine never makes them a theme. */
function productWords(config: CandorConfig, productId: string): ProductJob['product'] {
  const known = Object.hasOwn(config.products, productId) ? config.products[productId] : undefined;
  if (!known?.name && !known?.category) return undefined;
  return { ...(known.name ? { name: known.name } : {}), ...(known.category ? { category: known.category } : {}) };
}

/**
 * A product's content hash: the run's settings and its lines, byte for byte, as settings, a
 * newline, then the lines joined by newlines.
 */
function contentHash(settings: string, pieces: readonly Buffer[]): string {
  const hasher = createHash('sha256').update(settings).update(NEWLINE);
  pieces.forEach((piece, i) => {
    const last = i === pieces.length - 1 && piece[piece.length - 1] === NEWLINE_BYTE;
    hasher.update(last ? piece.subarray(0, piece.length - 1) : piece);
  });
  return hasher.digest('hex').slice(0, 24);
}

function readManifest(path: string, settings: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    return manifest.version === 1 && manifest.settings === settings
      ? manifest
      : { ...manifest, products: Object.fromEntries(Object.entries(manifest.products).map(([id, value]) => [id, { ...value, hash: '' }])) };
  } catch {
    return undefined;
  }
}

/** `candor index <dir>`: merges the shards' ratings.k-of-n.json into one ratings.json. */
export function mergeRatings(outDir: string): { products: number; shards: number } {
  const parts = readdirSync(outDir)
    .filter((name) => /^ratings\.\d+-of-\d+\.json$/.test(name))
    .sort();
  if (parts.length === 0) throw new UsageError(`${outDir}: no ratings.k-of-n.json files (run candor summarize --shard k/n first)`);
  const counts = new Set(parts.map((name) => name.replace(/^ratings\.\d+-of-(\d+)\.json$/, '$1')));
  if (counts.size > 1) throw new UsageError(`${outDir}: shards of different splits (${[...counts].join(', ')}); remove the old ones`);
  const n = Number([...counts][0]);
  if (parts.length !== n)
    throw new UsageError(`${outDir}: ${parts.length} of ${n} shards are there; wait for the others or re-run the missing ones`);
  const products: Record<string, RatingEntry> = {};
  let ratingScale = 5;
  for (const name of parts) {
    const part = JSON.parse(readFileSync(join(outDir, name), 'utf8')) as RatingsIndex;
    ratingScale = part.ratingScale;
    Object.assign(products, part.products);
  }
  const ids = Object.keys(products).sort();
  const index: RatingsIndex = {
    version: 1,
    ratingScale,
    fields: ['average', 'checkedAverage', 'count', 'checkedCount'],
    products: Object.fromEntries(ids.map((id) => [id, products[id]!])),
  };
  writeFileAtomic(join(outDir, 'ratings.json'), `${JSON.stringify(index)}\n`);
  return { products: ids.length, shards: n };
}
