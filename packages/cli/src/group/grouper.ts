/**
 * Groups lines by product with bounded memory. Lines are held as bytes: the caller hands over
 * the buffers its lines are in (an import worker's batch, a read of the input file) and says where
 * each line is, so no line becomes a string of its own on the way through (a million small strings
 * cost the garbage collector more than everything else the grouping does). Lines are kept in memory
 * until they pass a budget; then everything held is appended to one of `buckets` spill files chosen
 * by a hash of the product id, and memory starts again. At the end each bucket (about 1/buckets of
 * the data) is read back and grouped alone. Products come out ordered by bucket, then by id,
 * whatever the budget, so the same input gives the same order (and the same bytes) with or without
 * spilling. Within a product, lines keep their input order. Lines can come in numbered parts (an
 * import reading two halves of a file at once): within a product, part 0's lines come first, then
 * part 1's, whatever order they arrived in, so a split read gives the bytes of a whole one.
 */
import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from './hash.js';

export interface GrouperOptions {
  /** A folder for spill files; created when first needed and removed by `dispose()`. */
  spillDir: string;
  /**
   * Bytes of lines held in memory before spilling (default 256 MiB). The lines are held in the
   * buffers they arrived in, outside the JavaScript heap, so the budget is memory, not garbage
   * collection work: 1,000,000 reviews (420 MB of lines) peak at about 600 MB of RSS in `candor import`.
   */
  memoryBudget?: number;
  buckets?: number;
}

export interface Group {
  productId: string;
  /** How many lines the product has. */
  lines: number;
  /** The product's lines, each ending in a newline, in order. */
  text: Buffer;
}

// Seed different from the shard hash's, so buckets and shards do not line up.
const BUCKET_SEED = 0x1234567;
const TAB = 0x09;
const NEWLINE = 0x0a;

/**
 * A product's lines: how many, and where they are as triples of (buffer number, start, end), the
 * end excluding the last newline. A span is one line when added, or a run of lines read back
 * from a spill file.
 */
interface Held {
  lines: number;
  spans: number[];
}

export class Grouper {
  readonly #spillDir: string;
  readonly #budget: number;
  readonly #buckets: number;
  /** The buffers held lines are in; a span names its buffer by its place here. */
  #chunks: (Buffer | undefined)[] = [];
  #lastChunk: Uint8Array | undefined;
  /** Spans held in memory, by part, then by bucket, then by product. */
  #memory: Map<string, Held>[][] = [];
  #held = 0;
  #spills = 0;
  #spillScratch: Buffer | undefined;
  #textScratch: Buffer | undefined;
  /** By part, the buffer each spilled bucket of the part is read into in turn (see #readSpilled). */
  #readScratch: Buffer[] = [];

  constructor(options: GrouperOptions) {
    this.#spillDir = options.spillDir;
    this.#budget = options.memoryBudget ?? 256 * 1024 * 1024;
    this.#buckets = options.buckets ?? 64;
  }

  #part(part: number): Map<string, Held>[] {
    while (this.#memory.length <= part) this.#memory.push(Array.from({ length: this.#buckets }, () => new Map()));
    return this.#memory[part]!;
  }

  /** How many times memory was written out to the spill files. */
  get spills(): number {
    return this.#spills;
  }

