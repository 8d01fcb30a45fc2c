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

export class SummaryPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #pending = new Map<number, Pending>();
  readonly #waiters: (() => void)[] = [];
  readonly #options: SummaryOptions;
  readonly #outDir: string;
  #nextId = 0;
  /** Time spent summarizing, summed over workers (ms). */
  busyMs = 0;

  constructor(workers: number, options: SummaryOptions, outDir: string) {
    this.#options = options;
    this.#outDir = outDir;
    const script = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(script, { workerData: { options, outDir } });
      worker.on('message', (message: { id: number; results: ProductResult[]; error?: string; ms: number }) => {
        this.busyMs += message.ms;
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
