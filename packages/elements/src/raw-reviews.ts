/**
 * The sources of review-data.ts that are not a precomputed summary: inline JSON, the `reviews`
 * property, the `src` URL, the config's `reviews.source.url` and last the page's own schema.org
 * markup. Loaded with a dynamic import only when an element has one of them, so a page that reads
 * precomputed summaries never downloads it. Raw reviews are analysed by the engine, loaded only
 * then as well; a summary found among these sources is checked as any other (readSummary).
 */
import type { CandorConfig } from '@candor/core';
import type { ReviewInput, ReviewSummary } from '@candor/core/reviews';
import type { ReviewsToSummarize } from './engine-runner.js';
import {
  isObject,
  isSummaryLike,
  looksLikeReviews,
  readSummary,
  type DataOutcome,
  type DataRequest,
  type ReviewFormat,
  type SourceFetch,
} from './review-data.js';
import { fillUrlTemplate } from './shared/fetch-json.js';

/** loadSummary's sources after the precomputed ones, in the same order. */
export async function loadReviews(request: DataRequest, get: SourceFetch): Promise<DataOutcome> {
  const { config, productId } = request;
  const source = config.reviews.source;
  if (request.inline !== undefined) {
    // Inline reviews go to the engine as text, parsed where it runs (a Worker where one can start).
    if (looksLikeReviews(request.inline)) return { summary: await summarize(request.inline, config, productId), source: 'the inline JSON' };
    let data: unknown;
    try {
      data = JSON.parse(request.inline);
    } catch {
      throw new Error('its inline <script type="application/json"> is not valid JSON');
    }
    return fromData(data, 'the inline JSON', config);
  }
  if (request.reviews !== undefined) return fromData(request.reviews, 'the reviews property', config);
  if (request.src) {
    const format = formatOf(request.format ?? 'candor');
    return analyseOnce(await get(request.src, format === 'candor' ? 'json' : 'text'), request.src, config, format, request);
  }
  if (source && productId) {
    const url = fillUrlTemplate(source.url, productId);
    return analyseOnce(await get(url, source.format === 'candor' ? 'json' : 'text'), url, config, source.format, request);
  }
  const page = (await import('./page-reviews.js')).readPageReviews(productId, config.reviews.ratingScale);
  if (!page.stated && !page.reviews.length) return { summary: undefined, source: 'none' };
  // The engine loads only when there are reviews to check: an aggregate alone needs none of it.
  return {
    summary: page.reviews.length ? await summarize(page.reviews, config, productId, page.product) : undefined,
    ...(page.stated ? { stated: page.stated } : {}),
    source: 'the page markup',
  };
}

interface Analysis {
  data: unknown;
  reviews: CandorConfig['reviews'];
  format: ReviewFormat;
  productId: string | undefined;
  outcome: Promise<DataOutcome>;
}
/** The last analysis of each fetched URL: a badge and a summary on one `src` run the engine once. */
const analyses = new Map<string, Analysis>();

/** `fromData` for fetched data, shared by every element asking for the same response with the same settings. */
function analyseOnce(data: unknown, url: string, config: CandorConfig, format: ReviewFormat, request: DataRequest): Promise<DataOutcome> {
  const last = analyses.get(url);
  if (last && last.data === data && last.reviews === config.reviews && last.format === format && last.productId === request.productId)
    return last.outcome;
  const outcome = fromData(data, url, config, format, request);
  analyses.set(url, { data, reviews: config.reviews, format, productId: request.productId, outcome });
  // A failed analysis is not kept: the next element tries again (and reports its own error).
  outcome.catch(() => {
    if (analyses.get(url)?.outcome === outcome) analyses.delete(url);
  });
  return outcome;
}

/**
 * The engine's summary of raw reviews, off the main thread where a Worker can start
 * (engine-runner.ts). The engine and its theme finder load only when raw reviews must be analysed. The
 * product's name, brand and category (store config, else the page's Product) are never a theme.
 */
async function summarize(
  reviews: ReviewsToSummarize,
  config: CandorConfig,
  productId?: string,
  page?: { name?: string },
): Promise<ReviewSummary> {
  const known = productId ? config.products[productId] : undefined;
  const name = known?.name ?? page?.name;
  const category = known?.category;
  const product = { ...(name ? { name } : {}), ...(category ? { category } : {}) };
  return (await import('./engine-runner.js')).summarizeOffMainThread(reviews, config, product);
}

/** The format adapters, like the engine they hand reviews to, load only when raw reviews in another format arrive. */
const adapters = () => import('./review-adapters.js');

const FORMATS = ['candor', 'schema-org', 'google-feed', 'csv'] as const;
function formatOf(value: string): ReviewFormat {
  if ((FORMATS as readonly string[]).includes(value)) return value as ReviewFormat;
  throw new Error(`format="${value.slice(0, 40)}" is not one of ${FORMATS.join(', ')}`);
}

/** JSON that is either a summary, a list of reviews or `{ reviews: [...] }`; other formats go through the engine's adapters. */
async function fromData(
  data: unknown,
  where: string,
  config: CandorConfig,
  format: ReviewFormat = 'candor',
  request?: DataRequest,
): Promise<DataOutcome> {
  if (format === 'candor' && isSummaryLike(data)) return { summary: readSummary(data, where), source: where };
  let reviews: ReviewInput[];
  if (format === 'candor') {
    const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['reviews']) ? data['reviews'] : undefined;
    if (!list) throw new Error(`${where} is neither a list of reviews, { "reviews": [...] }, nor a review summary`);
    reviews = list as ReviewInput[];
  } else {
    reviews = await (await adapters()).adaptReviews(format, data, request?.productId, config.reviews.ratingScale);
  }
  return { summary: await summarize(reviews, config, request?.productId), source: where };
}
