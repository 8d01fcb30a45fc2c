/**
 * Input checking. Reviews come from feeds, CSV exports and scraped JSON-LD, so nothing about them
 * is trusted: a review with a missing id, an unreadable date or a rating off the scale is left out
 * and reported with the field and the reason; a wrong optional field is dropped and reported. This
 * never throws, whatever the input.
 */
import { REVIEW_SOURCES, VERIFICATION_LEVELS, type InvalidReview, type ReviewSource, type VerificationLevel } from './types.js';

export const DAY_MS = 86_400_000;
/** Longest text the engine reads per review; longer text is cut (a defence against huge input). */
const MAX_TEXT = 20_000;
/** Most pros or cons read from one review (each at most 1,000 characters, so 20,000 in all, as MAX_TEXT). */
const MAX_ITEMS = 20;

/** A valid review, with dates parsed and text ready for the checks. */
export interface PreparedReview {
  id: string;
  rating: number;
  /** Milliseconds, or NaN for an undated review. */
  created: number;
  /** UTC day number (days since 1970-01-01), NaN when undated. */
  day: number;
  updated: number | undefined;
  ordered: number | undefined;
  delivered: number | undefined;
  title: string;
  content: string;
  source: ReviewSource;
  verifiedField: boolean | undefined;
  /** What stands behind the review's verification (see VerificationLevel). */
  verification: VerificationLevel;
  /** Reviews the reviewer has written in all, when the source knows. */
  reviewerReviews: number | undefined;
  incentivizedField: boolean | undefined;
  incentive: string | undefined;
  insider: boolean;
  helpfulVotes: number;
  locale: string | undefined;
  pros: string[];
  cons: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Milliseconds of an ISO 8601 date or date-time. A time without an offset is read as UTC (not the
 * machine's zone) so the same input gives the same summary everywhere.
 */
/**
 * Title and content joined by a newline (just the content when there is no title): the text the
 * checks read, and what their offsets point into. Built only where needed (the word scan reads
 * title and content apart): kept, 10,000 of them would survive every young-generation GC.
 */
export const fullText = (review: PreparedReview): string => (review.title ? `${review.title}\n${review.content}` : review.content);

export function parseIsoDate(value: string): number | undefined {
  const fast = parseCommonIsoDate(value);
  if (fast !== undefined) return fast;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = match;
  const month = Number(mo);
  const dayOfMonth = Number(d);
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(y), month - 1, dayOfMonth);
  // Reject 2024-02-31 and the like, which would roll over into March.
  if (date.getUTCDate() !== dayOfMonth) return undefined;
  // A leap second (23:59:60, which ISO 8601 allows) counts as the last second of its minute.
  date.setUTCHours(Number(h), Number(mi), Math.min(59, Number(s)));
  const base = date.getTime();
  let offset = 0;
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return base - offset;
}

const digit = (value: string, at: number) => {
  const c = value.charCodeAt(at) - 0x30;
  return c >= 0 && c <= 9 ? c : -1000;
};
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The shapes feeds nearly always use, "2024-05-01" and "2024-05-01T10:20:30Z" (with or without a
 * fraction of a second), read digit by
 * digit (no regex, no Date object); anything else (or anything unusual, such as a year before 100
 * or a leap second) returns undefined and goes through parseIsoDate's full reading, which gives
 * the same value for these shapes.
 */
function parseCommonIsoDate(value: string): number | undefined {
  const length = value.length;
  if (length !== 10 && length < 20) return undefined;
  if (value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return undefined;
  // A non-digit reads as -1000, which makes every field negative except a year whose last
  // character is the odd one out ("202X" would read as 1020): that one is checked on its own.
  if (digit(value, 3) < 0) return undefined;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (year < 100 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return undefined;
  if (length === 10) return utcDays(year, month, day) * DAY_MS;
  if (
    value.charCodeAt(10) !== 0x54 ||
    value.charCodeAt(13) !== 0x3a ||
    value.charCodeAt(16) !== 0x3a ||
    value.charCodeAt(length - 1) !== 0x5a
  )
    return undefined;
  if (length > 20) {
    // A fraction of a second ("…:30.120Z"), which the full reading ignores as well.
    const mark = value.charCodeAt(19);
    if (mark !== 0x2e && mark !== 0x2c) return undefined;
    for (let i = 20; i < length - 1; i++) if (digit(value, i) < 0) return undefined;
    if (length === 21) return undefined;
  }
  const hour = digit(value, 11) * 10 + digit(value, 12);
  const minute = digit(value, 14) * 10 + digit(value, 15);
  const second = digit(value, 17) * 10 + digit(value, 18);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  return utcDays(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
}

/**
 * Days from 1970-01-01 to a valid date of the proleptic Gregorian calendar (Howard Hinnant's
 * days_from_civil): what Date.UTC gives divided by a day, in integer steps instead of a call into
 * the engine's date code, for the three dates of every review.
 */
function utcDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const NO_ITEMS: string[] = [];

function skip(invalid: InvalidReview[], index: number, field: string, reason: string, id?: string): void {
  invalid.push({ index, ...(id !== undefined ? { id } : {}), field, reason, action: 'skipped' });
}

function ignore(invalid: InvalidReview[], index: number, id: string, field: string, reason: string): void {
  invalid.push({ index, id, field, reason, action: 'field-ignored' });
}

// The optional-field readers (text, date, flag, oneOf) share their arguments and their first lines
// by design: each reads one kind of value and words its own problem, with no closure per review.
function text(raw: Record<string, unknown>, field: 'title' | 'content', index: number, id: string, invalid: InvalidReview[]): string {
  const value = raw[field];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    ignore(invalid, index, id, field, `${field} is not text`);
    return '';
  }
  return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
}

function date(
  raw: Record<string, unknown>,
  field: 'updatedAt' | 'orderedAt' | 'deliveredAt',
  index: number,
  id: string,
  invalid: InvalidReview[],
): number | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (parsed === undefined) ignore(invalid, index, id, field, `${field} is not an ISO 8601 date`);
  return parsed;
}

function flag(
  raw: Record<string, unknown>,
  field: 'isVerifiedPurchase' | 'isIncentivized' | 'isInsider',
  index: number,
  id: string,
  invalid: InvalidReview[],
): boolean | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    ignore(invalid, index, id, field, `${field} is not true or false`);
    return undefined;
  }
  return value;
}

