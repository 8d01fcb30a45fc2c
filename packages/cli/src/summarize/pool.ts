/**
 * Spreads product batches over worker threads with a bounded queue, so reading never runs far
 * ahead of summarizing (memory stays bounded). With 0 workers, batches run on the main thread.
 */
import { Worker } from 'node:worker_threads';
import type { SummaryOptions } from '@candor/core/reviews';
import { summarizeProduct, type ProductJob, type ProductResult } from './summarize-product.js';

interface Pending {
  resolve: (results: ProductResult[]) => void;
  reject: (error: Error) => void;
}

/** Batch buffers kept for reuse, and the smallest made (a batch of 4,000 reviews' lines is about 1.7 MB). */
const MAX_SPARE = 4;
const MIN_BATCH_BUFFER = 2 << 20;

export class SummaryPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #pending = new Map<number, Pending>();
  readonly #waiters: (() => void)[] = [];
  readonly #options: SummaryOptions;
  readonly #outDir: string;
  #nextId = 0;
  /** Batch buffers the workers gave back, to be filled again (see batchBuffer). */
  #spare: ArrayBuffer[] = [];
  /** Time spent summarizing, summed over workers (ms). */
  busyMs = 0;

  constructor(workers: number, options: SummaryOptions, outDir: string) {
    this.#options = options;
    this.#outDir = outDir;
    const script = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(script, { workerData: { options, outDir } });
      worker.on('message', (message: { id: number; results: ProductResult[]; error?: string; ms: number; spare?: ArrayBuffer }) => {
        this.busyMs += message.ms;
        if (message.spare && this.#spare.length < MAX_SPARE) this.#spare.push(message.spare);
        const pending = this.#pending.get(message.id)!;
        this.#pending.delete(message.id);
        this.#release(worker);
        if (message.error) pending.reject(new Error(message.error));
        else pending.resolve(message.results);
      });
      worker.on('error', (error) => {
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  #release(worker: Worker): void {
    this.#idle.push(worker);
    this.#waiters.shift()?.();
  }

  /**
   * A buffer of `size` bytes for a batch's lines: one a worker gave back when it can hold them, else
   * a new one. On this machine the first touch of new memory costs more than copying into it, and
   * every review's line passes through one of these.
   */
  batchBuffer(size: number): Uint8Array<ArrayBuffer> {
    const fits = this.#spare.findIndex((buffer) => buffer.byteLength >= size);
    const buffer = fits === -1 ? new ArrayBuffer(Math.max(size, MIN_BATCH_BUFFER)) : this.#spare.splice(fits, 1)[0]!;
    return new Uint8Array(buffer, 0, size);
  }

  /**
   * Waits for a free worker (that is the back-pressure), hands it the batch (moving `transfer`, the
   * buffers the jobs' bytes are in, to it), and gives back its result to come.
   */
  async submit(jobs: ProductJob[], transfer: ArrayBuffer[] = []): Promise<{ done: Promise<ProductResult[]> }> {
    if (this.#workers.length === 0) {
      const started = performance.now();
      try {
        const results = jobs.map((job) => summarizeProduct(job, this.#options, this.#outDir));
        return { done: Promise.resolve(results) };
      } catch (error) {
        return { done: Promise.reject(error as Error) };
      } finally {
        this.busyMs += performance.now() - started;
      }
    }
    while (this.#idle.length === 0) await new Promise<void>((resolve) => this.#waiters.push(resolve));
    const worker = this.#idle.pop()!;
    const id = this.#nextId++;
    const done = new Promise<ProductResult[]>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    worker.postMessage({ id, jobs }, transfer);
    return { done };
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
