/**
 * Compile-time test of the React JSX types (`@candor/elements/react`), checked by `pnpm typecheck`
 * (root tsconfig). Each `@ts-expect-error` must stay an error: if the types went loose (any), the
 * directive itself would fail the check.
 */
import type {} from '@candor/elements/react';
import type { ReviewSummary } from '@candor/core';

declare const summary: ReviewSummary;

export const ok = (
  <>
    <candor-review-summary
      productId="sku-123"
      summary={summary}
      className="reviews"
      oncandor-check-toggle={(event) => event.detail.adjustedAverage?.toFixed(1)}
      oncandor-theme-open={(event) => event.detail.side satisfies 'pros' | 'cons'}
    />
    <candor-rating-badge rating={4.4} count={128} checkedRating={4.1} />
    <candor-honesty-panel
      productId="sku-123"
      price={89}
      currency="EUR"
      locale="de"
      oncandor-cooling-off-saved={(event) => event.detail.productId.toUpperCase()}
    />
  </>
);

// @ts-expect-error price is a number
export const wrongType = <candor-honesty-panel price="89" />;

// @ts-expect-error the event carries no such field
export const wrongDetail = <candor-review-summary oncandor-check-toggle={(event) => event.detail.noSuchField} />;

// @ts-expect-error no such property on the badge
export const unknownProp = <candor-rating-badge reviewCount={3} />;

// Server-written markup uses the attribute names; they are declared too.
export const dashed = (
  <>
    <candor-honesty-panel product-id="sku-123" lifespan-years={3} uses-per-year="40" use-unit="wear" heading-level={3} />
    <candor-review-summary product-id="sku-123" summary-src="/reviews/sku-123.json" format="schema-org" />
    <candor-rating-badge product-id="sku-123" checked-rating={4.1} />
  </>
);

// @ts-expect-error useUnit is one of the known units
export const wrongUnit = <candor-honesty-panel useUnit="wears" />;

// @ts-expect-error summary is a ReviewSummary, not any object
export const wrongSummary = <candor-review-summary summary={{ total: 3 }} />;

// @ts-expect-error reviews are ReviewInput objects
export const wrongReviews = <candor-review-summary reviews={['great']} />;

// @ts-expect-error format is one of candor, schema-org, google-feed, csv
export const wrongFormat = <candor-review-summary format="xml" />;
