/** A worker thread: summarizes the batches of products the main thread posts, one answer per batch. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SummaryOptions } from '@candor/core/reviews';
import { summarizeProduct, type ProductJob, type ProductResult } from './summarize-product.js';

const { options, outDir } = workerData as { options: SummaryOptions; outDir: string };

parentPort!.on('message', (batch: { id: number; jobs: ProductJob[] }) => {
  const results: ProductResult[] = [];
  let error: string | undefined;
  const started = performance.now();
  for (const job of batch.jobs) {
    try {
      results.push(summarizeProduct(job, options, outDir));
    } catch (caught) {
      error = `${job.productId}: ${(caught as Error).message}`;
      break;
    }
  }
  // The batch's buffer goes back to the main thread to be filled again: nothing here holds a view of it any more.
  const spare = batch.jobs[0]?.bytes.buffer;
  parentPort!.postMessage({ id: batch.id, results, error, ms: performance.now() - started, spare }, spare ? [spare as ArrayBuffer] : []);
});
