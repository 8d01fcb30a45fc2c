/**
 * A worker thread of a split CSV import (parallel.ts): reads one part of the file, maps each record
 * with the format's mapping and posts the outcomes in batches, in file order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { variantFor } from './formats/index.js';
import { readRecords, type SourceRecord } from './readers.js';
import { mapBatch, transferable, type PartJob } from './parallel.js';

const job = workerData as PartJob;
const chosen = variantFor(job.format, job.file);
if ('error' in chosen) throw new Error(chosen.error);
const notes: string[] = [];
const context = {
  dateOrder: job.dateOrder,
  columns: job.columns,
  productId: job.productId,
  ratingScale: job.ratingScale,
  note: (text: string) => {
    if (!notes.includes(text)) notes.push(text);
  },
};
// Records are posted a few thousand at a time: a message per parser wake-up (a dozen records) costs more than the records.
let pending: SourceRecord[] = [];
const post = () => {
  const message = mapBatch(pending, chosen.variant, context);
  pending = [];
  parentPort!.postMessage(message, transferable(message));
  return message.csvError;
};
for await (const batch of readRecords(job.file, chosen.variant, { delimiter: job.delimiter, range: job.range })) {
  for (const record of batch) pending.push(record);
  // A CSV error means the cut may not have been at a record end: the import reads the file whole instead.
  if (pending.length >= 2000 && post()) break;
}
if (pending.length) post();
parentPort!.postMessage({ done: true, notes });
