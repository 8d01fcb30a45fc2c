/**
 * JSX types for React 19, which renders custom elements natively: it sets a prop as a property
 * when the element has one, and listens with `addEventListener(name)` for a function prop named
 * `on<name>`. This module only declares those props for Candor's tags; it has no runtime code.
 *
 * ```ts
 * import '@candor/elements/review-summary.js';   // registers the tag
 * import type {} from '@candor/elements/react';   // once in the app: the JSX types
 *
 * <candor-review-summary productId="sku-123" summary={summary}
 *   oncandor-check-toggle={(event) => console.log(event.detail.adjustedAverage)} />
 * ```
 *
 * React 18 does neither (it sets attributes and ignores custom events): wrap each class with
 * `@lit/react`'s `createComponent` instead (see the package README).
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { CandorHonestyPanel } from './honesty-panel.js';
import type { CandorRatingBadge } from './rating-badge.js';
import type { CandorReviewSummary } from './review-summary.js';
import type { CandorElement } from './shared/candor-element.js';
import type { CandorEvents } from './shared/events.js';

/** `oncandor-check-toggle` and friends: React 19 passes the event name after `on` to addEventListener. */
export type CandorEventProps = { [N in keyof CandorEvents as `on${N}`]?: (event: CandorEvents[N]) => void };

/** What every Candor element accepts: its own properties, Candor's events, and an HTML element's usual props. */
export type CandorElementProps<E extends CandorElement, P extends keyof E> = Partial<Pick<E, P | 'locale' | 'config'>> &
  CandorEventProps &
  HTMLAttributes<E> &
  RefAttributes<E> & { class?: string };

export type ReviewSummaryProps = CandorElementProps<CandorReviewSummary, 'productId' | 'src' | 'summarySrc' | 'format' | 'summary' | 'reviews'>;

export type RatingBadgeProps = CandorElementProps<
  CandorRatingBadge,
  'productId' | 'rating' | 'count' | 'checkedRating' | 'checkedCount' | 'scale' | 'src' | 'summarySrc' | 'format' | 'summary' | 'reviews'
>;

export type HonestyPanelProps = CandorElementProps<
  CandorHonestyPanel,
  | 'productId'
  | 'price'
  | 'currency'
  | 'expectedUses'
  | 'lifespanYears'
  | 'usesPerYear'
  | 'useUnit'
  | 'sections'
  | 'headingLevel'
  | 'reviewFacts'
  | 'summary'
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'candor-review-summary': ReviewSummaryProps;
      'candor-rating-badge': RatingBadgeProps;
      'candor-honesty-panel': HonestyPanelProps;
    }
  }
}