  /**
   * Holds the line at data[start..end) (without its newline; a line holds no newline) for the
   * product, or a run of `lines` lines there (each but the last ending in its newline). `data` is
   * kept, not copied, until the lines in it are spilled or grouped: the caller must not change it after.
   */
  addBytes(productId: string, data: Uint8Array, start: number, end: number, part = 0, lines = 1): void {
    if (data !== this.#lastChunk) {
      this.#lastChunk = data;
      this.#chunks.push(Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    }
    const bucket = (this.#memory[part] ?? this.#part(part))[fnv1a(productId, BUCKET_SEED) % this.#buckets]!;
    const held = bucket.get(productId);
    const chunk = this.#chunks.length - 1;
    if (held) {
      held.lines += lines;
      held.spans.push(chunk, start, end);
    } else bucket.set(productId, { lines, spans: [chunk, start, end] });
    this.#held += end - start + productId.length + 16;
    if (this.#held > this.#budget) this.#spill();
  }

  /** addBytes() for a line given as a string (small inputs, tests). */
  add(productId: string, line: string, part = 0): void {
    const data = Buffer.from(line);
    this.addBytes(productId, data, 0, data.length, part);
  }

  /**
   * Runs of lines (each ending in a newline) one after the other in `data`: run i belongs to product
   * ids[i], has lines[i] lines and ends at ends[i] (after its last newline).
   */
  addRuns(ids: readonly string[], lines: readonly number[], ends: readonly number[], data: Uint8Array, part = 0): void {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let start = 0;
    for (let i = 0; i < ids.length; i++) {
      this.addBytes(ids[i]!, bytes, start, ends[i]! - 1, part, lines[i]);
      start = ends[i]!;
    }
  }

  #spill(): void {
    mkdirSync(this.#spillDir, { recursive: true });
    const chunks = this.#chunks;
    this.#memory.forEach((buckets, part) =>
      buckets.forEach((bucket, index) => {
        if (bucket.size === 0) return;
        // Each product's lines as one run after a header: "<product id> TAB <lines> TAB <bytes> LF".
        let size = 0;
        const headers: string[] = [];
        for (const [productId, { lines, spans }] of bucket) {
          let bytes = 0;
          for (let i = 0; i < spans.length; i += 3) bytes += spans[i + 2]! - spans[i + 1]! + 1;
          const header = `${productId}\t${lines}\t${bytes}\n`;
          headers.push(header);
          size += Buffer.byteLength(header) + bytes;
        }
        const out = this.#spillBuffer(size);
        let at = 0;
        let product = 0;
        for (const { spans } of bucket.values()) {
          at += out.write(headers[product++]!, at);
          for (let i = 0; i < spans.length; i += 3) {
            at += chunks[spans[i]!]!.copy(out, at, spans[i + 1]!, spans[i + 2]!);
            out[at++] = NEWLINE;
          }
        }
        appendFileSync(this.#bucketFile(part, index), out.subarray(0, size));
        bucket.clear();
      }),
    );
    this.#chunks = [];
    this.#lastChunk = undefined;
    this.#held = 0;
    this.#spills++;
    this.#spillScratch = undefined;
  }

  /**
   * One buffer for every bucket a spill writes, grown as needed: a fresh buffer per bucket cost
   * more in first touches of new memory (page faults) than the copying itself; on a million reviews
   * a spill of 256 MB took several times its copying time that way.
   */
  #spillBuffer(size: number): Buffer {
    if (!this.#spillScratch || this.#spillScratch.length < size) this.#spillScratch = Buffer.allocUnsafeSlow(Math.max(size, 1 << 22));
    return this.#spillScratch;
  }

  /**
   * A spilled bucket of a part, read into the part's buffer (valid until its next bucket is read),
   * and its file deleted. A new buffer per bucket was new memory to touch; deleting the file at
   * once frees its page cache, which the writing of reviews.ndjson then reuses instead of new
   * memory (on this machine a first touch of new memory costs more than writing it).
   */
  #readSpilled(part: number, index: number): Buffer | undefined {
    const file = this.#bucketFile(part, index);
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const size = fstatSync(fd).size;
      let scratch = this.#readScratch[part];
      if (!scratch || scratch.length < size) scratch = this.#readScratch[part] = Buffer.allocUnsafeSlow(Math.max(size, 1 << 22));
      let done = 0;
      while (done < size) {
        const read = readSync(fd, scratch, done, size - done, done);
        if (read === 0) break;
        done += read;
      }
      return scratch.subarray(0, done);
    } finally {
      closeSync(fd);
      rmSync(file);
    }
  }

  #bucketFile(part: number, index: number): string {
    return join(this.#spillDir, `bucket-${String(index).padStart(4, '0')}${part ? `.part-${part}` : ''}.tsv`);
  }

  /** One bucket of one part: its spilled lines, then those still in memory, appended to `into`. */
  #collect(part: number, index: number, into: Map<string, Held>): void {
    const inMemory = this.#memory[part]![index]!;
    if (this.#spills > 0) {
      const data = this.#readSpilled(part, index);
      if (data?.length) {
        const chunk = this.#chunks.push(data) - 1;
        // A run of a product's lines after its header (see #spill) becomes one span.
        for (let start = 0; start < data.length;) {
          const tab = data.indexOf(TAB, start);
          const secondTab = data.indexOf(TAB, tab + 1);
          const headerEnd = data.indexOf(NEWLINE, secondTab + 1);
          const productId = data.toString('utf8', start, tab);
          const lines = Number(data.toString('latin1', tab + 1, secondTab));
          const body = headerEnd + 1;
          const end = body + Number(data.toString('latin1', secondTab + 1, headerEnd));
          let held = into.get(productId);
          if (!held) into.set(productId, (held = { lines: 0, spans: [] }));
          held.lines += lines;
          held.spans.push(chunk, body, end - 1);
          start = end;
        }
      }
    }
    for (const [productId, held] of inMemory) {
      const earlier = into.get(productId);
      if (earlier) {
        earlier.lines += held.lines;
        for (const value of held.spans) earlier.spans.push(value);
      } else into.set(productId, held);
    }
    inMemory.clear();
  }

