/** Reading rendered widgets and answering their requests, for the element tests. */
import { vi } from 'vitest';

/** A widget's open shadow root, where it renders everything. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** A node's text as a reader meets it: each run of whitespace as one space, trimmed; '' for no node. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the first match of `selector` in a widget's shadow root ('' when nothing matches). */
export const shadowText = (el: Element, selector: string): string => text(root(el).querySelector(selector));

type FetchHandler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** One request a stubbed fetch received. */
export interface FetchCall {
  url: string;
  signal: AbortSignal | undefined;
}

/**
 * Replaces the global fetch (vi.unstubAllGlobals() restores it) and records every request.
 * Given a table of URL -> body, it answers a number as that HTTP status, a string as it is, and
 * anything else as JSON with status 200 (`undefined`, for a URL not in the table, as the empty body).
 * Given a function, it answers what the function returns.
 */
export function stubFetch(answer: Record<string, unknown> | FetchHandler): FetchCall[] {
  const calls: FetchCall[] = [];
  const handler: FetchHandler = typeof answer === 'function' ? answer : (url) => fromTable(answer, url);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push({ url, signal: init.signal ?? undefined });
      return handler(url, init);
    }),
  );
  return calls;
}

function fromTable(table: Record<string, unknown>, url: string): Response {
  const body = table[url];
  if (typeof body === 'number') return new Response('nope', { status: body });
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
}

/** A <script type="application/ld+json"> holding `data` (an object as JSON, a string as it is), appended to <head>. */
export function addJsonLd(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  document.head.append(script);
  return script;
}

/** The detail of every `type` event that reaches the document from now on, in order. */
export function eventDetails(type: string): unknown[] {
  const details: unknown[] = [];
  document.addEventListener(type, (event) => details.push((event as CustomEvent).detail));
  return details;
}
