/**
 * The review engine in a module Worker, so analysing raw reviews never blocks the page's main
 * thread. It loads the same engine and theme-finder chunks the main thread would, and answers each
 * message `{ reviews or json, config, product }` with `{ summary }` (as JSON text), or `{ error }`
 * with one sentence.
 * Started by engine-runner.ts; in the script-tag bundle rollup emits it as a chunk of its own.
 */
import type { CandorConfig } from '@candor/core';
import type { ReviewInput } from '@candor/core/reviews';
import { reviewsFromJson } from './reviews-json.js';

export interface EngineRequest {
  /** The reviews, or `json`: a widget's inline JSON text with them, parsed here. */
  reviews?: ReviewInput[];
  json?: string;
  config: CandorConfig;
  product: { name?: string; category?: string };
}

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: unknown): void;
};

// Every outcome is answered: a failed chunk import or engine error becomes the `{ error }` reply,
// so nothing rejects unhandled in the worker.
scope.onmessage = ({ data }) => {
  Promise.all([import('@candor/core/reviews'), import('@candor/core/reviews/themes')])
    .then(([engine]) => {
      const reviews = data.json ? reviewsFromJson(data.json) : (data.reviews ?? []);
      const summary = engine.summarizeReviews(reviews, { ...engine.summaryOptionsFromConfig(data.config), product: data.product });
      // As JSON text: the main thread parses it several times faster than it would decode the same
      // summary as a structured clone (thousands of small objects), and the summary is plain JSON data.
      scope.postMessage({ summary: JSON.stringify(summary) });
    })
    .catch((error: unknown) =>
      scope.postMessage({ error: error instanceof Error ? error.message : `the review engine failed in its worker: ${String(error)}` }),
    );
};
