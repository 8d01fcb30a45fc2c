/**
 * Which URLs Candor will render as a link or fetch, decided by the URL parser rather than by a
 * pattern: `/\evil.example/x` looks like a path on the store's site but every browser resolves it
 * to `https://evil.example/x`, and so do `/\t/evil.example` and `\\evil.example`. A value counts
 * as "on this site" only when it resolves to the page's own origin.
 *
 * One place for the rule: the config validator, the summary reader and the widgets all ask here.
 */

/** The origin a relative link is resolved against where there is no page (the config validator in Node). */
const NO_PAGE = 'https://candor.invalid/';

/** Longest URL accepted anywhere (links and data URLs). */
export const MAX_URL_LENGTH = 2048;

// Controls, spaces and the characters a URL parser strips or reinterprets silently.
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;

/** What we read of a WHATWG URL (every browser and Node have the class; core compiles without DOM types). */
interface ParsedUrl {
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}
type UrlConstructor = new (value: string, base?: string) => ParsedUrl;

function parse(value: string, base: string): ParsedUrl | undefined {
  try {
    return new (globalThis as unknown as { URL: UrlConstructor }).URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * `value` when a shopper may follow it: an absolute `https:` URL with a host, or a path that
 * resolves to `base`'s origin (the page's URL in a browser). Anything else is undefined.
 */
export function safeLink(value: unknown, base: string = NO_PAGE): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH || UNSAFE_CHARACTERS.test(value)) return undefined;
  if (value.startsWith('https://')) {
    const url = parse(value, base);
    return url && url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password ? value : undefined;
  }
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  const page = parse(base, NO_PAGE);
  const url = parse(value, base);
  return page && url && url.origin === page.origin ? value : undefined;
}

/**
 * The absolute URL to fetch data from, or undefined: an absolute `http:` or `https:` URL, or a
 * relative one that stays on `base`'s origin (the page's base URL). Never `javascript:`, `data:`,
 * `blob:` or `file:`, and never a "path" such as `/\evil.example` that leaves the site.
 */
export function fetchableUrl(value: unknown, base: string = NO_PAGE): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH || UNSAFE_CHARACTERS.test(value)) return undefined;
  const url = parse(value, base);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return undefined;
  if (/^https?:\/\//i.test(value)) return url.href;
  return url.origin === parse(base, NO_PAGE)?.origin ? url.href : undefined;
}