/** One of `values`, or undefined (reported when the field is there but not one of them). */
function oneOf<V extends string>(
  raw: Record<string, unknown>,
  field: string,
  values: readonly V[],
  index: number,
  id: string,
  invalid: InvalidReview[],
): V | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (values.includes(value as V)) return value as V;
  ignore(invalid, index, id, field, `${field} must be one of ${values.join(', ')}`);
  return undefined;
}

function list(raw: Record<string, unknown>, field: 'pros' | 'cons', index: number, id: string, invalid: InvalidReview[]): string[] {
  const value = raw[field];
  if (value === undefined || value === null) return NO_ITEMS;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    ignore(invalid, index, id, field, `${field} is not a list of text`);
    return NO_ITEMS;
  }
  // Counted and cut like the text fields: a list of a million items must not bypass MAX_TEXT.
  if (value.length > MAX_ITEMS)
    ignore(invalid, index, id, field, `${field} has ${value.length} items; only the first ${MAX_ITEMS} are read`);
  return (value as string[])
    .slice(0, MAX_ITEMS)
    .filter((item) => item.trim() !== '')
    .map((item) => item.slice(0, 1000));
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
    if (input !== undefined && input !== null)
      invalid.push({ index: -1, field: '$', reason: 'expected a list of reviews', action: 'skipped' });
    return { reviews, invalid };
  }
  const seen = new Set<string>();
  for (let index = 0; index < input.length; index++) {
    const raw: unknown = input[index];
    if (!isRecord(raw)) {
      skip(invalid, index, '$', 'not an object');
      continue;
    }
    const id = typeof raw.id === 'number' && Number.isFinite(raw.id) ? String(raw.id) : raw.id;
    if (typeof id !== 'string' || id.trim() === '') {
      skip(invalid, index, 'id', 'missing or empty id');
      continue;
    }
    if (seen.has(id)) {
      skip(invalid, index, 'id', `the id "${id}" was already used by an earlier review`, id);
      continue;
    }
    const rating = raw.rating;
    if (typeof rating !== 'number' || !Number.isFinite(rating)) {
      skip(invalid, index, 'rating', 'rating is not a number', id);
      continue;
    }
    if (rating < 1 || rating > ratingScale) {
      skip(invalid, index, 'rating', `rating ${rating} is outside 1..${ratingScale}`, id);
      continue;
    }
    // A review with no date at all is kept undated (NaN): it counts, but the time-based checks skip it.
    const undated = raw.createdAt === undefined || raw.createdAt === null;
    const created = undated ? NaN : typeof raw.createdAt === 'string' ? parseIsoDate(raw.createdAt) : undefined;
    if (created === undefined) {
      skip(invalid, index, 'createdAt', 'createdAt is not an ISO 8601 date', id);
      continue;
    }
    seen.add(id);
    // Checked in this order so `invalid` lists a review's problems as it always did.
    const source = oneOf(raw, 'source', REVIEW_SOURCES, index, id, invalid) ?? 'native';
    let helpfulVotes = 0;
    if (raw.helpfulVotes !== undefined && raw.helpfulVotes !== null) {
      if (typeof raw.helpfulVotes === 'number' && Number.isFinite(raw.helpfulVotes) && raw.helpfulVotes >= 0)
        helpfulVotes = raw.helpfulVotes;
      else ignore(invalid, index, id, 'helpfulVotes', 'helpfulVotes is not a count');
    }
    const title = text(raw, 'title', index, id, invalid);
    const content = text(raw, 'content', index, id, invalid);
    const insider = flag(raw, 'isInsider', index, id, invalid) === true;
    const pros = list(raw, 'pros', index, id, invalid);
    const cons = list(raw, 'cons', index, id, invalid);
    const updated = date(raw, 'updatedAt', index, id, invalid);
    const ordered = date(raw, 'orderedAt', index, id, invalid);
    const delivered = date(raw, 'deliveredAt', index, id, invalid);
    const verified = flag(raw, 'isVerifiedPurchase', index, id, invalid);
    const incentivized = flag(raw, 'isIncentivized', index, id, invalid);
    // A boolean from a feed or review app is that source's own claim; an order date is the store's match.
    const verification =
      oneOf(raw, 'verification', VERIFICATION_LEVELS, index, id, invalid) ??
      (ordered !== undefined && verified !== false ? 'order-matched' : verified ? 'platform' : 'none');
    let reviewerReviews: number | undefined;
    const history = isRecord(raw.reviewer) ? raw.reviewer.reviewCount : undefined;
    if (typeof history === 'number' && Number.isInteger(history) && history >= 1) reviewerReviews = history;
    else if (history !== undefined && history !== null)
      ignore(invalid, index, id, 'reviewer.reviewCount', 'reviewer.reviewCount is not a whole number from 1 up');
    let incentive: string | undefined;
    if (typeof raw.incentive === 'string' && raw.incentive.trim() !== '') incentive = raw.incentive.trim().slice(0, 100);
    else if (raw.incentive !== undefined && raw.incentive !== null) ignore(invalid, index, id, 'incentive', 'incentive is not text');
    // Every field is set, in one order, so all prepared reviews share one object shape and the
    // hot loops that read them stay monomorphic.
    const review: PreparedReview = {
      id,
      rating,
      created,
      day: Math.floor(created / DAY_MS),
      updated,
      ordered,
      delivered,
      title,
      content,
      source,
      verifiedField: verified,
      verification,
      reviewerReviews,
      incentivizedField: incentivized,
      incentive,
      insider,
      helpfulVotes,
      locale: typeof raw.locale === 'string' && raw.locale ? raw.locale : undefined,
      pros,
      cons,
    };
    reviews.push(review);
  }
  return { reviews, invalid };
}
