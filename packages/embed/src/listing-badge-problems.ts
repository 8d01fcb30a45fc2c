/**
 * The listing badge's console errors, in words. The badge (listing-badge.ts) notes each problem as
 * a code with its details and imports this chunk only when there is one to report, so a page whose
 * config and badges are right never downloads these sentences.
 */
import { indexFaultText } from '../../elements/src/ratings-index.faults.js';
import { describeElement, logOnce } from '../../elements/src/shared/log.js';

/** A value from the store config as a message quotes it: short, and never the whole of a long string. */
const found = (value: unknown): string =>
  typeof value == 'string' ? JSON.stringify(value.slice(0, 40)) : Array.isArray(value) ? 'a list' : String(value);

const TEXTS = {
  // the store config
  object: (name: string, value: unknown) => `${name} must be an object (found ${found(value)})`,
  whole: (path: string, min: number, max: number, value: unknown, fallback: number) =>
    `${path} must be a whole number from ${min} to ${max} (found ${found(value)}); using ${fallback}`,
  storeLocale: (value: unknown) => `store.locale must be a language tag such as "en" or "de-CH" (found ${found(value)})`,
  ratings: (value: unknown) => `reviews.ratings must be a URL (found ${found(value)})`,
  messages: (language: string) => `messages.${language} must map message keys to strings`,
  // reading the ratings index or a summary
  http: (url: string, status: number) => `${url} answered HTTP ${status}`,
  redirect: (url: string, origin: string) => `${url} redirected to another origin (${origin}); data is read only from the origin named`,
  large: (url: string) => `${url} is larger than 5,000,000 bytes`,
  json: (url: string) => `${url} did not return valid JSON`,
  timeout: (url: string, ms: number) => `${url} did not answer within ${ms} ms`,
  unreachable: (url: string) => `${url} could not be reached`,
  notHttp: (url: string) => `${url} is not an http(s) URL, so it is not fetched`,
  notListed: (index: string) =>
    `is not in the ratings index ${index}, and the store config has no reviews.source.summaryUrl, so it shows nothing`,
  notSummary: (url: string) =>
    `${url} is not a review summary: expected total, trustedCount, ratingScale, rawAverage and adjustedAverage that add up`,
  // the badge's own attributes
  locale: (value: string) => `locale="${value.slice(0, 40)}" is not a language tag such as "en" or "de-CH"; using the page's language.`,
  notRead: (source: string) =>
    `${source} is not read: Candor loaded the listing badge for this page, which reads the rating and count attributes or the ratings index (reviews.ratings)`,
  scale: (value: string, fallback: number) => `scale="${value.slice(0, 40)}" must be a whole number from 3 to 10; using ${fallback}`,
  range: (name: string, value: number, max: number) => `${name}="${String(value)}" must be a number from 0 to ${max}`,
  needsCount: () => 'rating needs count too: a rating without the number of reviews it rests on is not shown',
  noFigures: () =>
    'has no figures: give it rating and count attributes, or set reviews.ratings (the ratings index `candor summarize` writes) in the store config',
  unexpected: (message: string) => `failed unexpectedly and shows nothing: ${message}. Please report this.`,
  index: indexFaultText,
};

type Texts = typeof TEXTS;
/** One problem: its code and the details its sentence names. */
export type Problem = { [Code in keyof Texts]: [Code, ...Parameters<Texts[Code]>] }[keyof Texts];

const explain = ([code, ...details]: Problem): string => (TEXTS[code] as (...args: unknown[]) => string)(...details);

/** The store config's problems as one console error, once per set of problems. */
export function reportConfig(source: string, problems: Problem[]): void {
  const text = problems.map(explain);
  logOnce(`config ${text.join()}`, 'error', `${source}: ${text.join('; ')}.`);
}

/** A badge's problems as one console error, once per badge and set of problems. */
export function reportBadge(badge: Element, serial: number, problems: Problem[]): void {
  const text = problems.map(explain).join('\n  ');
  const name = describeElement(badge);
  logOnce(
    `${name}#${serial}:${text}`,
    'error',
    `${name}: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}\n  ${text}`,
  );
}
