/** A worker thread of a split CSV import (parallel.ts): reads its part (read-part.ts) and posts the outcomes to the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PartJob } from './parallel.js';
import { readPart } from './read-part.js';

await readPart(workerData as PartJob, (message, transfer) => parentPort!.postMessage(message, transfer));
