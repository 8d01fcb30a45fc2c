/**
 * Where the review widgets get their summary, shared by <candor-review-summary> and
 * <candor-rating-badge>. Sources, first match wins:
 *   1. the `summary` property (a summary), the `summary-src` URL (a summary);
 *   2. an inline `<script type="application/json">` child (reviews, or a summary), the `reviews`
 *      property, the `src` URL;
 *   3. the config's `reviews.source.summaryUrl` (a summary) or `reviews.source.url` (reviews) with
 *      `{productId}` filled in;
 *   4. the page's own schema.org markup (JSON-LD, microdata or RDFa Lite): its stated aggregate,
 *      the plain figure, and the reviews it lists, the checked figure (page-reviews.ts).
 * Precomputed summaries are read here. Every other source is read by raw-reviews.ts and raw
 * reviews are analysed by the engine, each loaded with a dynamic import only then, so a page with
 * precomputed summaries downloads neither. Every payload is checked before it is shown: a bad
 * one is an error with one sentence saying what is wrong.
 */
import { safeLink as coreSafeLink, type CandorConfig, type StatedRating } from '@candor/core';
import type { ReviewSummary, Theme } from '@candor/core/reviews';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FetchError, fetchOnce, fillUrlTemplate } from './shared/fetch-json.js';
import { pageHasMarkup } from './shared/json-ld.js';
import { isDevMode } from './shared/log.js';
import type { CandorElement } from './shared/candor-element.js';

export type ReviewFormat = CandorConfig['reviews']['source'] extends infer S ? (S extends { format: infer F } ? F : never) : never;

export interface DataRequest {
  productId?: string | undefined;
  src?: string | undefined;
  summarySrc?: string | undefined;
  format?: string | undefined;
  summary?: unknown;
  reviews?: unknown;
  /** The text of an inline `<script type="application/json">` child, if any. */
  inline?: string | undefined;
  config: CandorConfig;
}

/**
 * What was found: a summary, the page's stated aggregate (with or without a summary of the reviews
 * the page lists), or nothing at all (no source configured, no rating markup).
 */
export type DataOutcome = { summary?: ReviewSummary | undefined; stated?: StatedRating; source: string };

/** True when a request can be answered without the network (inline data or properties). */
export function hasLocalData(request: DataRequest): boolean {
  return request.summary !== undefined || request.reviews !== undefined || request.inline !== undefined;
}

