/**
 * Reviews from CSV exports (every review platform has one, each with its own column names). A
 * column mapping names the column for each ReviewInput field; RFC 4180 quoting (quoted fields,
 * doubled quotes, line breaks inside quotes), a byte-order mark, CRLF and a chosen delimiter are
 * handled. Rows that cannot become a review are reported with their line number.
 */
import type { ReviewInput } from '../types.js';
import type { AdapterResult } from './result.js';

export type CsvField =
  | 'id' | 'rating' | 'title' | 'content' | 'createdAt' | 'updatedAt' | 'reviewerId' | 'reviewerName' | 'isVerifiedPurchase'
  | 'isIncentivized' | 'incentive' | 'orderedAt' | 'deliveredAt' | 'source' | 'helpfulVotes' | 'locale' | 'pros' | 'cons' | 'isInsider' | 'productId';

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

/** Rows of cells; throws nothing, an unclosed quote ends at the end of the text. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const truthy = (value: string) => (/^(true|yes|y|1|ja|oui|sí|si)$/i.test(value.trim()) ? true : /^(false|no|n|0|nein|non)$/i.test(value.trim()) ? false : undefined);

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
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const get = (field: CsvField) => (index[field] === undefined ? undefined : (row[index[field]!] ?? '').trim() || undefined);
    if (options.productId !== undefined && get('productId') !== options.productId) continue;
    const id = get('id');
    const rating = Number((get('rating') ?? '').replace(',', '.'));
    const createdAt = get('createdAt');
    if (!id || !Number.isFinite(rating) || !createdAt) {
      problems.push({ at: `line ${r + 1}`, reason: !id ? 'no id' : !createdAt ? 'no date' : 'rating is not a number' });
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
    if (reviewerId || reviewerName) review.reviewer = { ...(reviewerId ? { id: reviewerId } : {}), ...(reviewerName ? { name: reviewerName } : {}) };
    for (const field of ['pros', 'cons'] as const) {
      const value = get(field);
      if (value) review[field] = value.split(separator).map((s) => s.trim()).filter(Boolean);
    }
    const source = get('source');
    review.source = (source as ReviewInput['source']) ?? options.source ?? 'imported';
    reviews.push(review);
  }
  return { reviews, problems };
}
