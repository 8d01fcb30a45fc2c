/**
 * Data fetching for Candor elements: one request per URL per page, a timeout, and abort when the
 * element that asked leaves the DOM.
 *
 * Fifty rating badges on a listing page that point at the same summary URL make one request:
 * the first caller starts it and every caller shares the promise. Each caller passes its own
 * AbortSignal; aborting it rejects only that caller's promise. The request itself is aborted only
 * when every caller has given up, and then the entry leaves the cache, so an element added later
 * asks again instead of inheriting someone else's abort. Other failures (HTTP error, timeout, bad
 * JSON) stay cached: the page does not hammer a broken URL, and every element reports the same error.
 */

import { fetchableUrl } from '@candor/core';

export type FetchAs = 'json' | 'text';

/** Largest response read when the caller names no limit (the config's reviews.maxSourceBytes). */
export const DEFAULT_MAX_BYTES = 5_000_000;

export interface FetchOptions {
  /** Give up after this many milliseconds (default 5000). */
  timeoutMs?: number;
  /** The caller's signal: abort it when the element disconnects. */
  signal?: AbortSignal;
  /** Parse the body as JSON (default) or return it as text (CSV, XML feeds). */
  as?: FetchAs;
  /** Refuse a response larger than this many bytes (default 5,000,000). */
  maxBytes?: number;
}

/** A fetch failure with a sentence fit for the element's one console message. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly reason: 'http' | 'timeout' | 'network' | 'parse' | 'aborted' | 'refused' | 'too-large',
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const cache = new Map<string, Entry>();

const keyOf = (url: string, as: FetchAs): string => `${as} ${url}`;

const tooLarge = (url: string, maxBytes: number) =>
  new FetchError(
    `${url} is larger than ${maxBytes.toLocaleString('en')} bytes, the limit for one source (reviews.maxSourceBytes in the store config); send a precomputed summary instead`,
    'too-large',
  );

/** The body as text, reading no more than `maxBytes` (the declared length is checked first). */
async function readCapped(response: Response, url: string, maxBytes: number, controller: AbortController): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    controller.abort();
    throw tooLarge(url, maxBytes);
  }
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxBytes) throw tooLarge(url, maxBytes);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      controller.abort();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function start(url: string, as: FetchAs, timeoutMs: number, maxBytes: number): Entry {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const entry: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
  entry.promise = (async () => {
    let response: Response;
    // http(s) only, resolved against the page: a `javascript:` or `data:` src is never fetched.
    const target = fetchableUrl(url, document.baseURI);
    if (!target) throw new FetchError(`${url.slice(0, 80)} is not an http(s) URL or a path on this site, so it is not fetched`, 'refused');
    try {
      // The URL as given (the browser resolves it as fetchableUrl did).
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { accept: as === 'json' ? 'application/json' : '*/*' },
      });
    } catch {
      if (timedOut) throw new FetchError(`${url} did not answer within ${timeoutMs} ms`, 'timeout');
      if (controller.signal.aborted) throw new FetchError(`the request for ${url} was aborted`, 'aborted');
      throw new FetchError(`${url} could not be reached`, 'network');
    }
    try {
      if (!response.ok) throw new FetchError(`${url} answered HTTP ${response.status}`, 'http');
      // A redirect to another origin hands the widget data the store did not name.
      if (response.redirected && new URL(response.url).origin !== new URL(target).origin) {
        throw new FetchError(
          `${url} redirected to another origin (${new URL(response.url).origin}); data is read only from the origin named`,
          'refused',
        );
      }
      const body = await readCapped(response, url, maxBytes, controller);
      if (as === 'text') return body;
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new FetchError(`${url} did not return valid JSON`, 'parse');
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw new FetchError(
        timedOut ? `${url} did not answer within ${timeoutMs} ms` : `${url} could not be read`,
        timedOut ? 'timeout' : 'network',
      );
    } finally {
      clearTimeout(timer);
    }
  })();
  entry.promise.then(
    () => (entry.settled = true),
    () => (entry.settled = true),
  );
  return entry;
}

/**
 * Fetches `url` once per page and resolves with its parsed body (unknown: validate it before use).
 * Rejects with a FetchError; with reason 'aborted' when the caller's own signal aborted.
 */
export function fetchOnce(
  url: string,
  { timeoutMs = 5000, signal, as = 'json', maxBytes = DEFAULT_MAX_BYTES }: FetchOptions = {},
): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(new FetchError(`the request for ${url} was aborted`, 'aborted'));
  const key = keyOf(url, as);
  let entry = cache.get(key);
  if (!entry) cache.set(key, (entry = start(url, as, timeoutMs, maxBytes)));
  const shared = entry;
  shared.waiting++;
  if (!signal) return shared.promise;
  return new Promise<unknown>((resolve, reject) => {
    const onAbort = () => {
      shared.waiting--;
      // Nobody else wants it: stop the request and forget it, so later elements start afresh.
      if (shared.waiting <= 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(key) === shared) cache.delete(key);
      }
      reject(new FetchError(`the request for ${url} was aborted`, 'aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Forgets every cached response (tests, or an app that switches stores). */
export function clearFetchCache(): void {
  cache.clear();
}

/** Fills `{productId}` in a URL template, encoded so an id can never change the URL's shape. */
export function fillUrlTemplate(template: string, productId: string): string {
  return template.replace(/\{productId\}/g, encodeURIComponent(productId));
}
