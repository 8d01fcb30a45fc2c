/**
 * The ratings a page states for one product: its AggregateRating as the store wrote it (the plain
 * figure, never replaced by a count of the reviews that happen to be listed), and each listed
 * Review as engine input. Reviews and ratings are found both ways: `review` / `reviews` /
 * `aggregateRating` on the product, and standalone Review and AggregateRating nodes whose
 * `itemReviewed` is the product. A variant without ratings of its own takes its group's.
 *
 * Every review is kept unless it cannot be read, and each one left out says why; a review with no
 * date is kept undated. Ids are unique: an id used twice is reported and the second gets a suffix,
 * so no two reviews ever collapse into one.
 */
import type { ReviewInput } from '../reviews/types.js';
import { isGraphNode, isType, resolveNode, scalarValue, textValue, valuesOf, type GraphNode, type StructuredGraph } from './graph.js';
import { parseStructuredNumber } from './numbers.js';

/** The page's own aggregate, on its own scale, as the store stated it. */
export interface StatedRating {
  value: number;
  count: number;
  /** What `count` counts: `ratingCount` when the page gives it (the average rests on ratings), else `reviewCount`. */
  countOf: 'ratings' | 'reviews';
  best: number;
  worst: number;
}

export interface PageRatings {
  stated?: StatedRating;
  reviews: ReviewInput[];
  /** Reviews left out or changed, with where and why. */
  problems: { at: string; reason: string }[];
}

export interface PageRatingsOptions {
  /** The engine's scale: review ratings are mapped from their own best/worst onto 1..ratingScale. */
  ratingScale?: number;
  source?: ReviewInput['source'];
}

const REVIEW_TYPES = ['review', 'userreview', 'criticreview', 'recommendation'];
const DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function scaleOf(graph: StructuredGraph, node: GraphNode): { best: number; worst: number } {
  const best = parseStructuredNumber(scalarValue(graph, node, 'bestRating'), 'rating') ?? 5;
  const worst = parseStructuredNumber(scalarValue(graph, node, 'worstRating'), 'rating') ?? 1;
  return { best, worst };
}

function notes(graph: StructuredGraph, node: GraphNode, prop: string): string[] {
  const out: string[] = [];
  for (const value of valuesOf(graph, node, prop)) {
    if (typeof value === 'string' && value.trim()) out.push(value.trim());
    else if (isGraphNode(value)) {
      if (isType(value, 'itemlist')) out.push(...notes(graph, value, 'itemListElement'));
      else {
        const text = textValue(graph, value, 'name') ?? textValue(graph, value, 'description');
        if (text) out.push(text);
      }
    }
  }
  return out.slice(0, 50);
}

/** Nodes whose `itemReviewed` is one of the product's nodes. */
function reviewing(graph: StructuredGraph, product: Set<GraphNode>, ...types: string[]): GraphNode[] {
  return graph.nodes.filter(
    (node) => isType(node, ...types) && valuesOf(graph, node, 'itemReviewed').some((target) => isGraphNode(target) && product.has(target)),
  );
}

/** The product's nodes, plus its group's when a variant states no ratings of its own. */
function withGroups(graph: StructuredGraph, nodes: GraphNode[]): GraphNode[] {
  const out = [...nodes];
  for (const node of nodes) {
    for (const group of valuesOf(graph, node, 'isVariantOf')) if (isGraphNode(group) && !out.includes(group)) out.push(group);
    for (const group of graph.nodes) if (!out.includes(group) && valuesOf(graph, group, 'hasVariant').includes(node)) out.push(group);
  }
  return out;
}

