/**
 * Dates as review platforms write them, to ISO 8601. A date whose day and month could be swapped
 * (`05/03/2024`) is never guessed: it needs an order, declared by the format (Judge.me's CSV is
 * day-first, PowerReviews' month-first) or given with `--date-order`.
 */
export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** How a format writes numbers that are dates: Unix seconds or milliseconds. */
export type EpochUnit = 's' | 'ms';

export interface DateRules {
  order?: DateOrder | undefined;
  epoch?: EpochUnit | undefined;
}

export type DateResult = { ok: true; iso: string } | { ok: false; reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month: number, day: number, time: string | undefined, zone: string | undefined): DateResult {
  if (!validDay(year, month, day)) return { ok: false, reason: `no such day: ${year}-${pad(month)}-${pad(day)}` };
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) return { ok: true, iso: date };
  const [h = '0', m = '0', s = '0'] = time.split(':');
  if (Number(h) > 23 || Number(m) > 59 || Number(s) > 60) return { ok: false, reason: `no such time: ${time}` };
  // Fractions of a second are kept as written (Amazon and Bazaarvoice write milliseconds).
  const fraction = s.includes('.') ? s.slice(s.indexOf('.')) : '';
  return { ok: true, iso: `${date}T${pad(Number(h))}:${pad(Number(m))}:${pad(Math.floor(Number(s)))}${fraction}${zone ?? 'Z'}` };
}

function fromEpoch(value: number, unit: EpochUnit): DateResult {
  const ms = unit === 'ms' ? value : value * 1000;
  const date = new Date(ms);
  // Before 1995 or after 2100 a number is more likely a wrong unit than a review date.
  if (!Number.isFinite(date.getTime()) || date.getUTCFullYear() < 1995 || date.getUTCFullYear() > 2100) {
    return { ok: false, reason: `${value} is not a date in ${unit === 'ms' ? 'Unix milliseconds' : 'Unix seconds'}` };
  }
  return { ok: true, iso: date.toISOString().replace('.000Z', 'Z') };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2}:\d{2}(?::\d{2})?)\s*(AM|PM)?)?\s*(Z|UTC|GMT)?$/i;
// JavaScript's Date.toString(): "Mon Aug 10 2015 14:16:38 GMT+0000 (GMT)".
const JS_STRING = /^(?:[A-Z][a-z]{2} )?([A-Z][a-z]{2}) (\d{1,2}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT([+-]\d{4})/;

function zoneOf(zone: string | undefined): string | undefined {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return zone ? 'Z' : undefined;
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/** Reads one date; `rules` say what the format declares. */
export function parseDate(raw: unknown, rules: DateRules = {}): DateResult {
  if (typeof raw === 'number')
    return rules.epoch ? fromEpoch(raw, rules.epoch) : { ok: false, reason: `the date is a bare number (${raw})` };
  if (typeof raw !== 'string' || !raw.trim()) return { ok: false, reason: 'no date' };
  const value = raw.trim();
  if (/^\d{9,13}$/.test(value)) {
    if (rules.epoch) return fromEpoch(Number(value), rules.epoch);
    return { ok: false, reason: `"${value}" is a bare number, not a date this format writes` };
  }
  let m = ISO.exec(value);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[4] ? zoneOf(m[5]) : undefined);
  m = JS_STRING.exec(value);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase() as (typeof MONTHS)[number]) + 1;
    if (month > 0) return build(Number(m[3]), month, Number(m[2]), m[4], zoneOf(m[5]));
  }
  m = NUMERIC.exec(value);
  if (m) return numericDate(value, m, rules.order);
  return { ok: false, reason: `"${value.slice(0, 40)}" is not a date format Candor reads` };
}

/** Distinct date texts a DateReader keeps before it starts again (a catalogue has a few thousand days). */
const MAX_KNOWN = 1 << 14;

/**
 * parseDate for a stream of records: each distinct date text is read once and its result reused
 * (parseDate is a pure function of the text and the rules). A catalogue of a million reviews has
 * a few thousand distinct dates, and reading one runs up to four regular expressions, a Date
 * object for the day check and several small strings.
 */
export class DateReader {
  /** One table of results per combination of rules, found by the rules' values (a format may make a new rules object per record). */
  readonly #tables = new Map<string, Map<string, DateResult>>();

  read(raw: unknown, rules: DateRules): DateResult {
    if (typeof raw !== 'string') return parseDate(raw, rules);
    const key = rules.order === undefined ? (rules.epoch ?? '') : rules.epoch === undefined ? rules.order : `${rules.order} ${rules.epoch}`;
    let table = this.#tables.get(key);
    if (!table) this.#tables.set(key, (table = new Map()));
    let result = table.get(raw);
    if (result === undefined) {
      if (table.size >= MAX_KNOWN) table.clear();
      table.set(raw, (result = parseDate(raw, rules)));
    }
    return result;
  }
}

function numericDate(value: string, m: RegExpExecArray, declared: DateOrder | undefined): DateResult {
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let time = m[4];
  if (time && m[5]) {
    const [h, rest] = [Number(time.split(':')[0]), time.split(':').slice(1).join(':')];
    const hour = m[5].toUpperCase() === 'PM' ? (h % 12) + 12 : h % 12;
    time = `${hour}:${rest}`;
  }
  const zone = time ? 'Z' : undefined;
  if (m[1]!.length === 4) return build(a, b, c, time, zone); // 2024/03/05 is year-month-day everywhere
  if (m[3]!.length !== 4) return { ok: false, reason: `"${value}" has a two-digit year` };
  if (declared === 'dmy') return build(c, b, a, time, zone);
  if (declared === 'mdy') return build(c, a, b, time, zone);
  if (declared === 'ymd') return { ok: false, reason: `"${value}" is not year-first as --date-order ymd says` };
  const dayFirst = validDay(c, b, a);
  const monthFirst = validDay(c, a, b);
  if (dayFirst && monthFirst && a !== b)
    return { ok: false, reason: `ambiguous date "${value}": day and month could be swapped; pass --date-order dmy or --date-order mdy` };
  if (dayFirst) return build(c, b, a, time, zone);
  if (monthFirst) return build(c, a, b, time, zone);
  return { ok: false, reason: `"${value}" is not a valid date in either day-month or month-day order` };
}