  #text(spans: readonly number[], reuse: boolean): Buffer {
    const chunks = this.#chunks;
    let size = 0;
    for (let i = 0; i < spans.length; i += 3) size += spans[i + 2]! - spans[i + 1]! + 1;
    let out: Buffer;
    if (reuse) {
      if (!this.#textScratch || this.#textScratch.length < size) this.#textScratch = Buffer.allocUnsafeSlow(Math.max(size, 1 << 20));
      out = this.#textScratch.subarray(0, size);
    } else out = Buffer.allocUnsafe(size);
    let at = 0;
    for (let i = 0; i < spans.length; i += 3) {
      at += chunks[spans[i]!]!.copy(out, at, spans[i + 1]!, spans[i + 2]!);
      out[at++] = NEWLINE;
    }
    return out;
  }

  /**
   * Every product's lines, once; call after the last add(). With `reuse`, every group's text is in
   * one buffer, valid only until the next group is asked for: a caller that copies it at once (the
   * import's writer) then needs no new memory per product.
   */
  *groups(reuse = false): Generator<Group> {
    this.#part(0);
    for (let index = 0; index < this.#buckets; index++) {
      let bucket: Map<string, Held>;
      const spilledFrom = this.#chunks.length;
      if (this.#spills === 0 && this.#memory.length === 1) {
        bucket = this.#memory[0]![index]!;
      } else {
        bucket = new Map();
        for (let part = 0; part < this.#memory.length; part++) this.#collect(part, index, bucket);
      }
      const ids = [...bucket.keys()].sort();
      for (const productId of ids) {
        const { lines, spans } = bucket.get(productId)!;
        bucket.delete(productId);
        yield { productId, lines, text: this.#text(spans, reuse) };
      }
      // This bucket's spill files are grouped: their buffers can go.
      this.#chunks.length = spilledFrom;
    }
  }

  /** Forgets every line of parts `from` and later (a split read that is redone whole). */
  discardParts(from: number): void {
    for (let part = from; part < this.#memory.length; part++) {
      for (let index = 0; index < this.#buckets; index++) {
        this.#memory[part]![index]!.clear();
        rmSync(this.#bucketFile(part, index), { force: true });
      }
    }
  }

  dispose(): void {
    rmSync(this.#spillDir, { recursive: true, force: true });
  }
}
