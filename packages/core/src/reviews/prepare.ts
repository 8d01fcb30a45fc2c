/**
 * Input checking. Reviews come from feeds, CSV exports and scraped JSON-LD, so nothing about them
 * is trusted: a review with a missing id, an unreadable date or a rating off the scale is left out
 * and reported with the field and the reason; a wrong optional field is dropped and reported. This
 * never throws, whatever the input.
 */
import { REVIEW_SOURCES, type InvalidReview, type ReviewSource } from './types.js';

export const DAY_MS = 86_400_000;
/** Longest text the engine reads per review; longer text is cut (a defence against huge input). */
const MAX_TEXT = 20_000;

/** A valid review, with dates parsed and text ready for the checks. */
export interface PreparedReview {
  id: string;
  rating: number;
  created: number;
  /** UTC day number (days since 1970-01-01). */
  day: number;
  updated?: number;
  ordered?: number;
  delivered?: number;
  title: string;
  content: string;
  /** Title and content, lower-cased, joined by a newline: what the text checks read. */
  lower: string;
  source: ReviewSource;
  verifiedField?: boolean;
  incentivizedField?: boolean;
  incentive?: string;
  insider: boolean;
  helpfulVotes: number;
  locale?: string;
  pros: string[];
  cons: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Milliseconds of an ISO 8601 date or date-time. A time without an offset is read as UTC (not the
 * machine's zone) so the same input gives the same summary everywhere.
 */
export function parseIsoDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = match;
  const month = Number(mo);
  const dayOfMonth = Number(d);
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  const base = Date.UTC(Number(y), month - 1, dayOfMonth, Number(h), Number(mi), Number(s));
  // Reject 2024-02-31 and the like, which Date.UTC would roll over into March.
  if (new Date(base).getUTCDate() !== dayOfMonth) return undefined;
  let offset = 0;
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return base - offset;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Prepared {
  reviews: PreparedReview[];
  invalid: InvalidReview[];
}

export function prepareReviews(input: unknown, ratingScale: number): Prepared {
  const reviews: PreparedReview[] = [];
  const invalid: InvalidReview[] = [];
  if (!Array.isArray(input)) {
    if (input !== undefined && input !== null) invalid.push({ index: -1, field: '$', reason: 'expected a list of reviews', action: 'skipped' });
    return { reviews, invalid };
  }
  const seen = new Set<string>();
  for (let index = 0; index < input.length; index++) {
    const raw: unknown = input[index];
    const skip = (field: string, reason: string, id?: string) => invalid.push({ index, ...(id !== undefined ? { id } : {}), field, reason, action: 'skipped' });
    if (!isRecord(raw)) {
      skip('$', 'not an object');
      continue;
    }
    const id = typeof raw.id === 'number' && Number.isFinite(raw.id) ? String(raw.id) : raw.id;
    if (typeof id !== 'string' || id.trim() === '') {
      skip('id', 'missing or empty id');
      continue;
    }
    if (seen.has(id)) {
      skip('id', `the id "${id}" was already used by an earlier review`, id);
      continue;
    }
    const rating = raw.rating;
    if (typeof rating !== 'number' || !Number.isFinite(rating)) {
      skip('rating', 'rating is not a number', id);
      continue;
    }
    if (rating < 1 || rating > ratingScale) {
      skip('rating', `rating ${rating} is outside 1..${ratingScale}`, id);
      continue;
    }
    const created = typeof raw.createdAt === 'string' ? parseIsoDate(raw.createdAt) : undefined;
    if (created === undefined) {
      skip('createdAt', 'createdAt is missing or not an ISO 8601 date', id);
      continue;
    }
    seen.add(id);
    const ignore = (field: string, reason: string) => invalid.push({ index, id, field, reason, action: 'field-ignored' });
    const text = (field: 'title' | 'content'): string => {
      const value = raw[field];
      if (value === undefined || value === null) return '';
      if (typeof value !== 'string') {
        ignore(field, `${field} is not text`);
        return '';
      }
      return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
    };
    const date = (field: 'updatedAt' | 'orderedAt' | 'deliveredAt'): number | undefined => {
      const value = raw[field];
      if (value === undefined || value === null) return undefined;
      const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
      if (parsed === undefined) ignore(field, `${field} is not an ISO 8601 date`);
      return parsed;
    };
    const flag = (field: 'isVerifiedPurchase' | 'isIncentivized' | 'isInsider'): boolean | undefined => {
      const value = raw[field];
      if (value === undefined || value === null) return undefined;
      if (typeof value !== 'boolean') {
        ignore(field, `${field} is not true or false`);
        return undefined;
      }
      return value;
    };
    const list = (field: 'pros' | 'cons'): string[] => {
      const value = raw[field];
      if (value === undefined || value === null) return [];
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        ignore(field, `${field} is not a list of text`);
        return [];
      }
      return (value as string[]).filter((item) => item.trim() !== '').map((item) => item.slice(0, 1000));
    };
    let source: ReviewSource = 'native';
    if (raw.source !== undefined && raw.source !== null) {
      if ((REVIEW_SOURCES as readonly unknown[]).includes(raw.source)) source = raw.source as ReviewSource;
      else ignore('source', `source must be one of ${REVIEW_SOURCES.join(', ')}`);
    }
    let helpfulVotes = 0;
    if (raw.helpfulVotes !== undefined && raw.helpfulVotes !== null) {
      if (typeof raw.helpfulVotes === 'number' && Number.isFinite(raw.helpfulVotes) && raw.helpfulVotes >= 0) helpfulVotes = raw.helpfulVotes;
      else ignore('helpfulVotes', 'helpfulVotes is not a count');
    }
    const title = text('title');
    const content = text('content');
    const review: PreparedReview = {
      id,
      rating,
      created,
      day: Math.floor(created / DAY_MS),
      title,
      content,
      lower: (title ? `${title}\n${content}` : content).toLowerCase(),
      source,
      insider: flag('isInsider') === true,
      helpfulVotes,
      pros: list('pros'),
      cons: list('cons'),
    };
    const updated = date('updatedAt');
    const ordered = date('orderedAt');
    const delivered = date('deliveredAt');
    if (updated !== undefined) review.updated = updated;
    if (ordered !== undefined) review.ordered = ordered;
    if (delivered !== undefined) review.delivered = delivered;
    const verified = flag('isVerifiedPurchase');
    const incentivized = flag('isIncentivized');
    if (verified !== undefined) review.verifiedField = verified;
    if (incentivized !== undefined) review.incentivizedField = incentivized;
    if (typeof raw.incentive === 'string' && raw.incentive.trim() !== '') review.incentive = raw.incentive.trim().slice(0, 100);
    else if (raw.incentive !== undefined && raw.incentive !== null) ignore('incentive', 'incentive is not text');
    if (typeof raw.locale === 'string' && raw.locale) review.locale = raw.locale;
    reviews.push(review);
  }
  return { reviews, invalid };
}
