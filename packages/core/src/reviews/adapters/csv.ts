/**
 * Reviews from CSV exports (every review platform has one, each with its own column names). A
 * column mapping names the column for each ReviewInput field; RFC 4180 quoting (quoted fields,
 * doubled quotes, line breaks inside quotes), a byte-order mark, CRLF and a chosen delimiter are
 * handled. Rows that cannot become a review are reported with their line number.
 */
import type { ReviewInput } from '../types.js';
import type { AdapterResult } from './result.js';

export type CsvField =
  | 'id'
  | 'rating'
  | 'title'
  | 'content'
  | 'createdAt'
  | 'updatedAt'
  | 'reviewerId'
  | 'reviewerName'
  | 'isVerifiedPurchase'
  | 'isIncentivized'
  | 'incentive'
  | 'orderedAt'
  | 'deliveredAt'
  | 'source'
  | 'helpfulVotes'
  | 'locale'
  | 'pros'
  | 'cons'
  | 'isInsider'
  | 'productId';

export interface CsvOptions {
  /** Column header for each field; fields left out are not read. */
  columns: Partial<Record<CsvField, string>>;
  delimiter?: string;
  /** Separator inside the pros and cons cells (default "|"). */
  listSeparator?: string;
  /** Keep only rows whose productId column equals this. */
  productId?: string;
  source?: ReviewInput['source'];
}

/**
 * Rows of cells; throws nothing, an unclosed quote ends at the end of the text. Each cell is cut
 * out of the text with slice, never built up a character at a time (which held about 32 times the
 * input in memory on a large file).
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  const length = text.length;
  const separator = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  /** Where the unquoted run from `from` ends: the next delimiter, line break or the end. */
  const runEnd = (from: number): number => {
    let at = from;
    for (; at < length; at++) {
      const c = text.charCodeAt(at);
      if (c === separator || c === 0x0a || c === 0x0d) break;
    }
    return at;
  };
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= length) return [];
  for (;;) {
    let cell = '';
    if (text.charCodeAt(i) === 0x22) {
      // A quoted cell: doubled quotes are one quote; what follows the closing quote up to the
      // delimiter is kept as written.
      let start = ++i;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          cell += text.slice(start);
          i = length;
          break;
        }
        if (text.charCodeAt(quote + 1) === 0x22) {
          cell += text.slice(start, quote + 1);
          i = start = quote + 2;
          continue;
        }
        cell += text.slice(start, quote);
        i = quote + 1;
        break;
      }
    }
    const end = runEnd(i);
    cell += text.slice(i, end);
    i = end;
    row.push(cell);
    if (i >= length) {
      rows.push(row);
      break;
    }
    if (text.charCodeAt(i) === separator) {
      i++;
      continue;
    }
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    i++;
    rows.push(row);
    row = [];
    if (i >= length) break;
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** A rating as written in a cell: digits with an optional decimal point or comma; not "", "0x5" or "1e1". */
const RATING_CELL = /^\+?\d{1,6}(?:[.,]\d{1,6})?$/;

const truthy = (value: string) =>
  /^(true|yes|y|1|ja|oui|sí|si)$/i.test(value.trim()) ? true : /^(false|no|n|0|nein|non)$/i.test(value.trim()) ? false : undefined;

export function reviewsFromCsv(text: string, options: CsvOptions): AdapterResult {
  const rows = parseCsv(text, options.delimiter ?? ',');
  const problems: AdapterResult['problems'] = [];
  const reviews: ReviewInput[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim());
  const index: Partial<Record<CsvField, number>> = {};
  for (const [field, column] of Object.entries(options.columns) as [CsvField, string][]) {
    const at = header.indexOf(column);
    if (at === -1) problems.push({ at: 'header', reason: `no column "${column}" for ${field}` });
    else index[field] = at;
  }
  if (index.id === undefined || index.rating === undefined || index.createdAt === undefined) {
    problems.push({ at: 'header', reason: 'the id, rating and createdAt columns are required' });
    return { reviews, problems };
  }
  const separator = options.listSeparator ?? '|';
  // Without a product column the file is one product's (a per-product URL): every row is read,
  // and that is said, rather than every row being dropped for not naming the product.
  const byProduct = options.productId !== undefined && index.productId !== undefined;
  if (options.productId !== undefined && !byProduct)
    problems.push({ at: 'header', reason: `no product column, so every row is read as a review of ${options.productId}` });
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const get = (field: CsvField) => (index[field] === undefined ? undefined : (row[index[field]!] ?? '').trim() || undefined);
    if (byProduct && get('productId') !== options.productId) continue;
    const id = get('id');
    const ratingCell = get('rating');
    const rating = ratingCell !== undefined && RATING_CELL.test(ratingCell) ? Number(ratingCell.replace(',', '.')) : NaN;
    const createdAt = get('createdAt');
    if (!id || !Number.isFinite(rating) || !createdAt) {
      problems.push({
        at: `line ${r + 1}`,
        reason: !id
          ? 'no id'
          : !createdAt
            ? 'no date'
            : ratingCell === undefined
              ? 'no rating'
              : `rating "${ratingCell.slice(0, 20)}" is not a number`,
      });
      continue;
    }
    const review: ReviewInput = { id, rating, createdAt };
    const title = get('title');
    const content = get('content');
    if (title) review.title = title;
    if (content) review.content = content;
    for (const field of ['updatedAt', 'orderedAt', 'deliveredAt', 'incentive', 'locale'] as const) {
      const value = get(field);
      if (value) review[field] = value;
    }
    for (const field of ['isVerifiedPurchase', 'isIncentivized', 'isInsider'] as const) {
      const value = get(field);
      const flag = value === undefined ? undefined : truthy(value);
      if (flag !== undefined) review[field] = flag;
      else if (value !== undefined) problems.push({ at: `line ${r + 1}`, reason: `${field} "${value}" is not yes or no; left unset` });
    }
    const votes = get('helpfulVotes');
    if (votes !== undefined && /^\d+$/.test(votes)) review.helpfulVotes = Number(votes);
    const reviewerId = get('reviewerId');
    const reviewerName = get('reviewerName');
    if (reviewerId || reviewerName)
      review.reviewer = { ...(reviewerId ? { id: reviewerId } : {}), ...(reviewerName ? { name: reviewerName } : {}) };
    for (const field of ['pros', 'cons'] as const) {
      const value = get(field);
      if (value)
        review[field] = value
          .split(separator)
          .map((s) => s.trim())
          .filter(Boolean);
    }
    const source = get('source');
    review.source = (source as ReviewInput['source']) ?? options.source ?? 'imported';
    reviews.push(review);
  }
  return { reviews, problems };
}
