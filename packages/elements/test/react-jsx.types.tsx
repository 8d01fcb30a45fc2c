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
