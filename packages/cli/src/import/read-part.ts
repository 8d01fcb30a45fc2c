/**
 * What an import worker does (worker.ts): reads one part of a CSV file, maps each record with the
 * format's mapping as it is read and posts the outcomes in batches, in file order.
 */
import { variantFor } from './formats/index.js';
import { OutcomeBuilder, transferable, type OutcomeBatch, type PartJob } from './parallel.js';
import { readRecords } from './readers.js';

export type PartMessage = OutcomeBatch | { done: true; notes: string[] };

/**
 * Records per message: a message per parser wake-up (a few hundred records) costs more than it
 * needs to, and the more records a message holds, the more of a product's lines it hands over as
 * one run (on the benchmark's catalogue 2.4 lines a run at 20,000 records, 1.4 at 2,000).
 */
const RECORDS_PER_MESSAGE = 20_000;

export async function readPart(job: PartJob, post: (message: PartMessage, transfer: ArrayBuffer[]) => void): Promise<void> {
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
  const builder = new OutcomeBuilder(chosen.variant, context);
  const flush = () => {
    const message = builder.take();
    post(message, transferable(message));
    return message.csvError;
  };
  for await (const batch of readRecords(job.file, chosen.variant, { delimiter: job.delimiter, range: job.range })) {
    for (const record of batch) builder.add(record);
    // A CSV error means the cut may not have been at a record end: the import reads the file whole instead.
    if (builder.records >= RECORDS_PER_MESSAGE && flush()) break;
  }
  if (builder.records > 0) flush();
  post({ done: true, notes }, []);
}
