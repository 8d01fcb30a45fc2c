/**
 * One benchmark size in its own process (so peak memory belongs to this size only): generate the
 * reviews (not timed), warm the engine up, then time summarizeReviews several times.
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { generateReviewSet, summarizeReviews } from '../src/index.js';
// The theme finder, as the widgets load it beside the engine.
import '../src/reviews/theme-finder.js';

/**
 * CPU time of this process's main thread in ms (Linux: /proc schedstat), or null elsewhere. Other
 * processes on a busy machine stretch the wall-clock time; this stays close to what an idle
 * machine would take (GC helper threads are not counted).
 */
function mainThreadMs(): number | null {
  try {
    return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

const size = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 5);
const gc = (globalThis as { gc?: () => void }).gc;
// `size` genuine reviews plus the injected ones, shuffled; the first `size` are timed.
const { reviews } = generateReviewSet({ seed: 2024, count: size, days: 730 });
const sample = reviews.slice(0, size);
let chars = 0;
for (const review of sample) chars += (review.title?.length ?? 0) + (review.content?.length ?? 0);
const options = { verificationMethod: 'order-match' as const };

// Warm-up on a smaller slice so the JIT has compiled the hot paths.
const warm = generateReviewSet({ seed: 7, count: 2000 }).reviews;
for (let i = 0; i < 3; i++) summarizeReviews(warm, options);

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const times: number[] = [];
const cpuTimes: number[] = [];
let peakHeap = 0;
for (let i = 0; i < runs; i++) {
  gc?.();
  const cpuStart = mainThreadMs();
  const start = performance.now();
  const summary = summarizeReviews(sample, options);
  times.push(performance.now() - start);
  const cpuEnd = mainThreadMs();
  if (cpuStart !== null && cpuEnd !== null) cpuTimes.push(cpuEnd - cpuStart);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - heapBefore);
  if (summary.total !== sample.length) throw new Error('lost reviews');
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    size: sample.length,
    averageChars: Math.round(chars / sample.length),
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    cpuMedian: cpuTimes.length ? cpuTimes[Math.floor(cpuTimes.length / 2)] : null,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapAfterRunMb: peakHeap / 1024 / 1024,
  }),
);
