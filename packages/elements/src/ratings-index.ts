/**
 * The store's ratings index: `ratings.json`, written by `candor summarize`, holds every product's
 * plain average, checked average and counts, so the badges of a listing page read one file
 * (one request, shared through fetchOnce) instead of one summary each. Entries are
 * `[average, checkedAverage, count, checkedCount]`; averages are cut to two decimals, never rounded up.
 */
import { fetchOnce } from './shared/fetch-json.js';
import { indexFaultText, type IndexFault } from './ratings-index.faults.js';

export interface IndexFigures {
  rating: number | null;
  count: number;
  checked: number | null;
  checkedCount: number;
  scale: number;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isAverage = (value: unknown, scale: number): value is number | null =>
  value === null || (typeof value === 'number' && value >= 0 && value <= scale);

/** The product's figures, or undefined when the index does not list it. Rejects with one sentence when the file is not an index. */
export async function ratingsFor(
  url: string,
  productId: string,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<IndexFigures | undefined> {
  return figuresInIndex(
    await fetchOnce(url, { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) }),
    url,
    productId,
  );
}

/**
 * The product's figures in an index already read from `url`, or undefined when it does not list
 * the product. Throws one sentence when the data is not an index. Synchronous, so every badge of a
 * listing reads the one file in the same update.
 */
export function figuresInIndex(index: unknown, url: string, productId: string): IndexFigures | undefined {
  const read = readIndex(index, productId);
  if (Array.isArray(read)) throw new Error(indexFaultText(url, productId, ...read));
  return read;
}

/**
 * figuresInIndex without the sentences: the fault (with the index's scale for 'figures') when the data is not an
 * index. The listing badge reads the index so; its console errors put the fault in words
 * (indexFaultText) in a chunk loaded only when there is one.
 */
export function readIndex(index: unknown, productId: string): IndexFigures | undefined | [IndexFault, number?] {
  const data = index as { version?: unknown; ratingScale?: unknown; products?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.version !== 1) return ['version'];
  if (typeof data.products !== 'object' || data.products === null) return ['products'];
  const scale = isCount(data.ratingScale) && data.ratingScale >= 3 && data.ratingScale <= 10 ? data.ratingScale : 5;
  if (!Object.prototype.hasOwnProperty.call(data.products, productId)) return undefined;
  const entry = (data.products as Record<string, unknown>)[productId];
  if (!Array.isArray(entry) || entry.length !== 4) return ['entry', scale];
  const [rating, checked, count, checkedCount] = entry as unknown[];
  if (!isAverage(rating, scale) || !isAverage(checked, scale) || !isCount(count) || !isCount(checkedCount) || checkedCount > count)
    return ['figures', scale];
  return { rating: count ? rating : null, count, checked, checkedCount, scale };
}
