/**
 * What the page's own structured data says about its product's ratings, for the review widgets'
 * last source. Loaded with a dynamic import only when a widget has no other source; the engine
 * chunk loads after it only when the page lists reviews to check, never for an aggregate alone.
 * Everything it could not use is one dev-mode message with the reasons, never a console error.
 */
import { readPageStructuredData, type PageReading } from '@candor/core';
import { devWarn } from './shared/log.js';
import { pageHeadings, pageStructuredData } from './shared/structured-data.js';

export function readPageReviews(productId: string | undefined, ratingScale: number): PageReading {
  const reading = readPageStructuredData(pageStructuredData(), { productId, headings: pageHeadings(), ratingScale, source: 'page' });
  const lines = [
    ...(reading.unsure ? [`shows nothing: ${reading.unsure}.`] : []),
    ...(!reading.unsure && !reading.stated && !reading.reviews.length
      ? [
          'shows nothing: the page has no schema.org rating for its product (an AggregateRating with ratingValue and reviewCount or ratingCount, or Reviews with reviewRating). Add it, or give the widget a src, summary-src or inline JSON.',
        ]
      : []),
    ...reading.problems.slice(0, 20).map((problem) => `${problem.at}: ${problem.reason}`),
    ...(reading.problems.length > 20 ? [`... and ${reading.problems.length - 20} more`] : []),
  ];
  // One message per page for every widget that reads the same markup.
  if (lines.length)
    devWarn(
      `page-reviews:${productId ?? ''}:${lines.join('|')}`,
      `Candor's review widgets, reading the page's schema.org markup${productId ? ` for product-id "${productId.slice(0, 80)}"` : ''}:\n  ${lines.join('\n  ')}`,
    );
  return reading;
}

/** The dev-mode hint for a review widget with no source on a page with no rating markup (given from this lazy chunk). */
export function hintNoMarkup(): void {
  devWarn(
    'page-reviews:none',
    "Candor's review widgets, reading the page's schema.org markup:\n  shows nothing: the page has no schema.org Product markup (JSON-LD, microdata or RDFa). Add it, or give the widget a src, summary-src or inline JSON.",
  );
}
