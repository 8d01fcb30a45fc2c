/** Small readers shared by the format mappings: text, flags, numbers, ratings, ids. */
import { hash } from 'node:crypto';

export type Row = Readonly<Record<string, unknown>>;

/** A trimmed non-empty string, or undefined. Numbers become their decimal text. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The value at a dotted path (`reviewer.name`), or a flattened column of that name (CSV). */
export function at(row: Row, path: string): unknown {
  if (path in row) return row[path];
  let current: unknown = row;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** yes/no in the spellings exports use; undefined when blank or unrecognised. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  const text = str(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (/^(true|yes|y|1|t|verified)$/.test(text)) return true;
  if (/^(false|no|n|0|f)$/.test(text)) return false;
  return undefined;
}

/** A finite number from a number or a decimal string ("4,5" too); undefined otherwise. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = str(value);
  if (text === undefined || !/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

export type RatingResult = { ok: true; rating: number } | { ok: false; reason: string };

/** A rating on [min, max] moved linearly onto 1..5 and kept exact: 9 of 1..10 is 4.555…, never rounded up. */
export function rating(value: unknown, min = 1, max = 5): RatingResult {
  const n = num(value);
  if (n === undefined)
    return {
      ok: false,
      reason: value === undefined || value === '' ? 'no rating' : `rating ${JSON.stringify(value).slice(0, 30)} is not a number`,
    };
  if (n < min || n > max) return { ok: false, reason: `rating ${n} is outside ${min}..${max}` };
  if (max <= min) return { ok: false, reason: `rating range ${min}..${max} is empty` };
  const scaled = min === 1 && max === 5 ? n : 1 + ((n - min) * 4) / (max - min);
  return { ok: true, rating: scaled };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Review HTML (WooCommerce, Amazon's <br />) to plain text: tags out, breaks kept as new lines, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A short stable hash: ids for exports that have none, and reviewer keys that carry no e-mail address. */
export function shortHash(...parts: (string | undefined)[]): string {
  // crypto.hash (one call, no Hash object) is several times faster than createHash for short inputs.
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) text += `\u0000${parts[i] ?? ''}`;
  return hash('sha256', text, 'hex').slice(0, 16);
}

/** The reviewer key for an e-mail address: stable, and the address itself never leaves the import. */
export function emailKey(email: string | undefined): string | undefined {
  const clean = str(email)?.toLowerCase();
  return clean ? `e-${shortHash('email', clean)}` : undefined;
}

/** `en_US` (Bazaarvoice, Magento) to the BCP 47 `en-US`. */
export function localeTag(value: unknown): string | undefined {
  const text = str(value);
  return text && /^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/i.test(text) ? text.replace(/_/g, '-') : undefined;
}

/** Sets the key only when the value is defined, so the NDJSON has no `"x": undefined` and objects stay fast (no delete). */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