/** True when JSON text starts as reviews do: a list, or an object whose first key is "reviews" (never a summary's). */
export const looksLikeReviews = (text: string): boolean => /^\s*(\[|\{\s*"reviews"\s*:)/.test(text);

/** Fetches one data URL with the config's timeout and size limit, for the caller's signal. */
export type SourceFetch = (url: string, as?: 'json' | 'text') => Promise<unknown>;

/**
 * Finds, fetches and checks the data for one element. Rejects with an Error whose message is one sentence.
 * A precomputed summary is read here; every other source (raw reviews, the page's markup) goes
 * through raw-reviews.ts, loaded only then, so a page with precomputed summaries never downloads it.
 */
export async function loadSummary(request: DataRequest, signal?: AbortSignal): Promise<DataOutcome> {
  const { config, productId } = request;
  const source = config.reviews.source;
  const timeoutMs = source?.timeoutMs ?? 5000;
  const maxBytes = config.reviews.maxSourceBytes;
  const get: SourceFetch = (url, as = 'json') => fetchOnce(url, { timeoutMs, as, maxBytes, ...(signal ? { signal } : {}) });

  if (request.summary !== undefined) return { summary: readSummary(request.summary, 'the summary property'), source: 'summary property' };
  if (request.summarySrc) return { summary: readSummary(await get(request.summarySrc), request.summarySrc), source: request.summarySrc };
  // The config's summary URL answers only when no element source (inline JSON, reviews, src) comes first.
  if (source?.summaryUrl && productId && !hasLocalData(request) && !request.src) {
    const url = fillUrlTemplate(source.summaryUrl, productId);
    return { summary: readSummary(await get(url), url), source: url };
  }
  return (await import('./raw-reviews.js')).loadReviews(request, get);
}

// ---------------------------------------------------------------------------------------------
// Checking a summary that came from elsewhere

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isRatingOrNull = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const LEVELS: readonly unknown[] = ['order-matched', 'platform', 'none'];
/** A precomputed summary's verification levels, kept only when every share is from 0 to 1. */
function verificationLevels(value: unknown): Pick<ReviewSummary['disclosure'], 'verificationLevels'> {
  const shares = isObject(value) && isObject(value['shares']) ? value['shares'] : null;
  if (
    !shares ||
    !LEVELS.every(
      (level) =>
        typeof shares[level as string] === 'number' && (shares[level as string] as number) >= 0 && (shares[level as string] as number) <= 1,
    )
  )
    return {};
  const counted = list((value as Record<string, unknown>)['counted']).filter((level) => LEVELS.includes(level)) as NonNullable<
    ReviewSummary['disclosure']['verificationLevels']
  >['counted'];
  return counted.length ? { verificationLevels: { counted, shares: shares as Record<(typeof counted)[number], number> } } : {};
}
const counts = (value: unknown, length: number): number[] =>
  Array.from({ length }, (_, i) => (isCount(list(value)[i]) ? (list(value)[i] as number) : 0));

/** Which policy facts a summary says the store declared; anything but `true` is not declared. */
const declaredOf = (value: Record<string, unknown>) => ({
  verification: value['verification'] === true,
  moderation: value['moderation'] === true,
  ordering: value['ordering'] === true,
  incentives: value['incentives'] === true,
});

export function isSummaryLike(data: unknown): boolean {
  return isObject(data) && 'total' in data && 'rawAverage' in data;
}

/** A link the summary may render: https or a path that resolves to this page's origin (core's rule); no page, no base, on the server. */
export const safeLink = (value: unknown): string | undefined => coreSafeLink(value, globalThis.document?.baseURI);

/**
 * Checks the parts every view needs and fills safe defaults for the rest, so a summary from an
 * older engine or a hand-made file renders what it has. Throws one sentence when it cannot.
 */
export function readSummary(data: unknown, where: string): ReviewSummary {
  const bad = (what: string) => new Error(`${where} is not a review summary: ${what}`);
  if (!isObject(data)) throw bad('expected a JSON object');
  const { total, rawAverage, adjustedAverage, trustedCount } = data;
  if (!isCount(total)) throw bad('"total" must be a whole number');
  if (!isRatingOrNull(rawAverage)) throw bad('"rawAverage" must be a number or null');
  if (!isRatingOrNull(adjustedAverage)) throw bad('"adjustedAverage" must be a number or null');
  if (!isCount(trustedCount) || trustedCount > total) throw bad('"trustedCount" must be a whole number no larger than "total"');
  const scale = isCount(data['ratingScale']) && data['ratingScale'] >= 3 && data['ratingScale'] <= 10 ? data['ratingScale'] : 5;
  if ((rawAverage ?? 0) > scale || (adjustedAverage ?? 0) > scale) throw bad(`an average is above the rating scale of ${scale}`);
  if (total > 0 && rawAverage === null) throw bad('"rawAverage" is missing although there are reviews');
  const checkMode = (value: unknown) => (value === 'flag' || value === 'off' ? value : 'exclude');
  const histogram = isObject(data['histogram']) ? data['histogram'] : {};
  const confidence = isObject(data['confidence']) ? data['confidence'] : {};
  const themes = isObject(data['themes']) ? data['themes'] : {};
  const longTerm = isObject(data['longTerm']) ? data['longTerm'] : {};
  const mostHelpful = isObject(data['mostHelpful']) ? data['mostHelpful'] : {};
  const disclosure = isObject(data['disclosure']) ? data['disclosure'] : {};
  const shares = isObject(disclosure['shares']) ? disclosure['shares'] : {};
  const share = (value: unknown) => (typeof value === 'number' && value >= 0 && value <= 1 ? value : null);
  const theme = (value: unknown): Theme[] => {
    if (!isObject(value) || !text(value['label']) || !isCount(value['mentions'])) return [];
    return [
      {
        label: value['label'] as string,
        key: text(value['key']) ?? (value['label'] as string),
        mentions: value['mentions'],
        reviewIds: list(value['reviewIds']).filter((id): id is string => typeof id === 'string'),
        quotes: list(value['quotes']).flatMap((quote) =>
          isObject(quote) && text(quote['text']) ? [{ reviewId: String(quote['reviewId'] ?? ''), text: quote['text'] as string }] : [],
        ),
        ...(text(value['labelKey']) ? { labelKey: value['labelKey'] as string } : {}),
        ...(isObject(value['split']) && isCount(value['split']['positive']) && isCount(value['split']['negative'])
          ? { split: { positive: value['split']['positive'], negative: value['split']['negative'] } }
          : {}),
        ...(Array.isArray(value['aspects']) ? { aspects: value['aspects'].flatMap(theme) } : {}),
      },
    ];
  };
  const excerpt = (value: unknown) =>
    isObject(value) && typeof value['rating'] === 'number' && text(value['excerpt'])
      ? {
          id: String(value['id'] ?? ''),
          rating: value['rating'],
          helpfulVotes: isCount(value['helpfulVotes']) ? value['helpfulVotes'] : 0,
          ...(text(value['title']) ? { title: value['title'] as string } : {}),
          excerpt: value['excerpt'] as string,
        }
      : null;
  // Keyed by review ids from the file: no prototype, so "__proto__" is an entry like any other
  // (as core's idRecord; written out here so this chunk shares no module with the engine's).
  const reviewFlags = Object.create(null) as ReviewSummary['reviewFlags'];
  if (isObject(data['reviewFlags'])) {
    for (const [id, flags] of Object.entries(data['reviewFlags'])) {
      reviewFlags[id] = list(flags).filter(
        (flag): flag is ReviewSummary['reviewFlags'][string][number] =>
          isObject(flag) && typeof flag['check'] === 'string' && typeof flag['excludes'] === 'boolean',
      );
    }
  }
  const flaggedRatings = Object.create(null) as Record<string, number>;
  if (isObject(data['flaggedRatings']))
    for (const [id, rating] of Object.entries(data['flaggedRatings']))
      if (typeof rating === 'number' && Number.isFinite(rating)) flaggedRatings[id] = rating;
  return {
    total,
    rawAverage,
    adjustedAverage,
    trustedCount,
    ratingScale: scale,
    excluded: list(data['excluded']).flatMap((entry) =>
      isObject(entry) && typeof entry['check'] === 'string' && isCount(entry['count'])
        ? [{ check: entry['check'] as ReviewSummary['excluded'][number]['check'], count: entry['count'], mode: checkMode(entry['mode']) }]
        : [],
    ),
    checks: list(data['checks']).flatMap((entry) =>
      isObject(entry) && typeof entry['check'] === 'string' && isCount(entry['flagged']) && isCount(entry['excluded'])
        ? [
            {
              check: entry['check'] as ReviewSummary['excluded'][number]['check'],
              mode: checkMode(entry['mode']),
              flagged: entry['flagged'],
              excluded: entry['excluded'],
              flaggedAverage: isRatingOrNull(entry['flaggedAverage']) ? entry['flaggedAverage'] : null,
              othersAverage: isRatingOrNull(entry['othersAverage']) ? entry['othersAverage'] : null,
              applicable: entry['applicable'] !== false,
              note: '',
            },
          ]
        : [],
    ),
    reviewFlags,
    flaggedRatings,
    histogram: { raw: counts(histogram['raw'], scale), trusted: counts(histogram['trusted'], scale) },
    confidence: {
      low: typeof confidence['low'] === 'number' ? confidence['low'] : null,
      high: typeof confidence['high'] === 'number' ? confidence['high'] : null,
      level: 0.95,
      basedOn: isCount(confidence['basedOn']) ? confidence['basedOn'] : trustedCount,
      smallSample: typeof confidence['smallSample'] === 'boolean' ? confidence['smallSample'] : trustedCount < 10,
    },
    themes: {
      pros: list(themes['pros']).flatMap(theme),
      cons: list(themes['cons']).flatMap(theme),
      generated: true,
      ...(themes['found'] === false ? { found: false as const } : {}),
      negativeSentenceShare: share(themes['negativeSentenceShare']),
      complaintShare: share(themes['complaintShare']),
      sentences: { positive: 0, negative: 0, neutral: 0 },
    },
    longTerm: {
      days: isCount(longTerm['days']) ? longTerm['days'] : 90,
      count: isCount(longTerm['count']) ? longTerm['count'] : 0,
      average: isRatingOrNull(longTerm['average']) ? longTerm['average'] : null,
      reviewIds: list(longTerm['reviewIds']).filter((id): id is string => typeof id === 'string'),
      byDates: isCount(longTerm['byDates']) ? longTerm['byDates'] : 0,
      byText: isCount(longTerm['byText']) ? longTerm['byText'] : 0,
      evidence: {},
    },
    mostHelpful: { critical: excerpt(mostHelpful['critical']), positive: excerpt(mostHelpful['positive']) },
    checkoutSurvey:
      isObject(data['checkoutSurvey']) && isCount(data['checkoutSurvey']['count'])
        ? {
            count: data['checkoutSurvey']['count'],
            average: isRatingOrNull(data['checkoutSurvey']['average']) ? data['checkoutSurvey']['average'] : null,
            histogram: counts(data['checkoutSurvey']['histogram'], scale),
          }
        : { count: 0, average: null, histogram: counts(undefined, scale) },
    disclosure: {
      verificationMethod:
        disclosure['verificationMethod'] === 'order-match' || disclosure['verificationMethod'] === 'invitation-after-delivery'
          ? disclosure['verificationMethod']
          : 'none',
      ...(text(disclosure['verificationDescription']) ? { verificationDescription: disclosure['verificationDescription'] as string } : {}),
      ...(text(disclosure['moderationMethod']) ? { moderationMethod: disclosure['moderationMethod'] as string } : {}),
      ...(text(disclosure['ordering']) ? { ordering: disclosure['ordering'] as string } : {}),
      incentivesOffered: disclosure['incentivesOffered'] === true,
      incentiveKinds: list(disclosure['incentiveKinds']).filter((kind): kind is string => typeof kind === 'string'),
      ...(safeLink(disclosure['fakeReviewPolicyUrl']) ? { fakeReviewPolicyUrl: disclosure['fakeReviewPolicyUrl'] as string } : {}),
      ...(safeLink(disclosure['reviewPolicyUrl']) ? { reviewPolicyUrl: disclosure['reviewPolicyUrl'] as string } : {}),
      shares: {
        verified: share(shares['verified']),
        incentivized: share(shares['incentivized']) ?? 0,
        imported: share(shares['imported']) ?? 0,
        syndicated: share(shares['syndicated']) ?? 0,
      },
      ...verificationLevels(disclosure['verificationLevels']),
      checkoutSurveyCount: isCount(disclosure['checkoutSurveyCount']) ? disclosure['checkoutSurveyCount'] : 0,
      ...(isCount(disclosure['undatedCount']) ? { undatedCount: disclosure['undatedCount'] } : {}),
      ...(isObject(disclosure['declared']) ? { declared: declaredOf(disclosure['declared']) } : {}),
      leftOut: list(disclosure['leftOut']).flatMap((entry) =>
        isObject(entry) && typeof entry['check'] === 'string' && isCount(entry['count'])
          ? [
              {
                check: entry['check'] as ReviewSummary['excluded'][number]['check'],
                count: entry['count'],
                why: String(entry['why'] ?? ''),
              },
            ]
          : [],
      ),
      flagOnly: [],
      off: [],
      ratingScale: scale,
    },
    invalid: [],
    received: isCount(data['received']) ? data['received'] : total,
  };
}

// ---------------------------------------------------------------------------------------------
// The async-data controller both widgets use (pending, complete, empty, error, none: each explicit)

/** `none`: there is nothing to show (no source and no rating markup); the widget renders nothing visible. */
export type DataState = 'loading' | 'loaded' | 'empty' | 'error' | 'none';

const SOURCE_PROPERTIES = ['productId', 'src', 'summarySrc', 'format', 'summary', 'reviews'] as const;

/** The source properties a review widget has; `null` and `undefined` both mean "not set". */
export interface ReviewSourceHost
  extends
    ReactiveControllerHost,
    HTMLElement,
    Pick<CandorElement, 'requestPreparedUpdate'>,
    Pick<DataRequest, 'productId' | 'src' | 'summarySrc' | 'format' | 'summary' | 'reviews'> {}

/**
 * Loads the summary for its host when the host's source properties change, aborts on disconnect,
 * and asks the host to render again when the state changes. Synchronous sources (a `summary`
 * property, inline summary JSON) are read in the same update, so they never show a loading frame.
 */
export class ReviewDataController implements ReactiveController {
  state: DataState = 'loading';
  summary: ReviewSummary | undefined;
  /** The aggregate the page states for its product (the plain figure), when the data came from the page. */
  stated: StatedRating | undefined;
  /** One sentence for the console when the state is 'error'. */
  error: string | undefined;
  /**
   * The error is the network's (unreachable, timed out, an HTTP error status): only then is the data
   * "not available right now". Data that arrived but is wrong is the store's to fix; it is logged.
   */
  offline = false;
  private key: unknown[] = [];
  private abort: AbortController | undefined;

  constructor(private readonly host: ReviewSourceHost) {
    host.addController(this);
  }

  /** The host's sources as a request (`null` is "not set", as `undefined`: a framework's "not loaded yet"). */
  request(config: CandorConfig): DataRequest {
    const request: DataRequest = { inline: inlineJson(this.host), config };
    for (const name of SOURCE_PROPERTIES) if (this.host[name] != null) request[name] = this.host[name] as string;
    return request;
  }

  /** Call during the host's update with the config in force; starts a load when any source changed. */
  sync(config: CandorConfig): void {
    const request = this.request(config);
    const key = [
      request.summary,
      request.reviews,
      request.inline,
      request.summarySrc,
      request.src,
      request.format,
      request.productId,
      request.config.reviews.source,
      request.config.reviews,
    ];
    if (key.length === this.key.length && key.every((part, i) => part === this.key[i])) return;
    this.key = key;
    this.abort?.abort();
    const inlineSummary = request.inline !== undefined && request.summary === undefined ? parseInlineSummary(request.inline) : undefined;
    if (request.summary !== undefined || inlineSummary !== undefined) {
      try {
        this.settle(
          readSummary(request.summary ?? inlineSummary, request.summary !== undefined ? 'the summary property' : 'the inline JSON'),
        );
      } catch (error) {
        this.fail(error);
      }
      return;
    }
    this.abort = undefined;
    if (readsPageOnly(request) && !pageHasMarkup()) {
      // Known at once: nothing will be shown, so no loading frame either (it would appear and vanish).
      this.summary = this.stated = this.error = undefined;
      this.state = 'none';
      this.hintIfStillNone(key);
      return;
    }
    const abort = (this.abort = new AbortController());
    this.state = 'loading';
    this.summary = undefined;
    this.stated = undefined;
    this.error = undefined;
    loadSummary(request, abort.signal).then(
      (outcome) => {
        if (abort.signal.aborted) return;
        // Nothing to show is not an error: the page simply has no ratings (the page reader said why in dev mode).
        if (outcome.summary || outcome.stated) this.settle(outcome.summary, outcome.stated);
        else this.state = 'none';
        // The render gets a task of its own: otherwise it shares one with whatever produced the data
        // (the engine's analysis of raw reviews) and with every element waiting for the same response
        // (a badge and a summary share one fetch), one long task where two or three short ones do.
        // The loading state keeps the element's size meanwhile. Where first renders are paced, the
        // render is prepared in turns, as a first render is (see CandorElement.requestPreparedUpdate).
        setTimeout(() => this.host.requestPreparedUpdate());
      },
      (error: unknown) => {
        if (abort.signal.aborted || (error instanceof FetchError && error.reason === 'aborted')) return;
        this.fail(error);
        this.host.requestUpdate();
      },
    );
  }

  /**
   * The dev-mode hint for a widget with no source, given only if no source arrived by a task after
   * this update (a framework sets properties just after the element's first render), and never for
   * a host marked `pending` (the page says its data is on the way). Its text lives in the lazy
   * page-reviews chunk: production pages never carry it.
   */
  private hintIfStillNone(key: unknown[]): void {
    if (!isDevMode()) return;
    setTimeout(() => {
      if (this.key === key && this.state === 'none' && !this.host.hasAttribute('pending'))
        import('./page-reviews.js').then(
          (page) => page.hintNoMarkup(),
          () => undefined,
        );
    });
  }

  hostConnected(): void {
    // Back in the DOM after a load was aborted: load again on the next update.
    if (this.state === 'loading' && this.abort?.signal.aborted) {
      this.key = [];
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.state === 'loading') this.abort?.abort();
  }

  private settle(summary: ReviewSummary | undefined, stated?: StatedRating): void {
    this.summary = summary;
    this.stated = stated;
    this.state = stated || (summary && summary.total > 0) ? 'loaded' : 'empty';
    this.error = undefined;
  }

  private fail(error: unknown): void {
    this.summary = undefined;
    this.stated = undefined;
    this.offline = error instanceof FetchError && error.reason !== 'parse';
    this.state = 'error';
    this.error = error instanceof Error ? error.message : String(error);
  }
}

/** True when the element's only possible source is the page's own markup. */
function readsPageOnly(request: DataRequest): boolean {
  return !hasLocalData(request) && !request.src && !request.summarySrc && !(request.config.reviews.source && request.productId);
}

function parseInlineSummary(text: string): unknown {
  // Reviews are parsed where the engine runs (loadSummary), not here on the main thread as well.
  if (looksLikeReviews(text)) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return isSummaryLike(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The text of the element's own inline data child, if it has one. */
export function inlineJson(host: Element): string | undefined {
  // A server render has no light DOM (no children there); the inline data is read on hydration.
  for (const child of host.children ?? [])
    if (child.localName === 'script' && child.getAttribute('type') === 'application/json') return child.textContent ?? '';
  return undefined;
}
