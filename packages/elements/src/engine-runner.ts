/**
 * Runs the review engine off the page's main thread: in one module Worker per page, started from
 * Candor's own engine-worker chunk (same origin as the page, its URL through the "candor" Trusted
 * Types policy) and shared by every widget that analyses raw reviews, one job at a time. It
 * closes when it has been idle a while. Where a Worker cannot start (the bundle is on another
 * origin than the page, a CSP whose `worker-src`/`script-src` refuses it, Trusted Types refusing
 * the policy, no Worker at all), the engine runs on the main thread instead, yielding to the page
 * between its phases (through `scheduler.yield` where the browser has it).
 */
import type { CandorConfig } from '@candor/core';
import type { ReviewInput, ReviewSummary } from '@candor/core/reviews';
import type { EngineRequest } from './engine-worker.js';
import { reviewsFromJson } from './reviews-json.js';
import { candorPolicy } from './shared/trusted-types.js';

type Product = EngineRequest['product'];
/** Reviews, or a widget's inline JSON text with them (parsed where the engine runs). */
export type ReviewsToSummarize = ReviewInput[] | string;

const IDLE_CLOSE_MS = 10_000;

/** The engine's summary of raw reviews, computed in the Worker where one can start, else on the main thread. */
export async function summarizeOffMainThread(reviews: ReviewsToSummarize, config: CandorConfig, product: Product): Promise<ReviewSummary> {
  const fromWorker = await inWorker({ ...(typeof reviews === 'string' ? { json: reviews } : { reviews }), config, product });
  if (fromWorker) return fromWorker;
  return onMainThread(typeof reviews === 'string' ? reviewsFromJson(reviews) : reviews, config, product);
}

interface Job {
  request: EngineRequest;
  resolve(summary: ReviewSummary | undefined): void;
}

/** Set once a Worker failed to start or to load: later jobs go straight to the main thread. */
let blocked = false;
let worker: Worker | undefined;
let current: Job | undefined;
const queue: Job[] = [];
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** Undefined when no Worker could run the engine for these reviews: the caller runs it on the main thread. */
function inWorker(request: EngineRequest): Promise<ReviewSummary | undefined> {
  if (blocked) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    queue.push({ request, resolve });
    next();
  });
}

function next(): void {
  if (current || !queue.length) return;
  clearTimeout(idleTimer);
  const job = (current = queue.shift()!);
  try {
    (worker ??= startWorker()).postMessage(job.request);
  } catch {
    // Blocked or refused (CSP, Trusted Types, another origin), or data a Worker cannot be sent.
    giveUp();
  }
}

function startWorker(): Worker {
  const url = new URL('./engine-worker.js', import.meta.url).href;
  if (new URL(url).origin !== location.origin) throw new Error("a Worker runs only scripts from the page's origin");
  const policy = candorPolicy();
  const started = new Worker((policy ? policy.createScriptURL(url) : url) as string, { type: 'module', name: 'candor-engine' });
  started.onmessage = ({ data }: MessageEvent<{ summary?: string; error?: string; ready?: true }>) => {
    if ('ready' in data) return; // started: the Intl formatters are built (see intl-warmup.ts)
    const job = current;
    current = undefined;
    // A failure in the Worker (an engine chunk it could not import, a bundler's dev server that
    // cannot run modules in Workers) goes to the main thread, which gives the engine's own error
    // if the reviews themselves are the problem.
    if (typeof data.summary === 'string') job?.resolve(withIdRecords(JSON.parse(data.summary) as ReviewSummary));
    else job?.resolve(undefined);
    if (queue.length) next();
    else idleTimer = setTimeout(close, IDLE_CLOSE_MS);
  };
  // Its script could not load or run (blocked, offline, a bundler that did not emit it).
  started.onerror = (event) => {
    event.preventDefault();
    giveUp();
  };
  started.onmessageerror = giveUp;
  return started;
}

/** The Worker cannot be used: every waiting job goes back to its caller, who runs it on the main thread. */
function giveUp(): void {
  blocked = true;
  close();
  for (const job of [...(current ? [current] : []), ...queue.splice(0)]) job.resolve(undefined);
  current = undefined;
}

function close(): void {
  worker?.terminate();
  worker = undefined;
}

/** Gives the page a turn: `scheduler.yield()` keeps this work's place in line; a timer elsewhere. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The fallback: loading the engine, reading the options and the analysis are separate tasks (the analysis itself is one). */
async function onMainThread(reviews: ReviewInput[], config: CandorConfig, product: Product): Promise<ReviewSummary> {
  await yieldToPage();
  // The theme finder registers itself when loaded; none of its exports is read (so the bundle keeps none of them).
  const [engine] = await Promise.all([import('@candor/core/reviews'), import('@candor/core/reviews/themes').then(() => undefined)]);
  await yieldToPage();
  const options = { ...engine.summaryOptionsFromConfig(config), product };
  await yieldToPage();
  const summary = engine.summarizeReviews(reviews, options);
  await yieldToPage();
  return summary;
}

/**
 * A summary that crossed from the Worker was JSON: its records keyed by review id came back with
 * Object.prototype, where an id like "constructor" would find an inherited value. They get back
 * the null prototype the engine gave them.
 */
function withIdRecords(summary: ReviewSummary): ReviewSummary {
  const record = <T>(from: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, from);
  return {
    ...summary,
    reviewFlags: record(summary.reviewFlags),
    flaggedRatings: record(summary.flaggedRatings),
    longTerm: { ...summary.longTerm, evidence: record(summary.longTerm.evidence) },
  };
}
