/**
 * Compile-time test of the React 18 wrapper shown in the README ("React"): `@lit/react`'s
 * createComponent over the class-only entry gives typed props and a typed event callback.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CandorReviewSummary, type CandorEvent } from '@candor/elements';
import '@candor/elements/review-summary.js';

export const ReviewSummary = createComponent({
  tagName: 'candor-review-summary',
  elementClass: CandorReviewSummary,
  react: React,
  events: { onCheckToggle: 'candor-check-toggle' as EventName<CandorEvent<'candor-check-toggle'>> },
});

export const used = <ReviewSummary productId="sku-123" onCheckToggle={(event) => event.detail.adjustedAverage?.toFixed(1)} />;

// @ts-expect-error the event carries no such field
export const wrongDetail = <ReviewSummary onCheckToggle={(event) => event.detail.noSuchField} />;
