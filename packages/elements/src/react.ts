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
import type { ReviewInput, ReviewSummary, USE_UNITS } from '@candor/core';
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

/** What one use is called (the honesty panel's `useUnit` / `use-unit`). */
export type UseUnit = (typeof USE_UNITS)[number];
/** The format of a review widget's `src` (`format`). */
export type ReviewSourceFormat = 'candor' | 'schema-org' | 'google-feed' | 'csv';

/**
 * The real types of the properties the classes declare loosely (they accept any input and report
 * what is wrong with it at run time), so a JSX typo or a wrong shape is a compile error instead.
 */
interface TypedReviewProps {
  /** A precomputed summary (`summarizeReviews()` or `candor summarize`'s `<productId>.json`). */
  summary?: ReviewSummary;
  /** Raw reviews to analyse in the browser. */
  reviews?: readonly ReviewInput[];
  format?: ReviewSourceFormat;
}

/**
 * The same inputs under their HTML attribute names, for markup a server writes (`product-id`),
 * where React passes them through as attributes.
 */
interface ReviewAttributes {
  'product-id'?: string;
  'summary-src'?: string;
  locale?: string;
}

export type ReviewSummaryProps = Omit<CandorElementProps<CandorReviewSummary, 'productId' | 'src' | 'summarySrc'>, keyof TypedReviewProps> &
  TypedReviewProps &
  ReviewAttributes;

export type RatingBadgeProps = Omit<
  CandorElementProps<
    CandorRatingBadge,
    'productId' | 'rating' | 'count' | 'checkedRating' | 'checkedCount' | 'scale' | 'src' | 'summarySrc'
  >,
  keyof TypedReviewProps
> &
  TypedReviewProps &
  ReviewAttributes & { 'checked-rating'?: number | string; 'checked-count'?: number | string };

export type HonestyPanelProps = Omit<
  CandorElementProps<
    CandorHonestyPanel,
    'productId' | 'price' | 'currency' | 'expectedUses' | 'lifespanYears' | 'usesPerYear' | 'sections' | 'headingLevel' | 'reviewFacts'
  >,
  'useUnit' | 'summary'
> & {
  useUnit?: UseUnit;
  /** A review summary; its complaint themes feed the returns and not-for sections. */
  summary?: ReviewSummary;
  'product-id'?: string;
  'expected-uses'?: number | string;
  'lifespan-years'?: number | string;
  'uses-per-year'?: number | string;
  'use-unit'?: UseUnit;
  'heading-level'?: number | string;
  locale?: string;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its JSX types in a namespace; augmenting them takes one.
  namespace JSX {
    interface IntrinsicElements {
      'candor-review-summary': ReviewSummaryProps;
      'candor-rating-badge': RatingBadgeProps;
      'candor-honesty-panel': HonestyPanelProps;
    }
  }
}