export function readPageRatings(graph: StructuredGraph, productNodes: GraphNode[], options: PageRatingsOptions = {}): PageRatings {
  const problems: PageRatings['problems'] = [];
  const own = new Set(productNodes);
  const hasOwn = (nodes: Set<GraphNode>) =>
    [...nodes].some(
      (node) =>
        valuesOf(graph, node, 'aggregateRating').length + valuesOf(graph, node, 'review').length + valuesOf(graph, node, 'reviews').length >
        0,
    ) || reviewing(graph, nodes, ...REVIEW_TYPES, 'aggregaterating').length > 0;
  const product = hasOwn(own) ? own : new Set(withGroups(graph, productNodes));

  // The stated aggregate: the first one that can be read.
  let stated: StatedRating | undefined;
  const aggregates = [
    ...[...product].flatMap((node) => valuesOf(graph, node, 'aggregateRating')),
    ...reviewing(graph, product, 'aggregaterating'),
  ];
  aggregates.forEach((value, index) => {
    const at = `aggregateRating[${index}]`;
    const node = isGraphNode(value) ? value : undefined;
    if (!node) return void problems.push({ at, reason: 'not an AggregateRating node' });
    const rating = parseStructuredNumber(scalarValue(graph, node, 'ratingValue'), 'rating');
    const ratingCount = parseStructuredNumber(scalarValue(graph, node, 'ratingCount'), 'count');
    const reviewCount = parseStructuredNumber(scalarValue(graph, node, 'reviewCount'), 'count');
    const count = ratingCount ?? reviewCount;
    const { best, worst } = scaleOf(graph, node);
    if (rating === undefined) return void problems.push({ at, reason: 'ratingValue is missing or not a number' });
    if (count === undefined || count < 1)
      return void problems.push({
        at,
        reason: 'neither ratingCount nor reviewCount is a whole number above 0, and a rating is never shown without its count',
      });
    if (!(best > worst) || rating < worst || rating > best)
      return void problems.push({ at, reason: `ratingValue ${rating} is outside ${worst}..${best} (bestRating/worstRating)` });
    if (stated) {
      if (stated.value !== rating || stated.count !== count)
        problems.push({
          at,
          reason: `a second aggregate (${rating} from ${count}) differs from the first (${stated.value} from ${stated.count}); the first is shown`,
        });
      return;
    }
    stated = { value: rating, count, countOf: ratingCount !== undefined ? 'ratings' : 'reviews', best, worst };
  });

  // The listed reviews, each node once.
  const listed: GraphNode[] = [];
  const candidates = [
    ...[...product].flatMap((node) => [...valuesOf(graph, node, 'review'), ...valuesOf(graph, node, 'reviews')]),
    ...reviewing(graph, product, ...REVIEW_TYPES),
  ];
  candidates.forEach((value, index) => {
    const node = isGraphNode(value) ? resolveNode(graph, value) : undefined;
    if (!node || !isType(node, ...REVIEW_TYPES))
      return void problems.push({
        at: `review[${index}]`,
        reason: typeof value === 'string' ? `"${value.slice(0, 60)}" is not a Review node` : 'not a Review node',
      });
    if (!listed.includes(node)) listed.push(node);
  });

  const scale = options.ratingScale ?? 5;
  const reviews: ReviewInput[] = [];
  const usedIds = new Map<string, string>();
  const signatures = new Map<string, string>();
  let generated = 0;
  const statedIdOf = (node: GraphNode): string | undefined =>
    (typeof node['@id'] === 'string' && node['@id']) || textValue(graph, node, 'url');
  const explicitIds = new Set(listed.map(statedIdOf));
  listed.forEach((node, index) => {
    const at = `review[${index}]`;
    const ratingNode = valuesOf(graph, node, 'reviewRating').find(isGraphNode);
    const value = ratingNode ? parseStructuredNumber(scalarValue(graph, ratingNode, 'ratingValue'), 'rating') : undefined;
    if (!ratingNode || value === undefined)
      return void problems.push({ at, reason: 'no reviewRating.ratingValue, so it has no rating to count' });
    const { best, worst } = scaleOf(graph, ratingNode);
    if (!(best > worst) || value < worst || value > best)
      return void problems.push({ at, reason: `ratingValue ${value} is outside ${worst}..${best} (bestRating/worstRating)` });
    const rating = Math.round((1 + ((value - worst) / (best - worst)) * (scale - 1)) * 1000) / 1000;
    const dateText = textValue(graph, node, 'datePublished') ?? textValue(graph, node, 'dateCreated');
    const createdAt = dateText ? DATE.exec(dateText)?.[0] : undefined;
    if (dateText && !createdAt)
      problems.push({ at, reason: `datePublished "${dateText.slice(0, 40)}" is not an ISO 8601 date; the review is kept undated` });
    const author = textValue(graph, node, 'author');
    const title = textValue(graph, node, 'name') ?? textValue(graph, node, 'headline');
    const content = textValue(graph, node, 'reviewBody') ?? textValue(graph, node, 'description') ?? textValue(graph, node, 'text');
    const syntax = graph.syntaxOf.get(node) ?? 'json-ld';
    // The same review stated in two syntaxes (a theme's microdata and an app's JSON-LD) is one review.
    const signature = [rating, createdAt ?? '', author ?? '', (content ?? title ?? '').slice(0, 200)].join('\u0000');
    const earlier = signatures.get(signature);
    if (earlier !== undefined && earlier !== syntax)
      return void problems.push({ at, reason: `the same review is also in the page's ${earlier} markup; it is counted once` });
    signatures.set(signature, syntax);
    const givenId = statedIdOf(node);
    let id: string;
    if (givenId) {
      id = givenId;
      for (let n = 2; usedIds.has(id); n++) id = `${givenId}#${n}`;
      if (id !== givenId)
        problems.push({
          at,
          reason: `its id "${givenId.slice(0, 120)}" is also used by ${usedIds.get(givenId)}; kept as a separate review with the id "${id.slice(0, 130)}"`,
        });
    } else {
      do id = `page-review-${++generated}`;
      while (usedIds.has(id) || explicitIds.has(id));
    }
    usedIds.set(id, at);
    const pros = notes(graph, node, 'positiveNotes');
    const cons = notes(graph, node, 'negativeNotes');
    const updated = textValue(graph, node, 'dateModified');
    const language = textValue(graph, node, 'inLanguage');
    reviews.push({
      id,
      rating,
      ...(createdAt ? { createdAt } : {}),
      ...(updated && DATE.test(updated) ? { updatedAt: updated } : {}),
      ...(title ? { title } : {}),
      ...(content ? { content } : {}),
      ...(author ? { reviewer: { name: author } } : {}),
      ...(pros.length ? { pros } : {}),
      ...(cons.length ? { cons } : {}),
      ...(language ? { locale: language } : {}),
      source: options.source ?? 'page',
    });
  });
  return { ...(stated ? { stated } : {}), reviews, problems };
}
