/**
 * Every `candor-*` event, declared once. Details carry the product id and plain facts about the
 * widget (which section, which kind of alternative), never anything about the shopper.
 *
 * Events bubble and are composed: analytics listens on `document`, and stores built from web
 * components put our elements inside their own shadow roots, where a non-composed event would
 * stop. Adding an event: add one entry to `CandorEventDetailMap`; `HTMLElementEventMap` picks it up.
 */
import type { ALTERNATIVE_KINDS, HonestySection, ReviewCheckId } from '@candor/core';

export interface CandorEventDetailMap {
  /** The honesty panel became visible with at least one section. */
  'candor-honesty-shown': { productId?: string; sections: readonly HonestySection[] };
  /** The shopper saved the product to come back to later. */
  'candor-cooling-off-saved': { productId: string };
  /** The shopper forgot a saved product. */
  'candor-cooling-off-cleared': { productId: string };
  /** The shopper followed a second-hand / refurbished / rental / repair / care link. */
  'candor-alternative-chosen': { productId?: string; kind: (typeof ALTERNATIVE_KINDS)[number]; partner: boolean };
  /** A review summary or rating badge came into view with its data (counts only, nothing about reviewers). */
  'candor-summary-shown': {
    productId?: string;
    widget: 'summary' | 'badge';
    state: 'loaded' | 'small-sample' | 'empty';
    total: number;
    trustedCount: number;
  };
  /** The shopper switched a review check off or on again in "show our work"; the recomputed figure is included. */
  'candor-check-toggle': {
    productId?: string;
    check: ReviewCheckId;
    applied: boolean;
    adjustedAverage: number | null;
    trustedCount: number;
  };
  /** The shopper opened a pro or con theme of the review summary to read its reviews. */
  'candor-theme-open': { productId?: string; side: 'pros' | 'cons'; theme: string; mentions: number };
}

export type CandorEventName = keyof CandorEventDetailMap;
export type CandorEvent<N extends CandorEventName> = CustomEvent<Readonly<CandorEventDetailMap[N]>>;
export type CandorEvents = { [N in CandorEventName]: CandorEvent<N> };

declare global {
  interface HTMLElementEventMap extends CandorEvents {}
  interface GlobalEventHandlersEventMap extends CandorEvents {}
}

/** Dispatches a typed Candor event from `target`; a listener that throws cannot break the widget. */
export function emitCandorEvent<N extends CandorEventName>(target: EventTarget, name: N, detail: CandorEventDetailMap[N]): boolean {
  try {
    return target.dispatchEvent(new CustomEvent(name, { detail: Object.freeze({ ...detail }), bubbles: true, composed: true }));
  } catch {
    return false;
  }
}

/** The `productId` of an event's detail: present only when the element has one. */
export const productIdDetail = (productId: string | null | undefined): { productId?: string } => (productId ? { productId } : {});
