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

export type FetchAs = 'json' | 'text';

export interface FetchOptions {
  /** Give up after this many milliseconds (default 5000). */
  timeoutMs?: number;
  /** The caller's signal: abort it when the element disconnects. */
  signal?: AbortSignal;
  /** Parse the body as JSON (default) or return it as text (CSV, XML feeds). */
  as?: FetchAs;
}

/** A fetch failure with a sentence fit for the element's one console message. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly reason: 'http' | 'timeout' | 'network' | 'parse' | 'aborted',
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

function start(url: string, as: FetchAs, timeoutMs: number): Entry {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const entry: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
  entry.promise = (async () => {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: as === 'json' ? 'application/json' : '*/*' } });
    } catch {
      if (timedOut) throw new FetchError(`${url} did not answer within ${timeoutMs} ms`, 'timeout');
      if (controller.signal.aborted) throw new FetchError(`the request for ${url} was aborted`, 'aborted');
      throw new FetchError(`${url} could not be reached`, 'network');
    }
    try {
      if (!response.ok) throw new FetchError(`${url} answered HTTP ${response.status}`, 'http');
      const body = await response.text();
      if (as === 'text') return body;
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new FetchError(`${url} did not return valid JSON`, 'parse');
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw new FetchError(timedOut ? `${url} did not answer within ${timeoutMs} ms` : `${url} could not be read`, timedOut ? 'timeout' : 'network');
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
export function fetchOnce(url: string, { timeoutMs = 5000, signal, as = 'json' }: FetchOptions = {}): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(new FetchError(`the request for ${url} was aborted`, 'aborted'));
  const key = keyOf(url, as);
  let entry = cache.get(key);
  if (!entry) cache.set(key, (entry = start(url, as, timeoutMs)));
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
