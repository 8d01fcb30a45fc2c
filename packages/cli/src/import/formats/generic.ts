/**
 * Files already close to Candor's own fields: any CSV whose columns `--map Column=field` names, and
 * JSON Lines of `{ productId, review: {...} }` or flat ReviewInput objects with a productId.
 * Both read the same field names through one mapping.
 */
import { buildReview } from '../build.js';
import { leftOut, type MapContext } from '../record.js';
import { REVIEW_SOURCES } from '@candor/core/reviews';
import { at, flag, str, rating, type Row } from '../values.js';
import type { FormatVariant } from './types.js';

/** A list from a JSON array, or from a CSV cell of items separated by "|". */
const list = (value: unknown) =>
  Array.isArray(value)
    ? value.filter((s): s is string => typeof s === 'string')
    : str(value)
        ?.split('|')
        .map((s) => s.trim())
        .filter(Boolean);

function byFieldName(format: string, get: (field: string) => unknown, context: MapContext) {
  if (str(get('status'))?.toLowerCase() === 'spam') return leftOut('spam');
  return buildReview(
    {
      format,
      productId: get('productId'),
      id: get('id'),
      rating: rating(get('rating')),
      title: get('title'),
      content: get('content'),
      createdAt: get('createdAt'),
      updatedAt: get('updatedAt'),
      reviewerId: get('reviewer.id') ?? get('reviewerId'),
      reviewerName: get('reviewer.name') ?? get('reviewerName'),
      email: get('email'),
      isVerifiedPurchase: flag(get('isVerifiedPurchase')),
      isIncentivized: flag(get('isIncentivized')),
      incentive: str(get('incentive')),
      helpfulVotes: get('helpfulVotes'),
      locale: str(get('locale')),
      pros: list(get('pros')),
      cons: list(get('cons')),
      isInsider: flag(get('isInsider')),
      source: REVIEW_SOURCES.find((source) => source === get('source')),
      orderId: get('orderId'),
      orderedAt: get('orderedAt'),
      deliveredAt: get('deliveredAt'),
    },
    context,
  );
}

export const genericCsv: FormatVariant = {
  reader: 'csv',
  verified: true,
  map: (row: Row, context: MapContext) => byFieldName('csv', (field) => row[context.columns[field] ?? field], context),
};

export const genericJsonl: FormatVariant = {
  reader: 'jsonl',
  verified: true,
  map(row: Row, context: MapContext) {
    const inner = typeof row['review'] === 'object' && row['review'] !== null ? (row['review'] as Row) : row;
    return byFieldName('jsonl', (field) => at(inner, context.columns[field] ?? field) ?? at(row, context.columns[field] ?? field), context);
  },
};
