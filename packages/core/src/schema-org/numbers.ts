/**
 * Numbers and JSON-LD text as product pages really write them: "4,5" (a decimal comma), "8.108"
 * or "8 108" (thousands in de/fr), "(3592 Reviews)", "4.5 out of 5".
 */

/** What a number is for: a count is a whole number (its separators group thousands), a rating may have a fraction. */
export type NumberKind = 'count' | 'rating';

// The first number in the text, with any thousands or decimal separators inside it.
const FIRST_NUMBER = /[-+]?\d[\d.,'\u00a0\u202f ]*/;

/**
 * The number a schema.org value states, or undefined. Numbers pass through; in text the first
 * number counts. For a rating, a single `,` or `.` is the decimal mark ("4,5" is 4.5); for a count,
 * groups of three digits are thousands ("8,108", "8.108" and "8 108" are 8108). With both marks
 * the last one is the decimal mark ("1.234,5").
 */
export function parseStructuredNumber(value: unknown, kind: NumberKind): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = FIRST_NUMBER.exec(value.slice(0, 200));
  if (!match) return undefined;
  const raw = match[0].replace(/[\s\u00a0\u202f']+$/, '').replace(/[.,]+$/, '');
  const digits = raw.replace(/[\s\u00a0\u202f']/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = digits.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = digits.split(mark);
    const grouped = parts.length > 1 && parts.slice(1).every((part) => part.length === 3) && /^[-+]?\d{1,3}$/.test(parts[0]!);
    if (kind === 'count' && grouped) normal = parts.join('');
    else if (parts.length === 2) normal = parts.join('.');
    else return undefined;
  } else {
    normal = digits;
  }
  if (/\d[\s\u00a0\u202f']\d/.test(raw) && kind === 'rating') return undefined; // "4 5" is not a rating
  const parsed = Number(normal);
  if (!Number.isFinite(parsed)) return undefined;
  if (kind === 'count' && !Number.isInteger(parsed)) return undefined;
  return parsed;
}
