/**
 * The review engine in a module Worker, so analysing raw reviews never blocks the page's main
 * thread. It loads the same engine and theme-finder chunks the main thread would, and answers each
 * message `{ reviews or json, config, product }` with `{ summary }` (as JSON text), or `{ error }`
 * with one sentence.
 * Started by engine-runner.ts; in the script-tag bundle rollup emits it as a chunk of its own.
 */
import type { CandorConfig } from '@candor/core';
import type { ReviewInput } from '@candor/core/reviews';

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
// so nothing rejects unhandled in the worker. The JSON reader is imported here, not at the top,
// so the Intl warm-up below runs without waiting for it.
scope.onmessage = ({ data }) => {
  // The theme finder registers itself when loaded; none of its exports is read (so the bundle keeps none of them).
  Promise.all([import('@candor/core/reviews'), import('@candor/core/reviews/themes').then(() => undefined), import('./reviews-json.js')])
    .then(([engine, , { reviewsFromJson }]) => {
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

// The Intl formatters intl-warmup.ts names, built as this Worker starts, for the whole renderer
// process: the page's widgets then format without paying for it on the main thread. (Not imported
// from there: that module starts Workers, with the Trusted Types policy, which has no place here.)
for (const kind of ['NumberFormat', 'RelativeTimeFormat', 'ListFormat']) {
  try {
    new (Intl as unknown as Record<string, new () => unknown>)[kind]!();
  } catch {
    // Unsupported in this browser: nothing to build.
  }
}
scope.postMessage({ ready: true });
